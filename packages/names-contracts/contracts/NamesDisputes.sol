// SPDX-License-Identifier: AGPL-3.0-or-later
pragma solidity 0.8.37;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {INamesRegistry} from "./INamesRegistry.sol";

/// @title NamesDisputes
/// @notice A public docket for disputes about second-level names, with deadlines, limited remedies and an appeal.
/// @dev Lifecycle: anyone files (optional deposit) → the name is frozen (no transfer, no record change; it keeps
///      resolving) until the decision deadline → the owner (the timelock, i.e. a passed council proposal) decides
///      before the deadline, or the freeze lapses on its own → an appeal window in which either party may appeal →
///      the remedy (dismiss, suspend or transfer, nothing else) is carried out by anyone once final. An appeal not
///      decided in time leaves the first decision standing. A name whose dispute lapsed or was dismissed cannot be
///      disputed again for `cooldown` seconds, so filings cannot keep a name frozen indefinitely.
contract NamesDisputes is Ownable {
    /// @notice Where a dispute is.
    enum Stage {
        None,
        Filed,
        Decided,
        Appealed,
        Closed
    }

    /// @notice What a decision does to the name. `Dismiss` leaves it alone.
    enum Remedy {
        Dismiss,
        Suspend,
        Transfer
    }

    /// @notice How a dispute ended.
    enum Outcome {
        Pending,
        Lapsed,
        Dismissed,
        Suspended,
        Transferred
    }

    /// @notice One dispute. Reasons and evidence live in the events (the docket), not in storage.
    struct Dispute {
        bytes32 node;
        address filer;
        uint40 decisionDeadline;
        uint40 appealDeadline;
        uint40 appealDecisionDeadline;
        Stage stage;
        Remedy remedy;
        Outcome outcome;
        address recipient;
        uint256 deposit;
    }

    /// @notice The periods and deposit that apply to new disputes.
    struct Parameters {
        uint40 decisionPeriod;
        uint40 appealWindow;
        uint40 appealDecisionPeriod;
        uint40 cooldown;
        uint96 deposit;
    }

    /// @notice Thrown when the named second-level name is not registered.
    error NamesDisputesNameNotRegistered(bytes32 node);
    /// @notice Thrown when `node` already has an open dispute `id`.
    error NamesDisputesAlreadyOpen(bytes32 node, uint256 id);
    /// @notice Thrown when `node` cannot be disputed again before `until`.
    error NamesDisputesCoolingDown(bytes32 node, uint256 until);
    /// @notice Thrown when the value sent is not the required deposit.
    error NamesDisputesWrongDeposit(uint256 required, uint256 sent);
    /// @notice Thrown when dispute `id` is not at the stage the call needs.
    error NamesDisputesWrongStage(uint256 id, Stage stage);
    /// @notice Thrown when a decision comes after `deadline`.
    error NamesDisputesDeadlinePassed(uint256 id, uint256 deadline);
    /// @notice Thrown when a transfer remedy has no recipient, or another remedy has one.
    error NamesDisputesInvalidRemedy(Remedy remedy, address recipient);
    /// @notice Thrown when `account` is neither the filer nor the name's holder.
    error NamesDisputesNotParty(uint256 id, address account);
    /// @notice Thrown when dispute `id` cannot be finalised before `readyAt`.
    error NamesDisputesNotFinal(uint256 id, uint256 readyAt);
    /// @notice Thrown when a period parameter is zero.
    error NamesDisputesInvalidParameters();
    /// @notice Thrown when `account` has nothing to withdraw.
    error NamesDisputesNothingToWithdraw(address account);

    /// @notice Emitted when `filer` opens dispute `id` about `label`; the name is frozen until `decisionDeadline`.
    event DisputeFiled(
        uint256 indexed id,
        bytes32 indexed node,
        address indexed filer,
        string label,
        string reason,
        string evidenceURI,
        uint256 deposit,
        uint40 decisionDeadline
    );
    /// @notice Emitted when the council decides dispute `id`; it can be appealed until `appealDeadline`.
    event DisputeDecided(uint256 indexed id, Remedy remedy, address recipient, uint40 appealDeadline);
    /// @notice Emitted when a party appeals dispute `id`; the council may decide the appeal until `deadline`.
    event DisputeAppealed(uint256 indexed id, address indexed appellant, string reason, string evidenceURI, uint40 deadline);
    /// @notice Emitted when the council decides the appeal of dispute `id`.
    event DisputeAppealDecided(uint256 indexed id, Remedy remedy, address recipient);
    /// @notice Emitted when dispute `id` ends with `outcome`; the freeze is lifted.
    event DisputeClosed(uint256 indexed id, bytes32 indexed node, Outcome outcome);
    /// @notice Emitted when governance changes the parameters for new disputes.
    event ParametersChanged(Parameters parameters);
    /// @notice Emitted when `account` withdraws `amount` of refunded or forfeited deposits.
    event DepositWithdrawn(address indexed account, uint256 amount);

    /// @notice The registry whose names are disputed.
    INamesRegistry public immutable registry;

    bytes32 private immutable _root;
    Parameters private _parameters;
    uint256 private _count;
    mapping(uint256 id => Dispute) private _disputes;
    mapping(bytes32 node => uint256 id) private _openDispute;
    mapping(bytes32 node => uint40 until) private _cooldownUntil;
    mapping(address account => uint256 amount) private _withdrawable;

    constructor(INamesRegistry registry_, Parameters memory parameters_, address initialOwner) Ownable(initialOwner) {
        registry = registry_;
        _root = registry_.rootNode();
        _setParameters(parameters_);
    }

    // ── parties ────────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice Files a dispute about the second-level name `label`, freezing it until the decision deadline.
    /// @param reason Why, in a sentence or two (public).
    /// @param evidenceURI Where the evidence is (public).
    /// @return id The dispute's number on the docket.
    function file(string calldata label, string calldata reason, string calldata evidenceURI)
        external
        payable
        returns (uint256 id)
    {
        bytes32 node = _disputable(label);
        uint40 deadline = uint40(block.timestamp) + _parameters.decisionPeriod;
        id = _open(node, deadline);
        registry.freeze(node, deadline);
        emit DisputeFiled(id, node, msg.sender, label, reason, evidenceURI, msg.value, deadline);
    }

    /// @notice Appeals the decision on dispute `id`, within the appeal window. The filer or the name's holder only.
    function appeal(uint256 id, string calldata reason, string calldata evidenceURI) external {
        Dispute storage d = _disputes[id];
        if (d.stage != Stage.Decided) revert NamesDisputesWrongStage(id, d.stage);
        if (block.timestamp > d.appealDeadline) revert NamesDisputesDeadlinePassed(id, d.appealDeadline);
        if (msg.sender != d.filer && msg.sender != registry.owner(d.node)) revert NamesDisputesNotParty(id, msg.sender);
        uint40 deadline = uint40(block.timestamp) + _parameters.appealDecisionPeriod;
        d.stage = Stage.Appealed;
        d.appealDecisionDeadline = deadline;
        emit DisputeAppealed(id, msg.sender, reason, evidenceURI, deadline);
    }

    /// @notice Closes dispute `id` once nothing can change it any more: undecided past its deadline (lapsed),
    ///         decided and not appealed in time, or appealed and not decided in time (the decision stands).
    function finalise(uint256 id) external {
        Dispute storage d = _disputes[id];
        Stage stage = d.stage;
        if (stage == Stage.Filed) {
            if (block.timestamp <= d.decisionDeadline) revert NamesDisputesNotFinal(id, uint256(d.decisionDeadline) + 1);
            _close(id, d, Outcome.Lapsed);
        } else if (stage == Stage.Decided) {
            if (block.timestamp <= d.appealDeadline) revert NamesDisputesNotFinal(id, uint256(d.appealDeadline) + 1);
            _carryOut(id, d);
        } else if (stage == Stage.Appealed) {
            if (block.timestamp <= d.appealDecisionDeadline) {
                revert NamesDisputesNotFinal(id, uint256(d.appealDecisionDeadline) + 1);
            }
            _carryOut(id, d);
        } else {
            revert NamesDisputesWrongStage(id, stage);
        }
    }

    /// @notice Sends `msg.sender` the deposits refunded or forfeited to them.
    function withdraw() external {
        uint256 amount = _withdrawable[msg.sender];
        if (amount == 0) revert NamesDisputesNothingToWithdraw(msg.sender);
        delete _withdrawable[msg.sender];
        emit DepositWithdrawn(msg.sender, amount);
        Address.sendValue(payable(msg.sender), amount);
    }

    // ── council (through the timelock) ─────────────────────────────────────────────────────────────────────────

    /// @notice Decides dispute `id` before its deadline. The remedy waits for the appeal window.
    /// @param recipient For {Remedy.Transfer}, who receives the name; zero otherwise.
    function decide(uint256 id, Remedy remedy, address recipient) external onlyOwner {
        Dispute storage d = _disputes[id];
        if (d.stage != Stage.Filed) revert NamesDisputesWrongStage(id, d.stage);
        if (block.timestamp > d.decisionDeadline) revert NamesDisputesDeadlinePassed(id, d.decisionDeadline);
        _checkRemedy(remedy, recipient);
        uint40 appealDeadline = uint40(block.timestamp) + _parameters.appealWindow;
        d.stage = Stage.Decided;
        d.remedy = remedy;
        d.recipient = recipient;
        d.appealDeadline = appealDeadline;
        // Frozen until carried out: the holder must not move the name away while the remedy waits.
        registry.freeze(d.node, type(uint40).max);
        emit DisputeDecided(id, remedy, recipient, appealDeadline);
    }

    /// @notice Decides the appeal of dispute `id` before its deadline; the remedy is carried out at once.
    function decideAppeal(uint256 id, Remedy remedy, address recipient) external onlyOwner {
        Dispute storage d = _disputes[id];
        if (d.stage != Stage.Appealed) revert NamesDisputesWrongStage(id, d.stage);
        if (block.timestamp > d.appealDecisionDeadline) {
            revert NamesDisputesDeadlinePassed(id, d.appealDecisionDeadline);
        }
        _checkRemedy(remedy, recipient);
        d.remedy = remedy;
        d.recipient = recipient;
        emit DisputeAppealDecided(id, remedy, recipient);
        _carryOut(id, d);
    }

    /// @notice Sets the periods and deposit for disputes filed from now on.
    function setParameters(Parameters calldata parameters_) external onlyOwner {
        _setParameters(parameters_);
    }

    // ── views ──────────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice Dispute `id` (stage None when there is no such dispute).
    function dispute(uint256 id) external view returns (Dispute memory) {
        return _disputes[id];
    }

    /// @notice The open dispute about `node`, 0 when none.
    function openDispute(bytes32 node) external view returns (uint256) {
        return _openDispute[node];
    }

    /// @notice How many disputes were ever filed (ids run from 1).
    function disputeCount() external view returns (uint256) {
        return _count;
    }

    /// @notice The parameters for new disputes.
    function parameters() external view returns (Parameters memory) {
        return _parameters;
    }

    /// @notice Until when `node` cannot be disputed again.
    function cooldownUntil(bytes32 node) external view returns (uint256) {
        return _cooldownUntil[node];
    }

    /// @notice Deposits waiting for `account` to withdraw.
    function withdrawable(address account) external view returns (uint256) {
        return _withdrawable[account];
    }

    // ── internals ──────────────────────────────────────────────────────────────────────────────────────────────

    /// @dev The node of `label` if it may be disputed now and the right deposit was sent.
    function _disputable(string calldata label) private view returns (bytes32 node) {
        node = keccak256(abi.encodePacked(_root, keccak256(bytes(label))));
        if (registry.nameState(node).status == INamesRegistry.Status.Unregistered) {
            revert NamesDisputesNameNotRegistered(node);
        }
        uint256 open = _openDispute[node];
        if (open != 0) revert NamesDisputesAlreadyOpen(node, open);
        if (block.timestamp < _cooldownUntil[node]) revert NamesDisputesCoolingDown(node, _cooldownUntil[node]);
        if (msg.value != _parameters.deposit) revert NamesDisputesWrongDeposit(_parameters.deposit, msg.value);
    }

    function _open(bytes32 node, uint40 deadline) private returns (uint256 id) {
        id = ++_count;
        Dispute storage d = _disputes[id];
        d.node = node;
        d.filer = msg.sender;
        d.decisionDeadline = deadline;
        d.stage = Stage.Filed;
        d.deposit = msg.value;
        _openDispute[node] = id;
    }

    function _carryOut(uint256 id, Dispute storage d) private {
        Remedy remedy = d.remedy;
        if (remedy == Remedy.Dismiss) return _close(id, d, Outcome.Dismissed);
        if (remedy == Remedy.Suspend) {
            _close(id, d, Outcome.Suspended);
            registry.suspend(d.node);
        } else {
            _close(id, d, Outcome.Transferred);
            registry.forceTransfer(d.node, d.recipient);
        }
    }

    /// @dev Lifts the freeze and settles the deposit: back to the filer unless the dispute was dismissed, when it
    ///      goes to the owner (the timelock's treasury). Lapsed and dismissed disputes start the cooldown.
    function _close(uint256 id, Dispute storage d, Outcome outcome) private {
        bytes32 node = d.node;
        d.stage = Stage.Closed;
        d.outcome = outcome;
        delete _openDispute[node];
        if (d.deposit != 0) _withdrawable[outcome == Outcome.Dismissed ? owner() : d.filer] += d.deposit;
        if (outcome == Outcome.Lapsed || outcome == Outcome.Dismissed) {
            _cooldownUntil[node] = uint40(block.timestamp) + _parameters.cooldown;
        }
        registry.freeze(node, 0);
        emit DisputeClosed(id, node, outcome);
    }

    function _checkRemedy(Remedy remedy, address recipient) private pure {
        if ((remedy == Remedy.Transfer) != (recipient != address(0))) revert NamesDisputesInvalidRemedy(remedy, recipient);
    }

    function _setParameters(Parameters memory p) private {
        if (p.decisionPeriod == 0 || p.appealWindow == 0 || p.appealDecisionPeriod == 0) {
            revert NamesDisputesInvalidParameters();
        }
        _parameters = p;
        emit ParametersChanged(p);
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
pragma solidity 0.8.37;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title NamesCouncil
/// @notice Multistakeholder council: seats per stakeholder group, proposals that pass only with a majority in every
///         group that has members (concurrent majority) and a quorum, executed through a timelock.
/// @dev One member, one vote, cast in the member's group. A proposal snapshots at creation which groups have members
///      and the quorum; members who joined after it was created cannot vote on it. Passed proposals are scheduled on
///      the timelock (this contract is its only proposer and executor) and can be executed once its delay has run.
///      Membership, seats, voting period and quorum change only through the timelock.
contract NamesCouncil {
    uint256 private constant _MAX_GROUPS = 16;
    uint256 private constant _BPS = 10_000;

    /// @notice A member's vote.
    enum Support {
        Against,
        For,
        Abstain
    }

    /// @notice Where a proposal is.
    enum ProposalState {
        Active,
        Defeated,
        Succeeded,
        Queued,
        Executed,
        Canceled
    }

    /// @notice A stakeholder group: its name, how many seats it has, how many are filled.
    struct Group {
        string name;
        uint16 seats;
        uint16 members;
    }

    /// @notice Votes of one group on one proposal.
    struct Tally {
        uint32 forVotes;
        uint32 againstVotes;
        uint32 abstainVotes;
    }

    /// @notice A proposal: the calls the timelock will make, and its vote bookkeeping.
    struct Proposal {
        address proposer;
        uint64 createdBlock;
        uint40 voteEnd;
        uint32 quorum;
        uint32 votes;
        uint16 groupMask;
        bool queued;
        bool executed;
        bool canceled;
        address[] targets;
        uint256[] values;
        bytes[] calldatas;
    }

    struct Member {
        uint8 groupPlusOne;
        uint64 sinceBlock;
    }

    /// @notice Thrown when a function reserved to the timelock is called by `caller`.
    error NamesCouncilOnlyTimelock(address caller);
    /// @notice Thrown when `account` is not a council member.
    error NamesCouncilNotMember(address account);
    /// @notice Thrown when `account` is already a member.
    error NamesCouncilAlreadyMember(address account);
    /// @notice Thrown when `group` does not exist.
    error NamesCouncilUnknownGroup(uint256 group);
    /// @notice Thrown when `group` has no free seat.
    error NamesCouncilGroupFull(uint256 group, uint256 seats);
    /// @notice Thrown when seats would be fewer than the members already seated.
    error NamesCouncilSeatsBelowMembers(uint256 group, uint256 members);
    /// @notice Thrown when removing the last member would leave nobody to govern.
    error NamesCouncilLastMember(address account);
    /// @notice Thrown when the group list or initial members are inconsistent.
    error NamesCouncilInvalidSetup();
    /// @notice Thrown when quorum is not in 1..10000 basis points or the voting period is zero.
    error NamesCouncilInvalidParameters();
    /// @notice Thrown when a proposal has no actions or mismatched arrays.
    error NamesCouncilInvalidProposal();
    /// @notice Thrown when proposal `id` does not exist.
    error NamesCouncilUnknownProposal(uint256 id);
    /// @notice Thrown when proposal `id` is in `state` but the call needs another.
    error NamesCouncilWrongState(uint256 id, ProposalState state);
    /// @notice Thrown when `voter` already voted on proposal `id`.
    error NamesCouncilAlreadyVoted(uint256 id, address voter);
    /// @notice Thrown when `voter` joined after proposal `id` was created.
    error NamesCouncilNotEligible(uint256 id, address voter);
    /// @notice Thrown when the timelock delay of proposal `id` runs until `readyAt`.
    error NamesCouncilNotReady(uint256 id, uint256 readyAt);
    /// @notice Thrown when someone other than the proposer cancels proposal `id`.
    error NamesCouncilNotProposer(uint256 id, address caller);

    /// @notice Emitted when `account` takes a seat in `group`.
    event MemberAdded(address indexed account, uint8 indexed group);
    /// @notice Emitted when `account` leaves the council.
    event MemberRemoved(address indexed account, uint8 indexed group);
    /// @notice Emitted when `group` gets `seats` seats.
    event SeatsChanged(uint8 indexed group, uint16 seats);
    /// @notice Emitted when the voting period or quorum changes.
    event VotingRulesChanged(uint256 votingPeriod, uint16 quorumBps);
    /// @notice Emitted when a member opens a proposal.
    event ProposalCreated(
        uint256 indexed id,
        address indexed proposer,
        address[] targets,
        uint256[] values,
        bytes[] calldatas,
        string description,
        uint40 voteEnd,
        uint32 quorum,
        uint16 groupMask
    );
    /// @notice Emitted for every vote.
    event VoteCast(uint256 indexed id, address indexed voter, uint8 indexed group, Support support);
    /// @notice Emitted when a passed proposal is scheduled on the timelock, executable from `readyAt`.
    event ProposalQueued(uint256 indexed id, bytes32 operationId, uint256 readyAt);
    /// @notice Emitted when the timelock has carried out a proposal.
    event ProposalExecuted(uint256 indexed id);
    /// @notice Emitted when the proposer withdraws a proposal during its vote.
    event ProposalCanceled(uint256 indexed id);

    /// @notice The timelock that executes passed proposals and governs this council.
    TimelockController public immutable timelock;
    /// @notice Seconds a proposal is open for votes.
    uint256 public votingPeriod;
    /// @notice Share of all members (basis points) who must vote (for, against or abstain) for a proposal to pass.
    uint16 public quorumBps;

    Group[] private _groups;
    mapping(address account => Member) private _members;
    uint256 private _memberCount;
    uint256 private _proposalCount;
    mapping(uint256 id => Proposal) private _proposals;
    mapping(uint256 id => mapping(uint256 group => Tally)) private _tallies;
    mapping(uint256 id => mapping(address voter => bool)) private _voted;

    modifier onlyTimelock() {
        if (msg.sender != address(timelock)) revert NamesCouncilOnlyTimelock(msg.sender);
        _;
    }

    /// @param groupNames Stakeholder groups, in order (their index is their id).
    /// @param seats Seats per group.
    /// @param members Initial members.
    /// @param memberGroups Group of each initial member.
    constructor(
        TimelockController timelock_,
        string[] memory groupNames,
        uint16[] memory seats,
        address[] memory members,
        uint8[] memory memberGroups,
        uint256 votingPeriod_,
        uint16 quorumBps_
    ) {
        if (
            groupNames.length == 0 || groupNames.length > _MAX_GROUPS || seats.length != groupNames.length
                || members.length != memberGroups.length || members.length == 0
        ) revert NamesCouncilInvalidSetup();
        timelock = timelock_;
        for (uint256 i; i < groupNames.length; ++i) {
            _groups.push(Group(groupNames[i], seats[i], 0));
            emit SeatsChanged(uint8(i), seats[i]);
        }
        for (uint256 i; i < members.length; ++i) {
            _addMember(members[i], memberGroups[i]);
        }
        _setVotingRules(votingPeriod_, quorumBps_);
    }

    // ── proposals ──────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice Opens a proposal for the timelock to make `targets[i].call{value: values[i]}(calldatas[i])`.
    /// @return id The proposal's number (from 1).
    function propose(address[] calldata targets, uint256[] calldata values, bytes[] calldata calldatas, string calldata description)
        external
        returns (uint256 id)
    {
        if (_members[msg.sender].groupPlusOne == 0) revert NamesCouncilNotMember(msg.sender);
        if (targets.length == 0 || targets.length != values.length || targets.length != calldatas.length) {
            revert NamesCouncilInvalidProposal();
        }
        id = ++_proposalCount;
        Proposal storage p = _proposals[id];
        p.proposer = msg.sender;
        p.createdBlock = uint64(block.number);
        p.voteEnd = uint40(block.timestamp + votingPeriod);
        p.quorum = uint32((_memberCount * quorumBps + _BPS - 1) / _BPS);
        uint16 mask;
        for (uint256 g; g < _groups.length; ++g) {
            if (_groups[g].members > 0) mask |= uint16(1 << g);
        }
        p.groupMask = mask;
        for (uint256 i; i < targets.length; ++i) {
            p.targets.push(targets[i]);
            p.values.push(values[i]);
            p.calldatas.push(calldatas[i]);
        }
        emit ProposalCreated(id, msg.sender, targets, values, calldatas, description, p.voteEnd, p.quorum, mask);
    }

    /// @notice Votes on proposal `id` while it is active. Members seated before it was created only.
    function castVote(uint256 id, Support support) external {
        Proposal storage p = _proposal(id);
        ProposalState current = state(id);
        if (current != ProposalState.Active) revert NamesCouncilWrongState(id, current);
        Member memory m = _members[msg.sender];
        if (m.groupPlusOne == 0) revert NamesCouncilNotMember(msg.sender);
        if (m.sinceBlock >= p.createdBlock) revert NamesCouncilNotEligible(id, msg.sender);
        if (_voted[id][msg.sender]) revert NamesCouncilAlreadyVoted(id, msg.sender);
        _voted[id][msg.sender] = true;
        uint8 group = m.groupPlusOne - 1;
        Tally storage t = _tallies[id][group];
        if (support == Support.For) t.forVotes += 1;
        else if (support == Support.Against) t.againstVotes += 1;
        else t.abstainVotes += 1;
        p.votes += 1;
        emit VoteCast(id, msg.sender, group, support);
    }

    /// @notice Schedules a passed proposal on the timelock. Anyone may call it.
    function queue(uint256 id) external {
        Proposal storage p = _proposal(id);
        ProposalState current = state(id);
        if (current != ProposalState.Succeeded) revert NamesCouncilWrongState(id, current);
        p.queued = true;
        uint256 delay = timelock.getMinDelay();
        timelock.scheduleBatch(p.targets, p.values, p.calldatas, bytes32(0), _salt(id), delay);
        emit ProposalQueued(id, operationId(id), block.timestamp + delay);
    }

    /// @notice Executes a queued proposal through the timelock once its delay has passed. Anyone may call it.
    function execute(uint256 id) external payable {
        Proposal storage p = _proposal(id);
        ProposalState current = state(id);
        if (current != ProposalState.Queued) revert NamesCouncilWrongState(id, current);
        bytes32 operation = operationId(id);
        if (!timelock.isOperationReady(operation)) revert NamesCouncilNotReady(id, timelock.getTimestamp(operation));
        p.executed = true;
        timelock.executeBatch{value: msg.value}(p.targets, p.values, p.calldatas, bytes32(0), _salt(id));
        emit ProposalExecuted(id);
    }

    /// @notice Withdraws proposal `id` while its vote is open. Its proposer only.
    function cancel(uint256 id) external {
        Proposal storage p = _proposal(id);
        if (msg.sender != p.proposer) revert NamesCouncilNotProposer(id, msg.sender);
        ProposalState current = state(id);
        if (current != ProposalState.Active) revert NamesCouncilWrongState(id, current);
        p.canceled = true;
        emit ProposalCanceled(id);
    }

    /// @notice Where proposal `id` is.
    function state(uint256 id) public view returns (ProposalState) {
        Proposal storage p = _proposal(id);
        if (p.canceled) return ProposalState.Canceled;
        if (p.executed) return ProposalState.Executed;
        if (p.queued) return ProposalState.Queued;
        if (block.timestamp <= p.voteEnd) return ProposalState.Active;
        return passed(id) ? ProposalState.Succeeded : ProposalState.Defeated;
    }

    /// @notice Whether the votes cast so far pass proposal `id`: quorum, and more for than against in every group
    ///         that had members when it was created.
    function passed(uint256 id) public view returns (bool) {
        Proposal storage p = _proposal(id);
        if (p.votes < p.quorum) return false;
        uint16 mask = p.groupMask;
        for (uint256 g; g < _groups.length; ++g) {
            if (mask & (1 << g) == 0) continue;
            Tally memory t = _tallies[id][g];
            if (t.forVotes <= t.againstVotes) return false;
        }
        return true;
    }

    /// @notice The timelock operation id of proposal `id`.
    function operationId(uint256 id) public view returns (bytes32) {
        Proposal storage p = _proposal(id);
        return timelock.hashOperationBatch(p.targets, p.values, p.calldatas, bytes32(0), _salt(id));
    }

    /// @notice Proposal `id`.
    function proposal(uint256 id) external view returns (Proposal memory) {
        return _proposal(id);
    }

    /// @notice Votes of `group` on proposal `id`.
    function tally(uint256 id, uint8 group) external view returns (Tally memory) {
        return _tallies[id][group];
    }

    /// @notice Whether `voter` voted on proposal `id`.
    function hasVoted(uint256 id, address voter) external view returns (bool) {
        return _voted[id][voter];
    }

    /// @notice How many proposals were ever made (ids run from 1).
    function proposalCount() external view returns (uint256) {
        return _proposalCount;
    }

    // ── membership ─────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice The stakeholder groups, in id order.
    function groups() external view returns (Group[] memory) {
        return _groups;
    }

    /// @notice Whether `account` is a member, and of which group.
    function memberOf(address account) external view returns (bool isMember, uint8 group) {
        Member memory m = _members[account];
        if (m.groupPlusOne == 0) return (false, 0);
        return (true, m.groupPlusOne - 1);
    }

    /// @notice How many members the council has.
    function memberCount() external view returns (uint256) {
        return _memberCount;
    }

    /// @notice Seats `account` in `group`. Timelock only.
    function addMember(address account, uint8 group) external onlyTimelock {
        _addMember(account, group);
    }

    /// @notice Unseats `account`. Timelock only; the last member cannot leave.
    function removeMember(address account) external onlyTimelock {
        Member memory m = _members[account];
        if (m.groupPlusOne == 0) revert NamesCouncilNotMember(account);
        if (_memberCount == 1) revert NamesCouncilLastMember(account);
        uint8 group = m.groupPlusOne - 1;
        _groups[group].members -= 1;
        _memberCount -= 1;
        delete _members[account];
        emit MemberRemoved(account, group);
    }

    /// @notice Gives `group` `seats` seats. Timelock only.
    function setSeats(uint8 group, uint16 seats) external onlyTimelock {
        if (group >= _groups.length) revert NamesCouncilUnknownGroup(group);
        if (seats < _groups[group].members) revert NamesCouncilSeatsBelowMembers(group, _groups[group].members);
        _groups[group].seats = seats;
        emit SeatsChanged(group, seats);
    }

    /// @notice Sets the voting period (seconds) and quorum (basis points of all members). Timelock only.
    function setVotingRules(uint256 votingPeriod_, uint16 quorumBps_) external onlyTimelock {
        _setVotingRules(votingPeriod_, quorumBps_);
    }

    // ── internals ──────────────────────────────────────────────────────────────────────────────────────────────

    function _addMember(address account, uint8 group) private {
        if (group >= _groups.length) revert NamesCouncilUnknownGroup(group);
        if (account == address(0)) revert NamesCouncilInvalidSetup();
        if (_members[account].groupPlusOne != 0) revert NamesCouncilAlreadyMember(account);
        Group storage g = _groups[group];
        if (g.members >= g.seats) revert NamesCouncilGroupFull(group, g.seats);
        g.members += 1;
        _memberCount += 1;
        _members[account] = Member(group + 1, uint64(block.number));
        emit MemberAdded(account, group);
    }

    function _setVotingRules(uint256 votingPeriod_, uint16 quorumBps_) private {
        if (votingPeriod_ == 0 || quorumBps_ == 0 || quorumBps_ > _BPS) revert NamesCouncilInvalidParameters();
        votingPeriod = votingPeriod_;
        quorumBps = quorumBps_;
        emit VotingRulesChanged(votingPeriod_, quorumBps_);
    }

    function _proposal(uint256 id) private view returns (Proposal storage p) {
        p = _proposals[id];
        if (p.proposer == address(0)) revert NamesCouncilUnknownProposal(id);
    }

    function _salt(uint256 id) private view returns (bytes32) {
        return keccak256(abi.encode(address(this), id));
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
pragma solidity 0.8.37;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {INamesRegistry} from "./INamesRegistry.sol";
import {LabelRules} from "./LabelRules.sol";

/// @title NamesRegistrar
/// @notice Second-level names under the root: commit–reveal registration, renewal, reserved names and fees.
/// @dev The minimum commitment age is > 0 by construction (ENS once shipped 0, which lets a front-runner register
///      a name in the block after seeing the reveal). Registrations are capped at `maxRegistrationPeriod` ahead,
///      so a name cannot be parked for centuries for free. The owner (the timelock) sets reserved names and fees.
contract NamesRegistrar is Ownable {
    uint256 private constant _PRICE_CLASSES = 5;
    uint256 private constant _YEAR = 365 days;

    /// @notice Thrown at deployment when the commitment ages are not 0 < min < max.
    error NamesRegistrarInvalidCommitmentAges(uint256 minAge, uint256 maxAge);
    /// @notice Thrown at deployment when the registration periods are not 0 < min <= max.
    error NamesRegistrarInvalidPeriods(uint256 minPeriod, uint256 maxPeriod);
    /// @notice Thrown when committing `commitment` while the same commitment is still usable.
    error NamesRegistrarCommitmentExists(bytes32 commitment, uint256 expiresAt);
    /// @notice Thrown when no commitment matches the registration.
    error NamesRegistrarCommitmentNotFound(bytes32 commitment);
    /// @notice Thrown when the commitment is younger than the minimum age; retry at `readyAt`.
    error NamesRegistrarCommitmentTooNew(bytes32 commitment, uint256 readyAt);
    /// @notice Thrown when the commitment is older than the maximum age (it lapsed at `expiredAt`); commit again.
    error NamesRegistrarCommitmentTooOld(bytes32 commitment, uint256 expiredAt);
    /// @notice Thrown when `label` is on the reserved list.
    error NamesRegistrarNameReserved(string label);
    /// @notice Thrown when a registration is shorter than `minimum` seconds.
    error NamesRegistrarDurationTooShort(uint256 duration, uint256 minimum);
    /// @notice Thrown when a registration or renewal would end after `latest`.
    error NamesRegistrarDurationTooLong(uint256 expiry, uint256 latest);
    /// @notice Thrown when less than `required` wei was sent.
    error NamesRegistrarInsufficientValue(uint256 required, uint256 sent);
    /// @notice Thrown when renewing a name that is not registered (or is past its grace period).
    error NamesRegistrarNameNotRegistered(string label);
    /// @notice Thrown when renewing a suspended name.
    error NamesRegistrarNameSuspended(string label);
    /// @notice Thrown when someone other than the holder renews during the grace period.
    error NamesRegistrarGraceOwnerOnly(string label, address owner);

    /// @notice Emitted when a commitment is recorded.
    event CommitmentMade(bytes32 indexed commitment);
    /// @notice Emitted when a registration consumed `commitment` and collected `cost` wei.
    event NameRegistered(bytes32 indexed node, bytes32 indexed commitment, uint256 cost);
    /// @notice Emitted when governance allocates a name without commit–reveal (for example a reserved one).
    event NameAllocated(bytes32 indexed node, address indexed owner, uint256 expiry);
    /// @notice Emitted when `payer` renews `node` until `expiry` for `cost` wei.
    event NameRenewed(bytes32 indexed node, address indexed payer, uint256 expiry, uint256 cost);
    /// @notice Emitted when governance reserves or releases `label`.
    event ReservationChanged(bytes32 indexed labelhash, string label, bool reserved);
    /// @notice Emitted when governance changes the annual fees (gwei, by label length 1, 2, 3, 4, 5+).
    event FeesChanged(uint48[5] annualFeesGwei);
    /// @notice Emitted when governance withdraws collected fees.
    event FeesWithdrawn(address indexed to, uint256 amount);

    /// @notice The registry this registrar writes to.
    INamesRegistry public immutable registry;
    /// @notice Seconds a commitment must wait before it can be revealed.
    uint256 public immutable minCommitmentAge;
    /// @notice Seconds after which a commitment can no longer be revealed.
    uint256 public immutable maxCommitmentAge;
    /// @notice Shortest registration, in seconds.
    uint256 public immutable minRegistrationPeriod;
    /// @notice How far ahead of now an expiry may be, in seconds.
    uint256 public immutable maxRegistrationPeriod;

    bytes32 private immutable _root;
    uint256 private _annualFeesGwei;
    mapping(bytes32 commitment => uint256 committedAt) private _commitments;
    mapping(bytes32 labelhash => bool) private _reserved;

    constructor(
        INamesRegistry registry_,
        uint256 minCommitmentAge_,
        uint256 maxCommitmentAge_,
        uint256 minRegistrationPeriod_,
        uint256 maxRegistrationPeriod_,
        address initialOwner
    ) Ownable(initialOwner) {
        if (minCommitmentAge_ == 0 || maxCommitmentAge_ <= minCommitmentAge_) {
            revert NamesRegistrarInvalidCommitmentAges(minCommitmentAge_, maxCommitmentAge_);
        }
        if (minRegistrationPeriod_ == 0 || maxRegistrationPeriod_ < minRegistrationPeriod_) {
            revert NamesRegistrarInvalidPeriods(minRegistrationPeriod_, maxRegistrationPeriod_);
        }
        registry = registry_;
        _root = registry_.rootNode();
        minCommitmentAge = minCommitmentAge_;
        maxCommitmentAge = maxCommitmentAge_;
        minRegistrationPeriod = minRegistrationPeriod_;
        maxRegistrationPeriod = maxRegistrationPeriod_;
    }

    // ── registration ───────────────────────────────────────────────────────────────────────────────────────────

    /// @notice The commitment for registering `label` to `owner` with a secret only the registrant knows.
    function makeCommitment(string calldata label, address owner, bytes32 secret) public pure returns (bytes32) {
        return keccak256(abi.encode(keccak256(bytes(label)), owner, secret));
    }

    /// @notice Records `commitment`; reveal it with {register} between the minimum and maximum age.
    function commit(bytes32 commitment) external {
        uint256 committedAt = _commitments[commitment];
        if (committedAt != 0 && block.timestamp <= committedAt + maxCommitmentAge) {
            revert NamesRegistrarCommitmentExists(commitment, committedAt + maxCommitmentAge);
        }
        _commitments[commitment] = block.timestamp;
        emit CommitmentMade(commitment);
    }

    /// @notice When `commitment` was made (0 if never, or used).
    function commitmentTime(bytes32 commitment) external view returns (uint256) {
        return _commitments[commitment];
    }

    /// @notice Registers `label` for `owner` for `duration` seconds, revealing an earlier commitment.
    /// @dev Send at least {rentPrice}; any excess is returned.
    /// @return expiry When the registration ends.
    function register(string calldata label, address owner, uint256 duration, bytes32 secret)
        external
        payable
        returns (uint256 expiry)
    {
        bytes32 labelhash = keccak256(bytes(label));
        if (_reserved[labelhash]) revert NamesRegistrarNameReserved(label);
        expiry = _expiryFor(duration);
        bytes32 commitment = keccak256(abi.encode(labelhash, owner, secret));
        _consume(commitment);
        uint256 cost = rentPrice(label, duration);
        if (msg.value < cost) revert NamesRegistrarInsufficientValue(cost, msg.value);
        bytes32 node = registry.register(label, owner, uint40(expiry));
        emit NameRegistered(node, commitment, cost);
        _refundExcess(cost);
    }

    /// @notice Extends `label` by `duration` seconds. Anyone may pay before expiry; only the holder in grace.
    /// @return expiry The new expiry.
    function renew(string calldata label, uint256 duration) external payable returns (uint256 expiry) {
        bytes32 node = keccak256(abi.encodePacked(_root, keccak256(bytes(label))));
        INamesRegistry.NameState memory state = registry.nameState(node);
        if (state.status == INamesRegistry.Status.Unregistered) revert NamesRegistrarNameNotRegistered(label);
        if (state.status == INamesRegistry.Status.Suspended) revert NamesRegistrarNameSuspended(label);
        if (state.status == INamesRegistry.Status.Grace && msg.sender != state.owner) {
            revert NamesRegistrarGraceOwnerOnly(label, state.owner);
        }
        expiry = uint256(state.expiry) + duration;
        if (expiry > block.timestamp + maxRegistrationPeriod) {
            revert NamesRegistrarDurationTooLong(expiry, block.timestamp + maxRegistrationPeriod);
        }
        uint256 cost = rentPrice(label, duration);
        if (msg.value < cost) revert NamesRegistrarInsufficientValue(cost, msg.value);
        registry.renew(node, uint40(expiry));
        emit NameRenewed(node, msg.sender, expiry, cost);
        _refundExcess(cost);
    }

    /// @notice Whether `label` can be registered now: valid, not reserved, unregistered and not frozen.
    function available(string calldata label) external view returns (bool) {
        bytes32 labelhash = keccak256(bytes(label));
        if (_reserved[labelhash] || !LabelRules.isValid(bytes(label))) return false;
        return registry.available(keccak256(abi.encodePacked(_root, labelhash)));
    }

    // ── fees ───────────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice Wei due for `duration` seconds of `label` (zero unless governance set fees).
    function rentPrice(string calldata label, uint256 duration) public view returns (uint256) {
        uint256 fees = _annualFeesGwei;
        if (fees == 0) return 0;
        uint256 length = bytes(label).length;
        uint256 class = length >= _PRICE_CLASSES ? _PRICE_CLASSES - 1 : (length == 0 ? 0 : length - 1);
        uint256 annualGwei = uint48(fees >> (48 * class));
        return (annualGwei * 1 gwei * duration) / _YEAR;
    }

    /// @notice Annual fees in gwei by label length: 1, 2, 3, 4, 5 or more characters.
    function annualFees() external view returns (uint48[5] memory annualFeesGwei) {
        uint256 fees = _annualFeesGwei;
        for (uint256 i; i < _PRICE_CLASSES; ++i) {
            annualFeesGwei[i] = uint48(fees >> (48 * i));
        }
    }

    /// @notice Sets the annual fees in gwei by label length (1, 2, 3, 4, 5+). All zero means free.
    function setAnnualFees(uint48[5] calldata annualFeesGwei) external onlyOwner {
        uint256 fees;
        for (uint256 i; i < _PRICE_CLASSES; ++i) {
            fees |= uint256(annualFeesGwei[i]) << (48 * i);
        }
        _annualFeesGwei = fees;
        emit FeesChanged(annualFeesGwei);
    }

    /// @notice Sends `amount` wei of collected fees to `to`.
    function withdraw(address payable to, uint256 amount) external onlyOwner {
        Address.sendValue(to, amount);
        emit FeesWithdrawn(to, amount);
    }

    // ── reserved names ─────────────────────────────────────────────────────────────────────────────────────────

    /// @notice Reserves (or releases) each of `labels`. Reserved names can only be allocated by governance.
    function setReserved(string[] calldata labels, bool reserved) external onlyOwner {
        for (uint256 i; i < labels.length; ++i) {
            bytes32 labelhash = keccak256(bytes(labels[i]));
            _reserved[labelhash] = reserved;
            emit ReservationChanged(labelhash, labels[i], reserved);
        }
    }

    /// @notice Whether `label` is reserved.
    function isReserved(string calldata label) external view returns (bool) {
        return _reserved[keccak256(bytes(label))];
    }

    /// @notice Registers `label` for `owner` without commit–reveal or fee: governance allocations only.
    function allocate(string calldata label, address owner, uint256 duration) external onlyOwner returns (uint256) {
        uint256 expiry = _expiryFor(duration);
        bytes32 node = registry.register(label, owner, uint40(expiry));
        emit NameAllocated(node, owner, expiry);
        return expiry;
    }

    // ── internals ──────────────────────────────────────────────────────────────────────────────────────────────

    function _expiryFor(uint256 duration) private view returns (uint256) {
        if (duration < minRegistrationPeriod) revert NamesRegistrarDurationTooShort(duration, minRegistrationPeriod);
        if (duration > maxRegistrationPeriod) {
            revert NamesRegistrarDurationTooLong(block.timestamp + duration, block.timestamp + maxRegistrationPeriod);
        }
        return block.timestamp + duration;
    }

    function _consume(bytes32 commitment) private {
        uint256 committedAt = _commitments[commitment];
        if (committedAt == 0) revert NamesRegistrarCommitmentNotFound(commitment);
        if (block.timestamp < committedAt + minCommitmentAge) {
            revert NamesRegistrarCommitmentTooNew(commitment, committedAt + minCommitmentAge);
        }
        if (block.timestamp > committedAt + maxCommitmentAge) {
            revert NamesRegistrarCommitmentTooOld(commitment, committedAt + maxCommitmentAge);
        }
        delete _commitments[commitment];
    }

    /// @dev Returns what was sent beyond `cost`; runs last (checks–effects–interactions).
    function _refundExcess(uint256 cost) private {
        if (msg.value > cost) Address.sendValue(payable(msg.sender), msg.value - cost);
    }
}

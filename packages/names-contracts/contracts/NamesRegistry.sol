// SPDX-License-Identifier: AGPL-3.0-or-later
pragma solidity 0.8.37;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {INamesRegistry} from "./INamesRegistry.sol";
import {LabelRules} from "./LabelRules.sol";

/// @title NamesRegistry
/// @notice Names as EIP-137 nodes → holder, expiry, record version, resolver. Nothing else.
/// @dev One storage slot per name (holder 160 bits, expiry 40, version 32, flags 8). The version is bumped on every
///      registration and change of holder; resolvers key records by (node, version), so a new holder never serves
///      the previous holder's records, and a subname remembers its parent's version, so a parent that changes hands
///      takes its old subnames with it. The owner (the timelock after deployment) only wires the other contracts.
contract NamesRegistry is INamesRegistry, Ownable {
    struct Record {
        address owner;
        uint40 expiry;
        uint32 version;
        uint8 flags;
    }

    struct Link {
        bytes32 parent;
        uint32 parentVersion;
    }

    struct ResolverEntry {
        address resolver;
        uint32 version;
    }

    uint8 private constant _SUBNAME = 1;
    uint8 private constant _DISPUTED = 2;
    uint8 private constant _SUSPENDED = 4;

    /// @notice Thrown when `caller` may not call a function reserved to the registrar or the disputes contract.
    error NamesRegistryUnauthorised(address caller);
    /// @notice Thrown when `account` does not hold `node`.
    error NamesRegistryNotOwner(bytes32 node, address account);
    /// @notice Thrown when `node` is past its expiry (in grace or gone); `expiry` is the one that passed.
    error NamesRegistryNameExpired(bytes32 node, uint256 expiry);
    /// @notice Thrown when `node` is suspended by a dispute decision.
    error NamesRegistryNameSuspended(bytes32 node);
    /// @notice Thrown when `node` is frozen by a pending dispute until `until`.
    error NamesRegistryNameFrozen(bytes32 node, uint256 until);
    /// @notice Thrown when registering `node` while it is still registered or in its grace period.
    error NamesRegistryNameUnavailable(bytes32 node);
    /// @notice Thrown when a holder or contract address would be zero.
    error NamesRegistryZeroAddress();
    /// @notice Thrown when the root name is not a list of valid labels.
    error NamesRegistryInvalidRoot();

    /// @notice Emitted once, at deployment.
    event RootDefined(bytes32 indexed node, string name);
    /// @notice Emitted when a second-level name is registered (first time or after it lapsed).
    event NameRegistered(bytes32 indexed node, string label, address indexed owner, uint40 expiry, uint32 version);
    /// @notice Emitted when the expiry of a second-level name changes.
    event NameRenewed(bytes32 indexed node, uint40 expiry);
    /// @notice Emitted when a name changes holder; records of earlier versions stop being served.
    event NameTransferred(bytes32 indexed node, address indexed owner, uint32 version);
    /// @notice Emitted when the holder of `parent` sets the holder of subname `label` (zero releases it).
    event SubnameChanged(bytes32 indexed parent, bytes32 indexed node, string label, address owner, uint32 version);
    /// @notice Emitted when a holder points `node` at a resolver (zero means the default resolver).
    event ResolverChanged(bytes32 indexed node, address resolver, uint32 version);
    /// @notice Emitted when a dispute freezes `node` until `until`, or lifts the freeze (`until` = 0).
    event NameFrozen(bytes32 indexed node, uint40 until);
    /// @notice Emitted when a dispute decision suspends `node`.
    event NameSuspended(bytes32 indexed node);
    /// @notice Emitted when governance sets the registrar.
    event RegistrarChanged(address registrar);
    /// @notice Emitted when governance sets the disputes contract.
    event DisputesChanged(address disputes);
    /// @notice Emitted when governance sets the default resolver.
    event DefaultResolverChanged(address resolver);

    /// @inheritdoc INamesRegistry
    bytes32 public immutable rootNode;
    /// @inheritdoc INamesRegistry
    uint256 public immutable gracePeriod;

    address private _registrar;
    address private _disputes;
    address private _defaultResolver;
    mapping(bytes32 node => Record) private _records;
    mapping(bytes32 node => Link) private _links;
    mapping(bytes32 node => ResolverEntry) private _resolvers;
    mapping(bytes32 node => uint40) private _frozenUntil;

    /// @param rootLabels The root name's labels, most specific first (["blockgov", "alt"]).
    /// @param gracePeriod_ Seconds after expiry during which only the holder may renew.
    /// @param initialOwner Who wires the contracts; hand over to the timelock afterwards.
    constructor(string[] memory rootLabels, uint256 gracePeriod_, address initialOwner) Ownable(initialOwner) {
        if (rootLabels.length == 0) revert NamesRegistryInvalidRoot();
        bytes32 node;
        string memory name = rootLabels[rootLabels.length - 1];
        for (uint256 i = rootLabels.length; i > 0; --i) {
            if (!LabelRules.isValid(bytes(rootLabels[i - 1]))) revert NamesRegistryInvalidRoot();
            node = keccak256(abi.encodePacked(node, keccak256(bytes(rootLabels[i - 1]))));
            if (i < rootLabels.length) name = string.concat(rootLabels[i - 1], ".", name);
        }
        rootNode = node;
        gracePeriod = gracePeriod_;
        emit RootDefined(node, name);
    }

    /// @notice Whether `label` is a lower-case LDH label of 1–63 bytes (see {LabelRules}).
    function isValidLabel(string calldata label) external pure returns (bool) {
        return LabelRules.isValid(bytes(label));
    }

    // ── governance ─────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice Sets the contract allowed to register and renew second-level names.
    function setRegistrar(address registrar) external onlyOwner {
        if (registrar == address(0)) revert NamesRegistryZeroAddress();
        _registrar = registrar;
        emit RegistrarChanged(registrar);
    }

    /// @notice Sets the contract allowed to freeze, suspend and force-transfer names.
    function setDisputes(address disputes) external onlyOwner {
        if (disputes == address(0)) revert NamesRegistryZeroAddress();
        _disputes = disputes;
        emit DisputesChanged(disputes);
    }

    /// @notice Sets the resolver used by names that have not chosen one.
    function setDefaultResolver(address resolver_) external onlyOwner {
        if (resolver_ == address(0)) revert NamesRegistryZeroAddress();
        _defaultResolver = resolver_;
        emit DefaultResolverChanged(resolver_);
    }

    /// @notice The registrar, the disputes contract and the default resolver.
    function wiring() external view returns (address registrar, address disputes, address defaultResolver) {
        return (_registrar, _disputes, _defaultResolver);
    }

    // ── registrar ──────────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc INamesRegistry
    function register(string calldata label, address owner_, uint40 expiry) external returns (bytes32 node) {
        if (msg.sender != _registrar) revert NamesRegistryUnauthorised(msg.sender);
        if (owner_ == address(0)) revert NamesRegistryZeroAddress();
        LabelRules.requireValid(label);
        node = keccak256(abi.encodePacked(rootNode, keccak256(bytes(label))));
        Record memory current = _records[node];
        (Status status,) = _standing(node, current);
        if (status != Status.Unregistered) revert NamesRegistryNameUnavailable(node);
        _requireNotFrozen(node, current.flags);
        uint32 version = current.version + 1;
        _records[node] = Record(owner_, expiry, version, 0);
        emit NameRegistered(node, label, owner_, expiry, version);
    }

    /// @inheritdoc INamesRegistry
    function renew(bytes32 node, uint40 expiry) external {
        if (msg.sender != _registrar) revert NamesRegistryUnauthorised(msg.sender);
        _records[node].expiry = expiry;
        emit NameRenewed(node, expiry);
    }

    // ── holders ────────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice Hands `node` to `to`. Its records, resolver choice and subnames stay with the old version.
    function transfer(bytes32 node, address to) external {
        Record memory r = _authorised(node, msg.sender);
        if (to == address(0)) revert NamesRegistryZeroAddress();
        unchecked {
            r.version += 1;
        }
        r.owner = to;
        _records[node] = r;
        emit NameTransferred(node, to, r.version);
    }

    /// @notice Creates, reassigns or (with `owner_` zero) releases the subname `label` of `parent`.
    /// @dev Only the holder of an active, unfrozen `parent`. Each call starts a new record version for the subname.
    function setSubnodeOwner(bytes32 parent, string calldata label, address owner_) external returns (bytes32 node) {
        Record memory p = _authorised(parent, msg.sender);
        LabelRules.requireValid(label);
        node = keccak256(abi.encodePacked(parent, keccak256(bytes(label))));
        uint32 version = _records[node].version + 1;
        _records[node] = Record(owner_, 0, version, _SUBNAME);
        _links[node] = Link(parent, p.version);
        emit SubnameChanged(parent, node, label, owner_, version);
    }

    /// @notice Points `node` at `resolver` for its current version; zero means the default resolver.
    function setResolver(bytes32 node, address resolver_) external {
        Record memory r = _authorised(node, msg.sender);
        _resolvers[node] = ResolverEntry(resolver_, r.version);
        emit ResolverChanged(node, resolver_, r.version);
    }

    // ── disputes ───────────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc INamesRegistry
    function freeze(bytes32 node, uint40 until) external {
        if (msg.sender != _disputes) revert NamesRegistryUnauthorised(msg.sender);
        Record storage r = _records[node];
        if (until == 0) {
            r.flags &= ~_DISPUTED;
            delete _frozenUntil[node];
        } else {
            r.flags |= _DISPUTED;
            _frozenUntil[node] = until;
        }
        emit NameFrozen(node, until);
    }

    /// @inheritdoc INamesRegistry
    function suspend(bytes32 node) external {
        if (msg.sender != _disputes) revert NamesRegistryUnauthorised(msg.sender);
        _records[node].flags |= _SUSPENDED;
        emit NameSuspended(node);
    }

    /// @inheritdoc INamesRegistry
    /// @dev Lifts an earlier suspension (the new holder gets a working name). A name already past expiry gets
    ///      `expiry = now`, so the recipient has the grace period to renew it.
    function forceTransfer(bytes32 node, address to) external {
        if (msg.sender != _disputes) revert NamesRegistryUnauthorised(msg.sender);
        if (to == address(0)) revert NamesRegistryZeroAddress();
        Record memory r = _records[node];
        unchecked {
            r.version += 1;
        }
        r.owner = to;
        r.flags &= ~_SUSPENDED;
        if (r.flags & _SUBNAME == 0 && r.expiry < block.timestamp) {
            r.expiry = uint40(block.timestamp);
            emit NameRenewed(node, r.expiry);
        }
        _records[node] = r;
        emit NameTransferred(node, to, r.version);
    }

    // ── views ──────────────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc INamesRegistry
    function nameState(bytes32 node) external view returns (NameState memory state) {
        Record memory r = _records[node];
        (Status status, uint40 expiry) = _standing(node, r);
        state.status = status;
        state.expiry = expiry;
        state.version = r.version;
        if (status != Status.Unregistered) state.owner = r.owner;
        if (r.flags & _DISPUTED != 0) state.frozenUntil = _frozenUntil[node];
        if (r.flags & _SUBNAME != 0) state.parent = _links[node].parent;
    }

    /// @inheritdoc INamesRegistry
    function owner(bytes32 node) external view returns (address) {
        Record memory r = _records[node];
        (Status status,) = _standing(node, r);
        return status == Status.Unregistered ? address(0) : r.owner;
    }

    /// @notice ENS-compatible: the resolver to ask for `node`, zero when it does not resolve.
    function resolver(bytes32 node) external view returns (address) {
        Record memory r = _records[node];
        (Status status,) = _standing(node, r);
        if (status != Status.Active && status != Status.Grace) return address(0);
        ResolverEntry memory entry = _resolvers[node];
        if (entry.version == r.version && entry.resolver != address(0)) return entry.resolver;
        return _defaultResolver;
    }

    /// @notice ENS-compatible: whether `node` is registered now.
    function recordExists(bytes32 node) external view returns (bool) {
        (Status status,) = _standing(node, _records[node]);
        return status != Status.Unregistered;
    }

    /// @inheritdoc INamesRegistry
    function available(bytes32 node) external view returns (bool) {
        Record memory r = _records[node];
        (Status status,) = _standing(node, r);
        return status == Status.Unregistered && !_isFrozen(node, r.flags);
    }

    /// @inheritdoc INamesRegistry
    function authorise(bytes32 node, address account) external view returns (uint32 version) {
        return _authorised(node, account).version;
    }

    /// @inheritdoc INamesRegistry
    function resolvableVersion(bytes32 node) external view returns (bool resolvable, uint32 version) {
        Record memory r = _records[node];
        (Status status,) = _standing(node, r);
        return (status == Status.Active || status == Status.Grace, r.version);
    }

    // ── internals ──────────────────────────────────────────────────────────────────────────────────────────────

    function _authorised(bytes32 node, address account) private view returns (Record memory r) {
        r = _records[node];
        if (r.owner != account || account == address(0)) revert NamesRegistryNotOwner(node, account);
        (Status status, uint40 expiry) = _standing(node, r);
        if (status == Status.Suspended) revert NamesRegistryNameSuspended(node);
        if (status != Status.Active) revert NamesRegistryNameExpired(node, expiry);
        _requireNotFrozen(node, r.flags);
    }

    /// @dev A subname stands where its parent stands, as long as the parent has not changed version since.
    function _standing(bytes32 node, Record memory r) private view returns (Status, uint40 expiry) {
        if (r.owner == address(0)) return (Status.Unregistered, 0);
        if (r.flags & _SUBNAME != 0) {
            Link memory link = _links[node];
            Record memory p = _records[link.parent];
            if (p.version != link.parentVersion) return (Status.Unregistered, 0);
            Status parentStatus;
            (parentStatus, expiry) = _standing(link.parent, p);
            if (parentStatus == Status.Unregistered || r.flags & _SUSPENDED == 0) return (parentStatus, expiry);
            return (Status.Suspended, expiry);
        }
        if (block.timestamp > uint256(r.expiry) + gracePeriod) return (Status.Unregistered, r.expiry);
        if (r.flags & _SUSPENDED != 0) return (Status.Suspended, r.expiry);
        return (block.timestamp <= r.expiry ? Status.Active : Status.Grace, r.expiry);
    }

    function _isFrozen(bytes32 node, uint8 flags) private view returns (bool) {
        return flags & _DISPUTED != 0 && block.timestamp <= _frozenUntil[node];
    }

    function _requireNotFrozen(bytes32 node, uint8 flags) private view {
        if (flags & _DISPUTED != 0) {
            uint40 until = _frozenUntil[node];
            if (block.timestamp <= until) revert NamesRegistryNameFrozen(node, until);
        }
    }
}

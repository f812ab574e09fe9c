// SPDX-License-Identifier: AGPL-3.0-or-later
pragma solidity 0.8.37;

/// @title INamesRegistry
/// @notice What the registrar, the resolver and the disputes contract need from the registry.
interface INamesRegistry {
    /// @notice Where a name stands. `Unregistered` also covers a name past its grace period and a subname whose
    ///         parent changed hands since it was created.
    enum Status {
        Unregistered,
        Active,
        Grace,
        Suspended
    }

    /// @notice A name's state as one value, for clients.
    /// @param owner Holder while the name is registered (through the grace period), else zero.
    /// @param expiry Expiry of the registration; for a subname, its second-level ancestor's.
    /// @param version Record version: bumped on every registration and change of holder.
    /// @param status See {Status}.
    /// @param frozenUntil End of a dispute freeze (0 when none); the name is frozen while `now <= frozenUntil`.
    /// @param parent Parent node for a subname, zero for a second-level name.
    struct NameState {
        address owner;
        uint40 expiry;
        uint32 version;
        Status status;
        uint40 frozenUntil;
        bytes32 parent;
    }

    /// @notice Node of the namespace root (for example namehash("blockgov.alt")).
    function rootNode() external view returns (bytes32);

    /// @notice Seconds after expiry during which only the holder may renew and the name keeps resolving.
    function gracePeriod() external view returns (uint256);

    /// @notice Creates or re-creates the second-level name `label` for `owner` until `expiry`. Registrar only.
    function register(string calldata label, address owner, uint40 expiry) external returns (bytes32 node);

    /// @notice Sets the expiry of a second-level name. Registrar only.
    function renew(bytes32 node, uint40 expiry) external;

    /// @notice Freezes transfers and record changes of `node` while `block.timestamp <= until`; 0 lifts it.
    function freeze(bytes32 node, uint40 until) external;

    /// @notice Stops `node` (and its subnames) from resolving until it is registered afresh. Disputes only.
    function suspend(bytes32 node) external;

    /// @notice Hands `node` to `to` as a dispute remedy. Disputes only.
    function forceTransfer(bytes32 node, address to) external;

    /// @notice The full state of `node`.
    function nameState(bytes32 node) external view returns (NameState memory);

    /// @notice The holder of `node`, zero once it is unregistered.
    function owner(bytes32 node) external view returns (address);

    /// @notice Whether a second-level `node` can be registered now (unregistered and not frozen).
    function available(bytes32 node) external view returns (bool);

    /// @notice The record version a resolver should write under when `account` changes records of `node`.
    /// @dev Reverts unless `account` holds `node`, it is active (not expired, not suspended) and not frozen.
    function authorise(bytes32 node, address account) external view returns (uint32 version);

    /// @notice Whether `node` resolves now, and the record version to serve.
    function resolvableVersion(bytes32 node) external view returns (bool resolvable, uint32 version);
}

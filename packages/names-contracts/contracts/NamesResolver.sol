// SPDX-License-Identifier: AGPL-3.0-or-later
pragma solidity 0.8.37;

import {ERC165} from "@openzeppelin/contracts/utils/introspection/ERC165.sol";
import {Multicall} from "@openzeppelin/contracts/utils/Multicall.sol";
import {DnsWire} from "./DnsWire.sol";
import {INamesRegistry} from "./INamesRegistry.sol";

/// @title NamesResolver
/// @notice Records per name: addresses (ENS multicoin), text records and DNS RRsets (EIP-1185 style).
/// @dev Every record is stored under (node, version) where the version comes from the registry. A new
///      registration or a change of holder bumps the version, so the previous holder's records become unreachable
///      without being deleted one by one, and nothing is served once the registry says the name does not resolve
///      (expired past grace, suspended, or a subname whose parent changed hands).
contract NamesResolver is ERC165, Multicall {
    uint256 private constant _COIN_ETH = 60;
    uint16 private constant _TYPE_A = 1;
    uint16 private constant _TYPE_AAAA = 28;

    /// @notice Thrown when an address for `coinType` has the wrong length for that chain.
    error NamesResolverInvalidAddress(uint256 coinType, uint256 length);
    /// @notice Thrown when an RRset mixes empty (delete) and non-empty records, at byte `offset`.
    error NamesResolverMixedRRset(uint256 offset);
    /// @notice Thrown when an A or AAAA record at byte `offset` has the wrong data length.
    error NamesResolverInvalidRdata(uint256 offset, uint16 resource, uint256 length);

    /// @notice Emitted when the address of `node` for `coinType` changes (empty = removed).
    event AddressChanged(bytes32 indexed node, uint32 version, uint256 coinType, bytes addr);
    /// @notice Emitted when text record `key` of `node` changes (empty = removed).
    event TextChanged(bytes32 indexed node, uint32 version, string indexed indexedKey, string key, string value);
    /// @notice Emitted when an RRset of `node` is set; `name` is the DNS-encoded owner name, `record` the RRs.
    event DNSRecordChanged(bytes32 indexed node, uint32 version, bytes name, uint16 resource, bytes record);
    /// @notice Emitted when an RRset of `node` is removed.
    event DNSRecordDeleted(bytes32 indexed node, uint32 version, bytes name, uint16 resource);

    /// @notice The registry that says who may write and which version to serve.
    INamesRegistry public immutable registry;

    mapping(bytes32 key => mapping(uint256 coinType => bytes)) private _addresses;
    mapping(bytes32 key => mapping(string => string)) private _texts;
    mapping(bytes32 key => mapping(bytes32 name => mapping(uint16 resource => bytes))) private _rrsets;

    constructor(INamesRegistry registry_) {
        registry = registry_;
    }

    // ── writes (holder of an active, unfrozen name) ────────────────────────────────────────────────────────────

    /// @notice Sets the Ethereum address of `node`.
    function setAddr(bytes32 node, address a) external {
        _setAddr(node, _COIN_ETH, a == address(0) ? bytes("") : abi.encodePacked(a));
    }

    /// @notice Sets the address of `node` on chain `coinType` (SLIP-44 / ENSIP-11); empty removes it.
    function setAddr(bytes32 node, uint256 coinType, bytes calldata a) external {
        if (coinType == _COIN_ETH && a.length != 0 && a.length != 20) {
            revert NamesResolverInvalidAddress(coinType, a.length);
        }
        _setAddr(node, coinType, a);
    }

    /// @notice Sets text record `key` of `node`; an empty `value` removes it.
    function setText(bytes32 node, string calldata key, string calldata value) external {
        uint32 version = registry.authorise(node, msg.sender);
        _texts[_key(node, version)][key] = value;
        emit TextChanged(node, version, key, key, value);
    }

    /// @notice Sets RRsets of `node` from wire-format resource records.
    /// @dev Consecutive records with the same owner name and type form one RRset and replace the stored one; an
    ///      RRset whose records all have empty data is deleted. Owner names must lie in `node`'s own name.
    function setDNSRecords(bytes32 node, bytes calldata data) external {
        uint32 version = registry.authorise(node, msg.sender);
        bytes32 key = _key(node, version);
        uint256 offset;
        while (offset < data.length) {
            DnsWire.Record memory first = DnsWire.read(data, offset, node);
            bytes32 nameHash = keccak256(data[first.start:first.nameEnd]);
            _checkRdata(first, offset);
            uint256 end = first.end;
            while (end < data.length) {
                DnsWire.Record memory next = DnsWire.read(data, end, node);
                if (next.resource != first.resource || keccak256(data[next.start:next.nameEnd]) != nameHash) break;
                if ((next.rdataLength == 0) != (first.rdataLength == 0)) revert NamesResolverMixedRRset(end);
                _checkRdata(next, end);
                end = next.end;
            }
            if (first.rdataLength == 0) {
                delete _rrsets[key][nameHash][first.resource];
                emit DNSRecordDeleted(node, version, data[offset:first.nameEnd], first.resource);
            } else {
                _rrsets[key][nameHash][first.resource] = data[offset:end];
                emit DNSRecordChanged(node, version, data[offset:first.nameEnd], first.resource, data[offset:end]);
            }
            offset = end;
        }
    }

    // ── reads (empty once the name does not resolve) ───────────────────────────────────────────────────────────

    /// @notice The Ethereum address of `node` (ENS `addr(bytes32)`).
    function addr(bytes32 node) external view returns (address payable) {
        bytes memory a = addr(node, _COIN_ETH);
        return a.length == 0 ? payable(address(0)) : payable(address(bytes20(a)));
    }

    /// @notice The address of `node` on chain `coinType` (ENS `addr(bytes32,uint256)`).
    function addr(bytes32 node, uint256 coinType) public view returns (bytes memory) {
        (bool resolvable, uint32 version) = registry.resolvableVersion(node);
        if (!resolvable) return "";
        return _addresses[_key(node, version)][coinType];
    }

    /// @notice Text record `key` of `node` (ENS `text`).
    function text(bytes32 node, string calldata key) external view returns (string memory) {
        (bool resolvable, uint32 version) = registry.resolvableVersion(node);
        if (!resolvable) return "";
        return _texts[_key(node, version)][key];
    }

    /// @notice The RRset of `node` for keccak256 of the DNS-encoded owner `name` and type `resource` (EIP-1185).
    function dnsRecord(bytes32 node, bytes32 name, uint16 resource) external view returns (bytes memory) {
        (bool resolvable, uint32 version) = registry.resolvableVersion(node);
        if (!resolvable) return "";
        return _rrsets[_key(node, version)][name][resource];
    }

    /// @notice ERC-165: ENS addr, multicoin addr, text and DNS record profiles.
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return interfaceId == 0x3b3b57de // addr(bytes32)
            || interfaceId == 0xf1cb7e06 // addr(bytes32,uint256)
            || interfaceId == 0x59d1d43c // text(bytes32,string)
            || interfaceId == 0xa8fa5682 // dnsRecord(bytes32,bytes32,uint16)
            || super.supportsInterface(interfaceId);
    }

    // ── internals ──────────────────────────────────────────────────────────────────────────────────────────────

    function _setAddr(bytes32 node, uint256 coinType, bytes memory a) private {
        uint32 version = registry.authorise(node, msg.sender);
        _addresses[_key(node, version)][coinType] = a;
        emit AddressChanged(node, version, coinType, a);
    }

    function _checkRdata(DnsWire.Record memory r, uint256 offset) private pure {
        if (r.rdataLength == 0) return;
        if ((r.resource == _TYPE_A && r.rdataLength != 4) || (r.resource == _TYPE_AAAA && r.rdataLength != 16)) {
            revert NamesResolverInvalidRdata(offset, r.resource, r.rdataLength);
        }
    }

    function _key(bytes32 node, uint32 version) private pure returns (bytes32) {
        return keccak256(abi.encode(node, version));
    }
}

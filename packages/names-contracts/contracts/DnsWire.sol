// SPDX-License-Identifier: AGPL-3.0-or-later
pragma solidity 0.8.37;

/// @title DnsWire
/// @notice Reads DNS wire-format resource records (RFC 1035 §4.1.3) from calldata, checking they belong to a zone.
/// @dev Owner names must be uncompressed (no pointers), have no upper-case ASCII (one spelling, one key), have at
///      most 32 labels, and be equal to or below the zone whose EIP-137 namehash is given, so a holder can only
///      publish records inside their own name.
library DnsWire {
    uint256 private constant _MAX_LABELS = 32;
    uint16 private constant _CLASS_IN = 1;

    /// @notice Thrown when the record data ends early or a name is malformed, at byte `offset`.
    error DnsWireMalformed(uint256 offset);
    /// @notice Thrown when the owner name of the record at `offset` is not inside the zone being written.
    error DnsWireOutsideZone(uint256 offset);
    /// @notice Thrown when the record at `offset` has a class other than IN.
    error DnsWireUnsupportedClass(uint256 offset, uint16 class);

    /// @notice One resource record's position in the data.
    /// @param start First byte of the owner name.
    /// @param nameEnd First byte after the owner name.
    /// @param end First byte after the record.
    /// @param resource The record type (1 = A, 28 = AAAA, ...).
    /// @param rdataLength Length of the record data; 0 asks for the RRset to be deleted.
    struct Record {
        uint256 start;
        uint256 nameEnd;
        uint256 end;
        uint16 resource;
        uint256 rdataLength;
    }

    /// @notice Reads the record starting at `offset` and checks its owner name lies in `zone`.
    function read(bytes calldata data, uint256 offset, bytes32 zone) internal pure returns (Record memory r) {
        r.start = offset;
        r.nameEnd = _nameEnd(data, offset);
        (, bool inZone) = _namehash(data, offset, zone);
        if (!inZone) revert DnsWireOutsideZone(offset);
        uint256 fixedEnd = r.nameEnd + 10;
        if (fixedEnd > data.length) revert DnsWireMalformed(r.nameEnd);
        r.resource = uint16(bytes2(data[r.nameEnd:r.nameEnd + 2]));
        uint16 class = uint16(bytes2(data[r.nameEnd + 2:r.nameEnd + 4]));
        if (class != _CLASS_IN) revert DnsWireUnsupportedClass(offset, class);
        r.rdataLength = uint16(bytes2(data[r.nameEnd + 8:fixedEnd]));
        r.end = fixedEnd + r.rdataLength;
        if (r.end > data.length) revert DnsWireMalformed(fixedEnd);
    }

    /// @dev Checks the name's syntax and returns the offset just past it.
    function _nameEnd(bytes calldata data, uint256 offset) private pure returns (uint256 end) {
        end = offset;
        for (uint256 labels;; ++labels) {
            if (end >= data.length || labels > _MAX_LABELS) revert DnsWireMalformed(end);
            uint256 length = uint8(data[end]);
            if (length == 0) return end + 1;
            if (length > 63 || end + 1 + length > data.length) revert DnsWireMalformed(end);
            for (uint256 i = end + 1; i <= end + length; ++i) {
                bytes1 c = data[i];
                if (c >= "A" && c <= "Z") revert DnsWireMalformed(i);
            }
            end += 1 + length;
        }
    }

    /// @dev Namehash of the (already validated) name at `offset`, and whether it or a suffix hashes to `zone`.
    ///      Recursion depth is bounded by the label limit checked in {_nameEnd}.
    function _namehash(bytes calldata data, uint256 offset, bytes32 zone) private pure returns (bytes32, bool) {
        uint256 length = uint8(data[offset]);
        if (length == 0) return (bytes32(0), zone == bytes32(0));
        (bytes32 parent, bool found) = _namehash(data, offset + 1 + length, zone);
        bytes32 hash = keccak256(abi.encodePacked(parent, keccak256(data[offset + 1:offset + 1 + length])));
        return (hash, found || hash == zone);
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
pragma solidity 0.8.37;

/// @title LabelRules
/// @notice The one definition of a valid label, shared by every contract that accepts one.
/// @dev A label is lower-case LDH (RFC 952/1123 "letters, digits, hyphen"): 1–63 bytes of `a-z`, `0-9` and `-`,
///      no hyphen first or last, and no `--` in positions 3–4 unless it starts with `xn--` (RFC 5891 reserves
///      other "R-LDH" labels). Upper case is refused rather than folded so a label has exactly one spelling and
///      one labelhash; clients normalise before they hash.
library LabelRules {
    /// @notice Thrown when `label` is not a lower-case LDH label of 1–63 bytes.
    /// @param label The rejected label.
    error LabelInvalid(string label);

    /// @notice Reverts with {LabelInvalid} unless `label` is valid.
    function requireValid(string calldata label) internal pure {
        if (!isValid(bytes(label))) revert LabelInvalid(label);
    }

    /// @notice Whether `label` is a lower-case LDH label of 1–63 bytes.
    function isValid(bytes memory label) internal pure returns (bool) {
        uint256 length = label.length;
        if (length == 0 || length > 63) return false;
        if (label[0] == "-" || label[length - 1] == "-") return false;
        if (length >= 4 && label[2] == "-" && label[3] == "-" && !(label[0] == "x" && label[1] == "n")) return false;
        for (uint256 i; i < length; ++i) {
            bytes1 c = label[i];
            if (!((c >= "a" && c <= "z") || (c >= "0" && c <= "9") || c == "-")) return false;
        }
        return true;
    }
}

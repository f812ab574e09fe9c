// SPDX-License-Identifier: AGPL-3.0-or-later
pragma solidity 0.8.37;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title NamesTimelock
/// @notice OpenZeppelin's TimelockController, unchanged: every governance action waits `minDelay` in public.
/// @dev The council is its only proposer, canceller and executor; the deployer's temporary admin role is renounced
///      at the end of deployment, so afterwards only the timelock itself (through a council proposal) can change
///      its roles or delay.
contract NamesTimelock is TimelockController {
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}

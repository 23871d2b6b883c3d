// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// EIP-1559 style update: fee × (1 ± min(|used − target|, target) / target / 8), so one
/// epoch moves the fee by at most 12.5%; never below the floor, never zero.
library BaseFee {
    function next(uint256 fee, uint256 used, uint256 target, uint256 floor) internal pure returns (uint256 updated) {
        if (used > target) {
            uint256 excess = used - target > target ? target : used - target;
            updated = fee + fee * excess / target / 8;
        } else {
            uint256 shortfall = target - used;
            updated = fee - fee * shortfall / target / 8;
        }
        if (updated < floor) updated = floor;
        if (updated == 0) updated = 1;
    }
}

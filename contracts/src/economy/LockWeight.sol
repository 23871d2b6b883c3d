// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {EconomyTypes} from "./EconomyTypes.sol";

/// Lock weight: amount × (1 + maxBoost × (lock / maxLock)^k). With k ≥ 2 long locks earn
/// disproportionately more (a power law, not linear). Rounds down at each fixed-point step;
/// economy/ mirrors the exact same order of operations.
library LockWeight {
    uint256 internal constant ONE = 1e18;

    function weight(uint256 amount, uint256 lockDuration, uint256 maxLock, uint256 exponent, uint256 maxBoostBps)
        internal
        pure
        returns (uint256)
    {
        uint256 ratio = lockDuration * ONE / maxLock;
        uint256 power = ONE;
        for (uint256 i = 0; i < exponent; i++) {
            power = power * ratio / ONE;
        }
        return amount + amount * maxBoostBps * power / (EconomyTypes.BPS * ONE);
    }
}

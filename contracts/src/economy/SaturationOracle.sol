// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {EconomyParameters} from "./EconomyParameters.sol";
import {EconomyTypes} from "./EconomyTypes.sol";
import {ParameterKeys as K} from "./ParameterKeys.sol";

/// Saturation per datum per 15-minute window = download demand / upload capacity, reported
/// by the authorised reporter. Surge multiplies the download price once saturation passes 1:
/// surge = 1 + slope × (saturation − 1), capped. A datum with no capacity counts as capacity 1.
contract SaturationOracle is AccessControl {
    error LengthMismatch();
    error WindowInFuture(uint256 window, uint256 currentWindow);
    error StaleWindow(bytes32 datumId, uint256 window, uint256 latestWindow);

    event SaturationSampled(
        bytes32 indexed datumId,
        uint256 indexed window,
        uint256 demand,
        uint256 capacity,
        uint256 saturationBps,
        uint256 surgeBps
    );

    struct Sample {
        uint256 window;
        uint256 saturationBps;
        uint256 surgeBps;
        bool exists;
    }

    bytes32 public constant REPORTER_ROLE = keccak256("REPORTER_ROLE");

    EconomyParameters public immutable params;
    mapping(bytes32 datumId => Sample) public latest;

    constructor(address admin, EconomyParameters params_) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        params = params_;
    }

    function currentWindow() public view returns (uint256) {
        return block.timestamp / EconomyTypes.WINDOW_LENGTH;
    }

    function surgeBpsFor(uint256 saturationBps) public view returns (uint256) {
        if (saturationBps <= EconomyTypes.BPS) return EconomyTypes.BPS;
        uint256 surge = EconomyTypes.BPS + (saturationBps - EconomyTypes.BPS) * params.get(K.SURGE_SLOPE_BPS) / EconomyTypes.BPS;
        uint256 cap = params.get(K.SURGE_CAP_BPS);
        return surge < cap ? surge : cap;
    }

    /// The surge of the datum's latest sample (1× when never sampled).
    function surgeOf(bytes32 datumId) external view returns (uint256) {
        Sample storage s = latest[datumId];
        return s.exists ? s.surgeBps : EconomyTypes.BPS;
    }

    function report(uint256 window, bytes32[] calldata datumIds, uint256[] calldata demand, uint256[] calldata capacity)
        external
        onlyRole(REPORTER_ROLE)
    {
        if (datumIds.length != demand.length || demand.length != capacity.length) revert LengthMismatch();
        uint256 nowWindow = currentWindow();
        if (window > nowWindow) revert WindowInFuture(window, nowWindow);
        for (uint256 i = 0; i < datumIds.length; i++) {
            _record(datumIds[i], window, demand[i], capacity[i]);
        }
    }

    function _record(bytes32 datumId, uint256 window, uint256 demand, uint256 capacity) private {
        Sample storage last = latest[datumId];
        if (last.exists && window <= last.window) revert StaleWindow(datumId, window, last.window);
        uint256 saturationBps = demand * EconomyTypes.BPS / (capacity == 0 ? 1 : capacity);
        uint256 surgeBps = surgeBpsFor(saturationBps);
        latest[datumId] = Sample(window, saturationBps, surgeBps, true);
        emit SaturationSampled(datumId, window, demand, capacity, saturationBps, surgeBps);
    }
}

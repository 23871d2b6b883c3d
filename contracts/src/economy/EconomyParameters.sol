// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ParameterKeys as K} from "./ParameterKeys.sol";
import {EconomyTypes} from "./EconomyTypes.sol";

/// Single home of every governed parameter. Before activation the bootstrap admin tunes
/// them; once distributed supply passes the threshold anyone may activate governance, after
/// which only the timelock can change them. Every change emits one ParameterChanged.
contract EconomyParameters {
    error NotGovernance(address caller);
    error UnknownParameter(bytes32 key);
    error ParameterOutOfRange(bytes32 key, uint256 value);
    error SplitMustSumToWhole(bytes32 group, uint256 sum);
    error LengthMismatch(uint256 keys, uint256 values);
    error ZeroAddress();
    error GovernanceAlreadyActive();
    error DistributionBelowThreshold(uint256 distributed, uint256 threshold);

    event ParameterChanged(bytes32 indexed key, uint256 oldValue, uint256 newValue, address indexed by);
    event GovernanceActivated(address indexed governance, uint256 distributedSupply, uint256 threshold);

    IERC20 public immutable token;
    address public immutable companyReserve;
    address public immutable timelock;
    uint256 public immutable activationThreshold;
    uint256 public immutable genesis;

    address public governance;
    bool public governanceActive;
    mapping(bytes32 => uint256) private values;
    mapping(bytes32 => bool) private known;

    constructor(
        address admin,
        IERC20 token_,
        address companyReserve_,
        address timelock_,
        uint256 activationThreshold_,
        bytes32[] memory keys,
        uint256[] memory initial
    ) {
        if (admin == address(0) || address(token_) == address(0)) revert ZeroAddress();
        if (companyReserve_ == address(0) || timelock_ == address(0)) revert ZeroAddress();
        governance = admin;
        token = token_;
        companyReserve = companyReserve_;
        timelock = timelock_;
        activationThreshold = activationThreshold_;
        genesis = block.timestamp;
        for (uint256 i = 0; i < keys.length; i++) known[keys[i]] = true;
        _setMany(keys, initial);
    }

    function get(bytes32 key) external view returns (uint256) {
        if (!known[key]) revert UnknownParameter(key);
        return values[key];
    }

    /// Epochs are whole days since deployment.
    function currentEpoch() public view returns (uint256) {
        return (block.timestamp - genesis) / EconomyTypes.EPOCH_LENGTH;
    }

    /// Supply outside the company reserve: what the community holds.
    function distributedSupply() public view returns (uint256) {
        return token.totalSupply() - token.balanceOf(companyReserve);
    }

    function setParameters(bytes32[] calldata keys, uint256[] calldata newValues) external {
        if (msg.sender != governance) revert NotGovernance(msg.sender);
        for (uint256 i = 0; i < keys.length; i++) {
            if (!known[keys[i]]) revert UnknownParameter(keys[i]);
        }
        _setMany(keys, newValues);
    }

    function activateGovernance() external {
        if (governanceActive) revert GovernanceAlreadyActive();
        uint256 distributed = distributedSupply();
        if (distributed < activationThreshold) revert DistributionBelowThreshold(distributed, activationThreshold);
        governanceActive = true;
        governance = timelock;
        emit GovernanceActivated(timelock, distributed, activationThreshold);
    }

    function _setMany(bytes32[] memory keys, uint256[] memory newValues) private {
        if (keys.length != newValues.length) revert LengthMismatch(keys.length, newValues.length);
        for (uint256 i = 0; i < keys.length; i++) {
            _checkRange(keys[i], newValues[i]);
            uint256 old = values[keys[i]];
            values[keys[i]] = newValues[i];
            emit ParameterChanged(keys[i], old, newValues[i], msg.sender);
        }
        _checkSum("FEE_SPLIT", values[K.FEE_COMPANY_BPS] + values[K.FEE_COMMUNITY_BPS] + values[K.FEE_STAKERS_BPS]);
        _checkSum(
            "ROYALTY_SPLIT",
            values[K.ROYALTY_CREATOR_BPS] + values[K.ROYALTY_DATASET_BPS] + values[K.ROYALTY_FINETUNER_BPS]
                + values[K.ROYALTY_COMMUNITY_BPS]
        );
    }

    function _checkSum(bytes32 group, uint256 sum) private pure {
        if (sum != EconomyTypes.BPS) revert SplitMustSumToWhole(group, sum);
    }

    function _checkRange(bytes32 key, uint256 value) private pure {
        bool ok = true;
        if (_isBps(key)) ok = value <= EconomyTypes.BPS;
        else if (key == K.LOCK_WEIGHT_EXPONENT) ok = value >= 1 && value <= 4;
        else if (key == K.SURGE_CAP_BPS) ok = value >= EconomyTypes.BPS && value <= 10 * EconomyTypes.BPS;
        else if (key == K.MAX_LOCK_BOOST_BPS) ok = value <= 10 * EconomyTypes.BPS;
        else if (key == K.MAX_LOCK_DURATION) ok = value >= 1 days && value <= 4 * 365 days;
        else if (key == K.TARGET_GENERATIONS || key == K.STABLE_PRICE) ok = value > 0;
        if (!ok) revert ParameterOutOfRange(key, value);
    }

    function _isBps(bytes32 key) private pure returns (bool) {
        return key == K.FEE_COMPANY_BPS || key == K.FEE_COMMUNITY_BPS || key == K.FEE_STAKERS_BPS
            || key == K.DIVERSIFY_BPS || key == K.GEN_REWARD_DECAY_BPS || key == K.ROYALTY_BPS
            || key == K.ROYALTY_CREATOR_BPS || key == K.ROYALTY_DATASET_BPS || key == K.ROYALTY_FINETUNER_BPS
            || key == K.ROYALTY_COMMUNITY_BPS || key == K.HOST_INFLATION_BPS || key == K.SLASH_BPS
            || key == K.SLASH_BURN_BPS || key == K.HOT_BOOST_BPS || key == K.GEO_BOOST_BPS
            || key == K.SURGE_SLOPE_BPS;
    }
}

// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {CommunityToken} from "../token/CommunityToken.sol";
import {EconomyParameters} from "./EconomyParameters.sol";
import {EconomyTypes} from "./EconomyTypes.sol";
import {ParameterKeys as K} from "./ParameterKeys.sol";
import {Treasury} from "./Treasury.sol";

/// Pays generation and share rewards, first out of the company reserve and, once that runs
/// dry, out of the community treasury; mints hosting rewards from inflation. Every payment
/// emits Emission with its kind, source and epoch.
contract EmissionSchedule is AccessControl {
    error ZeroAddress();

    event Emission(
        address indexed recipient,
        EconomyTypes.EmissionKind indexed kind,
        EconomyTypes.EmissionSource indexed source,
        uint256 amount,
        uint256 epoch
    );

    bytes32 public constant REWARDER_ROLE = keccak256("REWARDER_ROLE");

    CommunityToken public immutable token;
    EconomyParameters public immutable params;
    Treasury public immutable companyReserve;
    Treasury public immutable communityTreasury;

    constructor(address admin, CommunityToken token_, EconomyParameters params_, Treasury company, Treasury community) {
        if (admin == address(0) || address(company) == address(0) || address(community) == address(0)) {
            revert ZeroAddress();
        }
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        token = token_;
        params = params_;
        companyReserve = company;
        communityTreasury = community;
    }

    /// r_e = r0 · (1 − decay)^e, rounding down after each epoch's step.
    function rewardPerGeneration(uint256 epoch) public view returns (uint256 reward) {
        reward = params.get(K.GEN_REWARD_INITIAL);
        uint256 keep = EconomyTypes.BPS - params.get(K.GEN_REWARD_DECAY_BPS);
        if (keep == EconomyTypes.BPS) return reward;
        for (uint256 e = 0; e < epoch && reward > 0; e++) {
            reward = reward * keep / EconomyTypes.BPS;
        }
    }

    function rewardGenerations(address creator, uint256 count) external onlyRole(REWARDER_ROLE) returns (uint256) {
        uint256 epoch = params.currentEpoch();
        return _payFromReserves(creator, rewardPerGeneration(epoch) * count, EconomyTypes.EmissionKind.Generation, epoch);
    }

    function rewardShare(address sharer) external onlyRole(REWARDER_ROLE) returns (uint256) {
        return _payFromReserves(sharer, params.get(K.SHARE_REWARD), EconomyTypes.EmissionKind.Share, params.currentEpoch());
    }

    function mintHostingReward(address node, uint256 amount, uint256 epoch) external onlyRole(REWARDER_ROLE) {
        token.mint(node, amount);
        emit Emission(node, EconomyTypes.EmissionKind.Hosting, EconomyTypes.EmissionSource.Inflation, amount, epoch);
    }

    function _payFromReserves(address to, uint256 amount, EconomyTypes.EmissionKind kind, uint256 epoch)
        private
        returns (uint256 paid)
    {
        if (to == address(0)) revert ZeroAddress();
        paid = _payFrom(companyReserve, EconomyTypes.EmissionSource.CompanyReserve, to, amount, kind, epoch);
        paid += _payFrom(communityTreasury, EconomyTypes.EmissionSource.CommunityTreasury, to, amount - paid, kind, epoch);
    }

    function _payFrom(
        Treasury stock,
        EconomyTypes.EmissionSource source,
        address to,
        uint256 wanted,
        EconomyTypes.EmissionKind kind,
        uint256 epoch
    ) private returns (uint256 amount) {
        uint256 available = IERC20(address(token)).balanceOf(address(stock));
        amount = wanted < available ? wanted : available;
        if (amount == 0) return 0;
        stock.withdraw(IERC20(address(token)), to, amount, EconomyTypes.Flow.EmissionFunding);
        emit Emission(to, kind, source, amount, epoch);
    }
}

// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {BaseFee} from "./BaseFee.sol";
import {EconomyParameters} from "./EconomyParameters.sol";
import {EconomyTypes} from "./EconomyTypes.sol";
import {EmissionSchedule} from "./EmissionSchedule.sol";
import {ParameterKeys as K} from "./ParameterKeys.sol";
import {StableReserve} from "./StableReserve.sol";
import {StakingVault} from "./StakingVault.sol";
import {Treasury} from "./Treasury.sol";

/// Collects every fee and splits it company / community / stakers by governed basis points;
/// a governed share of the community part is diversified into the stable reserve. The
/// generation fee floats EIP-1559 style: once per epoch it moves by utilisation against a
/// target, at most ±12.5%, never below the governed GENERATION_FEE.
contract FeeRouter is AccessControl {
    using SafeERC20 for IERC20;

    error ZeroAmount();
    error ZeroAddress();

    event FeeCollected(
        EconomyTypes.FeeKind indexed kind,
        address indexed payer,
        uint256 quantity,
        uint256 amount,
        uint256 companyPart,
        uint256 communityPart,
        uint256 stakerPart,
        uint256 stablePart,
        uint256 epoch
    );
    event BaseFeeUpdated(uint256 indexed epoch, uint256 oldFee, uint256 newFee, uint256 used, uint256 target);

    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");
    bytes32 public constant COLLECTOR_ROLE = keccak256("COLLECTOR_ROLE");

    struct Sinks {
        Treasury companyReserve;
        Treasury communityTreasury;
        StakingVault vault;
        StableReserve stableReserve;
        EmissionSchedule emission;
    }

    IERC20 public immutable token;
    EconomyParameters public immutable params;
    Sinks private sinks;

    uint256 private storedBaseFee;
    uint256 public currentEpoch;
    uint256 public generationsThisEpoch;

    constructor(address admin, IERC20 token_, EconomyParameters params_, Sinks memory sinks_) {
        if (admin == address(0) || address(token_) == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        token = token_;
        params = params_;
        sinks = sinks_;
        storedBaseFee = params_.get(K.GENERATION_FEE);
        currentEpoch = params_.currentEpoch();
        token_.forceApprove(address(sinks_.companyReserve), type(uint256).max);
        token_.forceApprove(address(sinks_.communityTreasury), type(uint256).max);
        token_.forceApprove(address(sinks_.vault), type(uint256).max);
        token_.forceApprove(address(sinks_.stableReserve), type(uint256).max);
    }

    /// The fee one generation costs now (the floor applies at once when governance raises it).
    function baseFee() public view returns (uint256) {
        uint256 floor = params.get(K.GENERATION_FEE);
        return storedBaseFee > floor ? storedBaseFee : floor;
    }

    /// Settles a batch of generations by one creator: charges the fee, pays the reward.
    function settleGenerations(address creator, uint256 count) external onlyRole(OPERATOR_ROLE) {
        if (count == 0) revert ZeroAmount();
        rollEpoch();
        generationsThisEpoch += count;
        _collect(EconomyTypes.FeeKind.Generation, creator, count, baseFee() * count);
        sinks.emission.rewardGenerations(creator, count);
    }

    /// Fees charged by other modules (NFT mints, downloads).
    function collect(EconomyTypes.FeeKind kind, address payer, uint256 quantity, uint256 amount)
        external
        onlyRole(COLLECTOR_ROLE)
    {
        _collect(kind, payer, quantity, amount);
    }

    /// Applies one base-fee update per elapsed epoch. Anyone may call it.
    function rollEpoch() public {
        uint256 epoch = params.currentEpoch();
        while (currentEpoch < epoch) {
            uint256 target = params.get(K.TARGET_GENERATIONS);
            uint256 oldFee = baseFee();
            uint256 newFee = BaseFee.next(oldFee, generationsThisEpoch, target, params.get(K.GENERATION_FEE));
            currentEpoch += 1;
            emit BaseFeeUpdated(currentEpoch, oldFee, newFee, generationsThisEpoch, target);
            storedBaseFee = newFee;
            generationsThisEpoch = 0;
        }
    }

    function _collect(EconomyTypes.FeeKind kind, address payer, uint256 quantity, uint256 amount) private {
        if (amount == 0) revert ZeroAmount();
        if (payer == address(0)) revert ZeroAddress();
        token.safeTransferFrom(payer, address(this), amount);
        uint256 company = amount * params.get(K.FEE_COMPANY_BPS) / EconomyTypes.BPS;
        uint256 stakers = amount * params.get(K.FEE_STAKERS_BPS) / EconomyTypes.BPS;
        uint256 community = amount - company - stakers; // remainder, so the parts always sum to the fee
        uint256 stable = community * params.get(K.DIVERSIFY_BPS) / EconomyTypes.BPS;
        // A share too small to buy one stable base unit stays with the treasury: selling it
        // would revert the whole fee (StableReserve refuses a zero-stable trade).
        if (stable * params.get(K.STABLE_PRICE) / 1e18 == 0) stable = 0;
        if (company > 0) sinks.companyReserve.deposit(token, payer, company, EconomyTypes.Flow.Fee);
        if (community - stable > 0) {
            sinks.communityTreasury.deposit(token, payer, community - stable, EconomyTypes.Flow.Fee);
        }
        if (stakers > 0) sinks.vault.notifyReward(stakers);
        if (stable > 0) sinks.stableReserve.diversify(payer, stable);
        emit FeeCollected(kind, payer, quantity, amount, company, community - stable, stakers, stable, params.currentEpoch());
    }
}

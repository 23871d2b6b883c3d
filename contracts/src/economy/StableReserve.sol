// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {EconomyParameters} from "./EconomyParameters.sol";
import {EconomyTypes} from "./EconomyTypes.sol";
import {ParameterKeys as K} from "./ParameterKeys.sol";
import {Treasury} from "./Treasury.sol";

/// The stable reserve: holds the stablecoin bought with the diversified share of fees and
/// spends it on buybacks that burn tokens. Trades settle against a liquidity provider at
/// the governed STABLE_PRICE (stable units per whole token), standing in for a DEX pool.
contract StableReserve is Treasury {
    using SafeERC20 for IERC20;

    event Diversified(uint256 tokensIn, uint256 stableOut, uint256 price);
    event Buyback(uint256 stableSpent, uint256 tokensBurned, uint256 price);

    IERC20 public immutable token;
    IERC20 public immutable stable;
    EconomyParameters public immutable params;
    address public immutable liquidityProvider;

    constructor(address admin, IERC20 token_, IERC20 stable_, EconomyParameters params_, address liquidityProvider_)
        Treasury("STABLE_RESERVE", admin)
    {
        if (address(token_) == address(0) || address(stable_) == address(0)) revert ZeroAddress();
        if (address(params_) == address(0) || liquidityProvider_ == address(0)) revert ZeroAddress();
        token = token_;
        stable = stable_;
        params = params_;
        liquidityProvider = liquidityProvider_;
    }

    /// Sells `tokensIn` (pulled from the caller, a fee module) for stable at the governed price.
    function diversify(address payer, uint256 tokensIn) external onlyRole(DEPOSITOR_ROLE) returns (uint256) {
        uint256 price = params.get(K.STABLE_PRICE);
        uint256 stableOut = tokensIn * price / 1e18;
        if (stableOut == 0) revert ZeroAmount();
        token.safeTransferFrom(msg.sender, liquidityProvider, tokensIn);
        _pullIn(stable, liquidityProvider, payer, stableOut, EconomyTypes.Flow.Diversification);
        emit Diversified(tokensIn, stableOut, price);
        return stableOut;
    }

    /// Spends stable on tokens from the liquidity provider and burns them.
    function buyback(uint256 stableAmount) external onlyRole(SPENDER_ROLE) returns (uint256 tokensBurned) {
        uint256 price = params.get(K.STABLE_PRICE);
        tokensBurned = stableAmount * 1e18 / price;
        if (tokensBurned == 0) revert ZeroAmount();
        _payOut(stable, liquidityProvider, stableAmount, EconomyTypes.Flow.Buyback);
        token.safeTransferFrom(liquidityProvider, address(this), tokensBurned);
        ERC20Burnable(address(token)).burn(tokensBurned);
        emit Buyback(stableAmount, tokensBurned, price);
    }
}

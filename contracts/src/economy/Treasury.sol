// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EconomyTypes} from "./EconomyTypes.sol";

/// A stock of the economy (company reserve, community treasury). Every token that enters or
/// leaves goes through deposit/withdraw and emits Inflow/Outflow with its reason, so a
/// stock's balance always equals the sum of its flows. Tokens sent directly are picked up
/// by recordDonations.
contract Treasury is AccessControl {
    using SafeERC20 for IERC20;

    error ZeroAddress();
    error ZeroAmount();
    error NothingToRecord(address asset);
    error InsufficientBalance(address asset, uint256 available, uint256 amount);

    event Inflow(address indexed asset, address indexed from, uint256 amount, EconomyTypes.Flow indexed flow);
    event Outflow(address indexed asset, address indexed to, uint256 amount, EconomyTypes.Flow indexed flow);

    bytes32 public constant DEPOSITOR_ROLE = keccak256("DEPOSITOR_ROLE");
    bytes32 public constant SPENDER_ROLE = keccak256("SPENDER_ROLE");

    /// Which stock this is, as ASCII ("COMPANY_RESERVE", "COMMUNITY_TREASURY", "STABLE_RESERVE").
    bytes32 public immutable stock;
    /// Balance explained by recorded flows, per asset.
    mapping(address asset => uint256) public accounted;

    constructor(bytes32 stock_, address admin) {
        if (admin == address(0)) revert ZeroAddress();
        stock = stock_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// Pulls `amount` of `asset` from the caller; `from` names who paid it economically.
    function deposit(IERC20 asset, address from, uint256 amount, EconomyTypes.Flow flow)
        external
        onlyRole(DEPOSITOR_ROLE)
    {
        _pullIn(asset, msg.sender, from, amount, flow);
    }

    function withdraw(IERC20 asset, address to, uint256 amount, EconomyTypes.Flow flow)
        external
        onlyRole(SPENDER_ROLE)
    {
        _payOut(asset, to, amount, flow);
    }

    /// Records tokens that arrived by plain transfer, so the flows keep explaining the balance.
    function recordDonations(IERC20 asset) external {
        if (_recordDonations(asset) == 0) revert NothingToRecord(address(asset));
    }

    function _recordDonations(IERC20 asset) private returns (uint256 unrecorded) {
        unrecorded = asset.balanceOf(address(this)) - accounted[address(asset)];
        if (unrecorded == 0) return 0;
        accounted[address(asset)] += unrecorded;
        emit Inflow(address(asset), address(0), unrecorded, EconomyTypes.Flow.Donation);
    }

    function _pullIn(IERC20 asset, address payer, address from, uint256 amount, EconomyTypes.Flow flow) internal {
        if (amount == 0) revert ZeroAmount();
        if (address(asset) == address(0)) revert ZeroAddress();
        asset.safeTransferFrom(payer, address(this), amount);
        accounted[address(asset)] += amount;
        emit Inflow(address(asset), from, amount, flow);
    }

    function _payOut(IERC20 asset, address to, uint256 amount, EconomyTypes.Flow flow) internal {
        if (amount == 0) revert ZeroAmount();
        if (to == address(0)) revert ZeroAddress();
        // Spenders size payments by balance (EmissionSchedule pays "what is there"), which
        // includes unrecorded transfers: record them first instead of underflowing.
        uint256 available = accounted[address(asset)];
        if (amount > available) available += _recordDonations(asset);
        if (amount > available) revert InsufficientBalance(address(asset), available, amount);
        accounted[address(asset)] = available - amount;
        asset.safeTransfer(to, amount);
        emit Outflow(address(asset), to, amount, flow);
    }
}

// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EconomyParameters} from "./EconomyParameters.sol";
import {EconomyTypes} from "./EconomyTypes.sol";
import {LockWeight} from "./LockWeight.sol";
import {ParameterKeys as K} from "./ParameterKeys.sol";
import {Treasury} from "./Treasury.sol";

/// Stakes with lockups. The stakers' share of fees is paid pro rata to position weight,
/// which grows with lock length by a power law (LockWeight). Stakes gate downloads and
/// hosting and can be slashed, part to the community treasury and part burned.
contract StakingVault is AccessControl {
    using SafeERC20 for IERC20;

    error ZeroAmount();
    error LockTooLong(uint256 duration, uint256 maxDuration);
    error LockNotExpired(uint256 positionId, uint256 lockEnd);
    error PositionClosed(uint256 positionId);
    error NotPositionOwner(uint256 positionId, address caller);
    error NothingToClaim(uint256 positionId);
    error UnknownPosition(uint256 positionId);

    event Staked(uint256 indexed positionId, address indexed owner, uint256 amount, uint256 lockEnd, uint256 weight);
    event Unstaked(uint256 indexed positionId, address indexed owner, uint256 amount);
    event RewardNotified(uint256 amount, uint256 totalWeight, uint256 accRewardPerWeight);
    event RewardClaimed(uint256 indexed positionId, address indexed owner, uint256 amount);
    event Slashed(
        uint256 indexed positionId,
        address indexed owner,
        uint256 amount,
        uint256 toTreasury,
        uint256 burned,
        EconomyTypes.SlashReason reason
    );

    struct Position {
        address owner;
        uint256 amount;
        uint256 weight;
        uint64 lockEnd;
        bool closed;
        uint256 rewardDebt;
        uint256 owed;
    }

    bytes32 public constant NOTIFIER_ROLE = keccak256("NOTIFIER_ROLE");
    bytes32 public constant SLASHER_ROLE = keccak256("SLASHER_ROLE");
    uint256 private constant ACC = 1e18;

    IERC20 public immutable token;
    EconomyParameters public immutable params;
    Treasury public immutable communityTreasury;

    Position[] private positions;
    uint256 public totalWeight;
    uint256 public accRewardPerWeight;
    /// Rewards that arrived while nobody staked, handed out with the next notification.
    uint256 public undistributed;
    mapping(address owner => uint256) public activeStakeOf;

    constructor(address admin, IERC20 token_, EconomyParameters params_, Treasury communityTreasury_) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        token = token_;
        params = params_;
        communityTreasury = communityTreasury_;
        token_.forceApprove(address(communityTreasury_), type(uint256).max);
    }

    function positionCount() external view returns (uint256) {
        return positions.length;
    }

    function position(uint256 id) external view returns (Position memory) {
        return _position(id);
    }

    function stake(uint256 amount, uint256 lockDuration) external returns (uint256 id) {
        if (amount == 0) revert ZeroAmount();
        uint256 maxLock = params.get(K.MAX_LOCK_DURATION);
        if (lockDuration > maxLock) revert LockTooLong(lockDuration, maxLock);
        uint256 weight = LockWeight.weight(
            amount, lockDuration, maxLock, params.get(K.LOCK_WEIGHT_EXPONENT), params.get(K.MAX_LOCK_BOOST_BPS)
        );
        token.safeTransferFrom(msg.sender, address(this), amount);
        id = positions.length;
        uint64 lockEnd = uint64(block.timestamp + lockDuration);
        positions.push(Position(msg.sender, amount, weight, lockEnd, false, weight * accRewardPerWeight / ACC, 0));
        totalWeight += weight;
        activeStakeOf[msg.sender] += amount;
        emit Staked(id, msg.sender, amount, lockEnd, weight);
    }

    function pendingReward(uint256 id) public view returns (uint256) {
        Position storage p = _position(id);
        if (p.closed) return p.owed;
        return p.owed + p.weight * accRewardPerWeight / ACC - p.rewardDebt;
    }

    function claim(uint256 id) external {
        Position storage p = _ownedPosition(id);
        if (_payReward(id, p) == 0) revert NothingToClaim(id);
    }

    function unstake(uint256 id) external {
        Position storage p = _ownedPosition(id);
        if (p.closed) revert PositionClosed(id);
        if (block.timestamp < p.lockEnd) revert LockNotExpired(id, p.lockEnd);
        _payReward(id, p);
        p.closed = true;
        totalWeight -= p.weight;
        activeStakeOf[p.owner] -= p.amount;
        token.safeTransfer(p.owner, p.amount);
        emit Unstaked(id, p.owner, p.amount);
    }

    /// The stakers' share of a fee, pulled from the caller.
    function notifyReward(uint256 amount) external onlyRole(NOTIFIER_ROLE) {
        if (amount == 0) revert ZeroAmount();
        token.safeTransferFrom(msg.sender, address(this), amount);
        uint256 toShare = amount + undistributed;
        if (totalWeight == 0) {
            undistributed = toShare;
        } else {
            uint256 increment = toShare * ACC / totalWeight;
            accRewardPerWeight += increment;
            undistributed = toShare - increment * totalWeight / ACC;
        }
        emit RewardNotified(amount, totalWeight, accRewardPerWeight);
    }

    function slash(uint256 id, EconomyTypes.SlashReason reason) external onlyRole(SLASHER_ROLE) returns (uint256) {
        Position storage p = _position(id);
        if (p.closed) revert PositionClosed(id);
        uint256 amount = p.amount * params.get(K.SLASH_BPS) / EconomyTypes.BPS;
        if (amount == 0) revert ZeroAmount();
        uint256 burned = amount * params.get(K.SLASH_BURN_BPS) / EconomyTypes.BPS;
        uint256 toTreasury = amount - burned;
        // Settle rewards earned at the old weight before the weight shrinks with the stake.
        p.owed = pendingReward(id);
        uint256 newWeight = p.weight * (p.amount - amount) / p.amount;
        totalWeight = totalWeight - p.weight + newWeight;
        p.weight = newWeight;
        p.amount -= amount;
        p.rewardDebt = newWeight * accRewardPerWeight / ACC;
        activeStakeOf[p.owner] -= amount;
        if (burned > 0) ERC20Burnable(address(token)).burn(burned);
        if (toTreasury > 0) communityTreasury.deposit(token, p.owner, toTreasury, EconomyTypes.Flow.Slash);
        emit Slashed(id, p.owner, amount, toTreasury, burned, reason);
        return amount;
    }

    function _payReward(uint256 id, Position storage p) private returns (uint256 amount) {
        amount = pendingReward(id);
        p.owed = 0;
        p.rewardDebt = p.weight * accRewardPerWeight / ACC;
        if (amount > 0) {
            token.safeTransfer(p.owner, amount);
            emit RewardClaimed(id, p.owner, amount);
        }
    }

    function _position(uint256 id) private view returns (Position storage) {
        if (id >= positions.length) revert UnknownPosition(id);
        return positions[id];
    }

    function _ownedPosition(uint256 id) private view returns (Position storage p) {
        p = _position(id);
        if (p.owner != msg.sender) revert NotPositionOwner(id, msg.sender);
    }
}

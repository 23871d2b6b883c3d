import { Address, BigInt, ethereum } from "@graphprotocol/graph-ts";
import {
  RewardClaimed,
  RewardNotified,
  RoleAdminChanged,
  RoleGranted,
  RoleRevoked,
  Slashed,
  Staked,
  Unstaked,
} from "../../generated/StakingVault/StakingVault";
import {
  RewardNotification,
  RewardPayout,
  Slash,
  StakeEvent,
  StakePosition,
} from "../../generated/schema";
import { slashReason } from "../common/codes";
import { BURNED, FEE_PAYERS, STAKERS, STAKING_VAULT, ZERO } from "../common/constants";
import { ratio } from "../common/decimals";
import { addFlowEdge } from "../common/edges";
import { recordRoleAdminChanged, recordRoleGranted, recordRoleRevoked } from "../common/roles";
import {
  recordRewardClaimed,
  recordRewardNotified,
  recordSlash,
  recordStake,
  recordUnstake,
} from "../common/staking-aggregates";
import { getOrCreateStock, recordStockFlow } from "../common/stocks";
import { eventId } from "../common/time";
import { tokenAddress } from "../common/token";

/** Every token that enters or leaves the vault is a flow of the STAKING_VAULT stock. */
function vaultFlow(
  event: ethereum.Event,
  incoming: boolean,
  source: string,
  counterparty: Address,
  amount: BigInt,
): void {
  getOrCreateStock(STAKING_VAULT, event.address, event.block.timestamp);
  recordStockFlow(event, STAKING_VAULT, tokenAddress(), incoming, source, counterparty, amount);
}

function loadPosition(id: BigInt): StakePosition {
  const position = StakePosition.load(id.toString());
  if (position == null) throw new Error("unknown stake position " + id.toString());
  return position;
}

function stakeEvent(
  event: ethereum.Event,
  position: StakePosition,
  kind: string,
  amount: BigInt,
): void {
  const e = new StakeEvent(eventId(event));
  e.position = position.id;
  e.owner = position.owner;
  e.kind = kind;
  e.amount = amount;
  e.timestamp = event.block.timestamp;
  e.txHash = event.transaction.hash;
  e.save();
}

export function handleStaked(event: Staked): void {
  const p = event.params;
  const position = new StakePosition(p.positionId.toString());
  position.owner = p.owner;
  position.amount = p.amount;
  position.initialAmount = p.amount;
  position.weight = p.weight;
  position.lockMultiplier = ratio(p.weight, p.amount);
  position.lockEnd = p.lockEnd;
  position.lockDuration = p.lockEnd.minus(event.block.timestamp);
  position.stakedAt = event.block.timestamp;
  position.closed = false;
  position.claimed = ZERO;
  position.slashed = ZERO;
  position.save();
  stakeEvent(event, position, "STAKE", p.amount);
  recordStake(position, event.block.timestamp);
  vaultFlow(event, true, "STAKE", p.owner, p.amount);
  addFlowEdge(STAKERS, STAKING_VAULT, tokenAddress(), p.amount, event.block.timestamp);
}

export function handleUnstaked(event: Unstaked): void {
  const position = loadPosition(event.params.positionId);
  position.closed = true;
  position.save();
  stakeEvent(event, position, "UNSTAKE", event.params.amount);
  recordUnstake(position, event.block.timestamp);
  vaultFlow(event, false, "UNSTAKE", event.params.owner, event.params.amount);
  addFlowEdge(STAKING_VAULT, STAKERS, tokenAddress(), event.params.amount, event.block.timestamp);
}

export function handleRewardNotified(event: RewardNotified): void {
  const n = new RewardNotification(eventId(event));
  n.amount = event.params.amount;
  n.totalWeight = event.params.totalWeight;
  n.accRewardPerWeight = event.params.accRewardPerWeight;
  n.timestamp = event.block.timestamp;
  n.txHash = event.transaction.hash;
  n.save();
  recordRewardNotified(n.amount, n.accRewardPerWeight, n.timestamp);
  vaultFlow(event, true, "FEE", event.transaction.from, event.params.amount);
  addFlowEdge(
    FEE_PAYERS,
    STAKING_VAULT,
    tokenAddress(),
    event.params.amount,
    event.block.timestamp,
  );
}

export function handleRewardClaimed(event: RewardClaimed): void {
  const position = loadPosition(event.params.positionId);
  position.claimed = position.claimed.plus(event.params.amount);
  position.save();
  const payout = new RewardPayout(eventId(event));
  payout.position = position.id;
  payout.owner = event.params.owner;
  payout.amount = event.params.amount;
  payout.timestamp = event.block.timestamp;
  payout.txHash = event.transaction.hash;
  payout.save();
  recordRewardClaimed(payout.amount, payout.timestamp);
  vaultFlow(event, false, "REWARD_CLAIM", event.params.owner, event.params.amount);
  addFlowEdge(STAKING_VAULT, STAKERS, tokenAddress(), event.params.amount, event.block.timestamp);
}

export function handleSlashed(event: Slashed): void {
  const p = event.params;
  const position = loadPosition(p.positionId);
  // Weight shrinks in proportion to the stake, as in StakingVault.slash.
  const weight = position.weight.times(position.amount.minus(p.amount)).div(position.amount);
  recordSlash(position, p.amount, p.burned, weight, event.block.timestamp);
  position.weight = weight;
  position.amount = position.amount.minus(p.amount);
  position.slashed = position.slashed.plus(p.amount);
  position.save();
  const slash = new Slash(eventId(event));
  slash.position = position.id;
  slash.owner = p.owner;
  slash.amount = p.amount;
  slash.toTreasury = p.toTreasury;
  slash.burned = p.burned;
  slash.reason = slashReason(p.reason);
  slash.timestamp = event.block.timestamp;
  slash.txHash = event.transaction.hash;
  slash.save();
  vaultFlow(event, false, "SLASH", p.owner, p.amount);
  // The treasury's part is drawn by its SLASH inflow; the burned part ends here.
  addFlowEdge(STAKING_VAULT, BURNED, tokenAddress(), p.burned, event.block.timestamp);
}

export function handleRoleGranted(event: RoleGranted): void {
  const p = event.params;
  recordRoleGranted(event, p.role, p.account, p.sender);
}

export function handleRoleRevoked(event: RoleRevoked): void {
  const p = event.params;
  recordRoleRevoked(event, p.role, p.account, p.sender);
}

export function handleRoleAdminChanged(event: RoleAdminChanged): void {
  const p = event.params;
  recordRoleAdminChanged(event, p.role, p.previousAdminRole, p.newAdminRole);
}

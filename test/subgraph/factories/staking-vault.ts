import type { Address } from "viem";
import { type EventMeta, eventLog } from "./log.ts";

export const newStakedEvent = (
  p: { positionId: bigint; owner: Address; amount: bigint; lockEnd: bigint; weight: bigint },
  meta?: EventMeta,
) => eventLog("StakingVault", "Staked", p, meta);

export const newUnstakedEvent = (
  p: { positionId: bigint; owner: Address; amount: bigint },
  meta?: EventMeta,
) => eventLog("StakingVault", "Unstaked", p, meta);

export const newRewardNotifiedEvent = (
  p: { amount: bigint; totalWeight: bigint; accRewardPerWeight: bigint },
  meta?: EventMeta,
) => eventLog("StakingVault", "RewardNotified", p, meta);

export const newRewardClaimedEvent = (
  p: { positionId: bigint; owner: Address; amount: bigint },
  meta?: EventMeta,
) => eventLog("StakingVault", "RewardClaimed", p, meta);

export const newSlashedEvent = (
  p: {
    positionId: bigint;
    owner: Address;
    amount: bigint;
    toTreasury: bigint;
    burned: bigint;
    reason: number;
  },
  meta?: EventMeta,
) => eventLog("StakingVault", "Slashed", p, meta);

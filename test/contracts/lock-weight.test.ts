// Staking: lock weight follows the power law amount × (1 + boost × (lock/max)^k), and the
// stakers' fee share is paid pro rata to weight; locks, claims and positions guard their state.

import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import { DAY, PARAMETER_DEFAULTS as P, TOKEN } from "../../economy/parameters.ts";
import { oneEvent } from "./events.ts";
import { approve, type Chain, expectRevert, setupChainSuite } from "./fixture.ts";
import { lockWeight, ONE } from "./reference.ts";

const chain = setupChainSuite();
const MAX_LOCK = P.MAX_LOCK_DURATION.value;

interface Position {
  owner: Address;
  amount: bigint;
  weight: bigint;
  lockEnd: bigint;
  closed: boolean;
}

async function stake(c: Chain, who: Address, amount: bigint, lock: bigint) {
  const receipt = await c.send(who, "StakingVault", "stake", [amount, lock]);
  const ev = oneEvent<{ positionId: bigint; weight: bigint; lockEnd: bigint }>(
    c,
    receipt,
    "StakingVault",
    "Staked",
  );
  return { ...ev, receipt };
}

/** Stakers' share of one generation fee at the default split. */
async function payStakers(c: Chain, generations: bigint) {
  const payer = c.accounts[9]!;
  await approve(c, payer, "FeeRouter");
  await c.send(c.accounts[1]!, "FeeRouter", "settleGenerations", [payer, generations]);
  return (generations * P.GENERATION_FEE.value * P.FEE_STAKERS_BPS.value) / 10_000n;
}

describe("lock weights and staker rewards", () => {
  it("weighs locks by the power law for several lengths and exponents", async () => {
    const who = chain.accounts[3]!;
    await approve(chain, who, "StakingVault");
    const amount = 1_234_567_890_123_456_789n; // odd, so every rounding step shows
    const locks = [0n, DAY, 30n * DAY, 90n * DAY, MAX_LOCK / 2n, 200n * DAY + 13n, MAX_LOCK];
    for (const k of [1, 2, 3, 4]) {
      await chain.setParams({ LOCK_WEIGHT_EXPONENT: BigInt(k) });
      for (const lock of locks) {
        const { weight, positionId } = await stake(chain, who, amount, lock);
        const expected = lockWeight(amount, lock, MAX_LOCK, k, P.MAX_LOCK_BOOST_BPS.value);
        expect(weight, `k=${k} lock=${lock}`).toBe(expected);
        const p = await chain.read<Position>("StakingVault", "position", [positionId]);
        expect(p.weight).toBe(expected);
      }
    }
    // a power law, not linear: at k = 2 half the lock earns a quarter of the boost
    const round = 4n * TOKEN;
    await chain.setParams({ LOCK_WEIGHT_EXPONENT: 2n });
    const full = (await stake(chain, who, round, MAX_LOCK)).weight - round;
    const half = (await stake(chain, who, round, MAX_LOCK / 2n)).weight - round;
    expect(full).toBe(12n * TOKEN); // 3× boost
    expect(half).toBe(3n * TOKEN);
  });

  it("uses the governed max lock and boost", async () => {
    const who = chain.accounts[4]!;
    await approve(chain, who, "StakingVault");
    await chain.setParams({ MAX_LOCK_DURATION: 1000n * DAY, MAX_LOCK_BOOST_BPS: 7777n });
    const { weight } = await stake(chain, who, 999n * TOKEN, 333n * DAY);
    expect(weight).toBe(lockWeight(999n * TOKEN, 333n * DAY, 1000n * DAY, 2, 7777n));
    await chain.setParams({ MAX_LOCK_BOOST_BPS: 0n });
    expect((await stake(chain, who, 5n, 1000n * DAY)).weight).toBe(5n);
    await expectRevert(
      chain.send(who, "StakingVault", "stake", [TOKEN, 1000n * DAY + 1n]),
      "LockTooLong",
      [1000n * DAY + 1n, 1000n * DAY],
    );
    await expectRevert(chain.send(who, "StakingVault", "stake", [0n, DAY]), "ZeroAmount");
  });

  it("pays the stakers' fee share pro rata to weight, once", async () => {
    const [a, b] = [chain.accounts[5]!, chain.accounts[6]!];
    await approve(chain, a, "StakingVault");
    await approve(chain, b, "StakingVault");
    const pa = await stake(chain, a, 1000n * TOKEN, 0n);
    const pb = await stake(chain, b, 3000n * TOKEN, MAX_LOCK);
    expect([pa.weight, pb.weight]).toEqual([1000n * TOKEN, 12_000n * TOKEN]);
    const total = pa.weight + pb.weight;
    const reward = await payStakers(chain, 7n); // 0.7 token
    const acc = (reward * ONE) / total;
    expect(await chain.read("StakingVault", "accRewardPerWeight")).toBe(acc);
    const owedA = (pa.weight * acc) / ONE;
    const owedB = (pb.weight * acc) / ONE;
    // the accumulator's rounding dust is carried to the next notification, not lost
    const distributed = (acc * total) / ONE;
    expect(await chain.read("StakingVault", "undistributed")).toBe(reward - distributed);
    expect(owedA + owedB).toBeLessThanOrEqual(distributed);
    expect(await chain.read("StakingVault", "pendingReward", [pa.positionId])).toBe(owedA);
    expect(await chain.read("StakingVault", "pendingReward", [pb.positionId])).toBe(owedB);

    const before = await chain.balance(b);
    const receipt = await chain.send(b, "StakingVault", "claim", [pb.positionId]);
    expect(oneEvent(chain, receipt, "StakingVault", "RewardClaimed")).toEqual({
      positionId: pb.positionId,
      owner: b,
      amount: owedB,
    });
    expect((await chain.balance(b)) - before).toBe(owedB);
    await expectRevert(chain.send(b, "StakingVault", "claim", [pb.positionId]), "NothingToClaim", [
      pb.positionId,
    ]);
    await expectRevert(
      chain.send(b, "StakingVault", "claim", [pa.positionId]),
      "NotPositionOwner",
      [pa.positionId, b],
    );
    await expectRevert(chain.send(b, "StakingVault", "claim", [99n]), "UnknownPosition", [99n]);
  });

  it("carries rewards that arrive before anyone stakes to the next notification", async () => {
    const early = await payStakers(chain, 2n);
    expect(await chain.read("StakingVault", "undistributed")).toBe(early);
    const who = chain.accounts[7]!;
    await approve(chain, who, "StakingVault");
    const p = await stake(chain, who, 100n * TOKEN, 0n);
    const later = await payStakers(chain, 1n);
    const acc = ((early + later) * ONE) / p.weight;
    expect(await chain.read("StakingVault", "pendingReward", [p.positionId])).toBe(
      (p.weight * acc) / ONE,
    );
  });

  it("unstakes only after the lock ends, paying the stake and pending reward back", async () => {
    const who = chain.accounts[8]!;
    await approve(chain, who, "StakingVault");
    const p = await stake(chain, who, 500n * TOKEN, 10n * DAY);
    const reward = await payStakers(chain, 1n);
    await expectRevert(
      chain.send(who, "StakingVault", "unstake", [p.positionId]),
      "LockNotExpired",
      [p.positionId, p.lockEnd],
    );
    await chain.warp(10n * DAY);
    const before = await chain.balance(who);
    const receipt = await chain.send(who, "StakingVault", "unstake", [p.positionId]);
    const owed = (p.weight * ((reward * ONE) / p.weight)) / ONE;
    expect((await chain.balance(who)) - before).toBe(500n * TOKEN + owed);
    expect(oneEvent(chain, receipt, "StakingVault", "Unstaked")).toEqual({
      positionId: p.positionId,
      owner: who,
      amount: 500n * TOKEN,
    });
    expect(await chain.read("StakingVault", "totalWeight")).toBe(0n);
    expect(await chain.read("StakingVault", "activeStakeOf", [who])).toBe(0n);
    await expectRevert(
      chain.send(who, "StakingVault", "unstake", [p.positionId]),
      "PositionClosed",
      [p.positionId],
    );
    await expectRevert(chain.send(who, "StakingVault", "claim", [p.positionId]), "NothingToClaim", [
      p.positionId,
    ]);
  });
});

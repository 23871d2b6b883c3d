// Hosting inflation is shared pro rata to (hosted + hot × boost) × geo boost; a failed
// availability sample slashes the node's stake, part burned and part to the treasury,
// shrinking the position's weight while keeping the rewards it had already earned.

import { type Address, keccak256, stringToHex } from "viem";
import { describe, expect, it } from "vitest";
import {
  DAY,
  GOVERNANCE_DEFAULTS,
  PARAMETER_DEFAULTS as P,
  TOKEN,
} from "../../economy/parameters.ts";
import { allEvents, oneEvent } from "./events.ts";
import { approve, type Chain, expectRevert, setupChainSuite } from "./fixture.ts";
import { hostingWeight, ONE } from "./reference.ts";

const chain = setupChainSuite();
const SAMPLE = keccak256(stringToHex("datum-7"));

interface Position {
  amount: bigint;
  weight: bigint;
}

/** Stakes and registers a node in `region`; returns its position id and lock weight. */
async function node(c: Chain, who: Address, amount: bigint, region: number) {
  await approve(c, who, "StakingVault");
  const receipt = await c.send(who, "StakingVault", "stake", [amount, 30n * DAY]);
  const staked = oneEvent<{ positionId: bigint; weight: bigint }>(
    c,
    receipt,
    "StakingVault",
    "Staked",
  );
  await c.send(who, "HostingRewards", "registerNode", [staked.positionId, region]);
  return staked;
}

const settle = (c: Chain, epoch: bigint, hosts: Address[], hosted: bigint[], hot: bigint[]) =>
  c.send(c.accounts[1]!, "HostingRewards", "settleEpoch", [epoch, hosts, hosted, hot]);

const sample = (c: Chain, who: Address, passed: boolean) =>
  c.send(c.accounts[1]!, "HostingRewards", "recordSample", [who, SAMPLE, passed]);

describe("hosting rewards", () => {
  it("mints an epoch's inflation pro rata to weight with hot and geo boosts", async () => {
    const [a, b, c] = [chain.accounts[3]!, chain.accounts[4]!, chain.accounts[5]!];
    await node(chain, a, 2000n * TOKEN, 0);
    await node(chain, b, 1000n * TOKEN, 2); // regions 2 and 3 are underserved by default
    await node(chain, c, 1500n * TOKEN, 3);
    await chain.warp(DAY);
    const hosted = [100n, 100n, 37n];
    const hot = [0n, 40n, 13n];
    const boosts = { hotBoost: P.HOT_BOOST_BPS.value, geoBoost: P.GEO_BOOST_BPS.value };
    const weights = [
      hostingWeight(100n, 0n, false, boosts),
      hostingWeight(100n, 40n, true, boosts),
      hostingWeight(37n, 13n, true, boosts),
    ];
    expect(weights).toEqual([100n, 150n, 53n]); // (37 + 6.5→6) × 1.25 = 53.75 → 53
    const total = weights.reduce((s, w) => s + w, 0n);
    // nothing minted or burned yet: supply is the genesis supply
    const inflation =
      (GOVERNANCE_DEFAULTS.initialSupply * P.HOST_INFLATION_BPS.value) / 10_000n / 365n;
    expect(await chain.read("HostingRewards", "epochInflation")).toBe(inflation);
    const before = await Promise.all([a, b, c].map((n) => chain.balance(n)));
    const receipt = await settle(chain, 0n, [a, b, c], hosted, hot);
    const amounts = weights.map((w) => (inflation * w) / total);
    const after = await Promise.all([a, b, c].map((n) => chain.balance(n)));
    expect(after.map((x, i) => x - before[i]!)).toEqual(amounts);
    expect(await chain.read("CommunityToken", "totalSupply")).toBe(
      GOVERNANCE_DEFAULTS.initialSupply + amounts.reduce((s, x) => s + x, 0n),
    );
    const paid = allEvents<{ node: Address; amount: bigint; weight: bigint; totalWeight: bigint }>(
      chain,
      receipt,
      "HostingRewards",
      "HostingRewardPaid",
    );
    expect(paid.map((p) => [p.node, p.amount, p.weight, p.totalWeight])).toEqual(
      [a, b, c].map((n, i) => [n, amounts[i], weights[i], total]),
    );
    const emissions = allEvents(chain, receipt, "EmissionSchedule", "Emission");
    expect(emissions).toEqual(
      [a, b, c].map((n, i) => ({
        recipient: n,
        kind: 2,
        source: 2,
        amount: amounts[i],
        epoch: 0n,
      })),
    );
    await expectRevert(settle(chain, 0n, [a], [1n], [0n]), "EpochAlreadySettled", [0n]);
    await expectRevert(settle(chain, 1n, [a], [1n], [0n]), "EpochNotOver", [1n, 1n]);
  });

  it("rejects unknown nodes, empty epochs and bad registrations", async () => {
    const [a, stranger] = [chain.accounts[3]!, chain.accounts[11]!];
    const { positionId } = await node(chain, a, P.MIN_NODE_STAKE.value, 1);
    await chain.warp(DAY);
    await expectRevert(settle(chain, 0n, [stranger], [1n], [0n]), "UnknownNode", [stranger]);
    await expectRevert(settle(chain, 0n, [a], [0n], [0n]), "NothingHosted", [0n]);
    await expectRevert(settle(chain, 0n, [a], [1n, 2n], [0n]), "LengthMismatch");
    // a host listed twice would otherwise be paid twice
    await expectRevert(settle(chain, 0n, [a, a], [1n, 1n], [0n, 0n]), "HostReportedTwice", [a, 0n]);
    // the reverted attempts left epoch 0 unsettled
    await settle(chain, 0n, [a], [1n], [0n]);
    await expectRevert(
      chain.send(a, "HostingRewards", "registerNode", [positionId, 1]),
      "NodeAlreadyRegistered",
      [a],
    );
    await expectRevert(
      chain.send(chain.accounts[4]!, "HostingRewards", "registerNode", [positionId, 1]),
      "NotPositionOwner",
      [positionId, chain.accounts[4]!],
    );
    const who = chain.accounts[5]!;
    await approve(chain, who, "StakingVault");
    await chain.send(who, "StakingVault", "stake", [P.MIN_NODE_STAKE.value - 1n, 0n]);
    await expectRevert(
      chain.send(who, "HostingRewards", "registerNode", [1n, 0]),
      "StakeTooSmall",
      [P.MIN_NODE_STAKE.value - 1n, P.MIN_NODE_STAKE.value],
    );
    await expectRevert(
      chain.send(stranger, "HostingRewards", "settleEpoch", [0n, [], [], []]),
      "AccessControlUnauthorizedAccount",
    );
  });

  it("pays nothing to a node whose stake has been withdrawn", async () => {
    const [a, b] = [chain.accounts[3]!, chain.accounts[4]!];
    const gone = await node(chain, a, 2000n * TOKEN, 0);
    await node(chain, b, 2000n * TOKEN, 0);
    await chain.warp(31n * DAY);
    await chain.send(a, "StakingVault", "unstake", [gone.positionId]);
    const receipt = await settle(chain, 30n, [a, b], [100n, 100n], [0n, 0n]);
    const paid = allEvents<{ node: Address; amount: bigint }>(
      chain,
      receipt,
      "HostingRewards",
      "HostingRewardPaid",
    );
    const inflation =
      (GOVERNANCE_DEFAULTS.initialSupply * P.HOST_INFLATION_BPS.value) / 10_000n / 365n;
    expect(paid.map((p) => [p.node, p.amount])).toEqual([
      [a, 0n],
      [b, inflation],
    ]);
  });
});

describe("slashing", () => {
  it("slashes a failed sample: half burned, half to the treasury, rewards kept", async () => {
    const who = chain.accounts[6]!;
    const stake = 2000n * TOKEN;
    const { positionId, weight } = await node(chain, who, stake, 0);
    // earn a reward at the full weight first
    const payer = chain.accounts[9]!;
    await approve(chain, payer, "FeeRouter");
    await chain.send(chain.accounts[1]!, "FeeRouter", "settleGenerations", [payer, 10n]);
    const reward1 = (10n * P.GENERATION_FEE.value * P.FEE_STAKERS_BPS.value) / 10_000n;
    const acc1 = (reward1 * ONE) / weight;
    const pending = (weight * acc1) / ONE;
    expect(await chain.read("StakingVault", "pendingReward", [positionId])).toBe(pending);

    const supply = await chain.read("CommunityToken", "totalSupply");
    const treasury = await chain.balance("CommunityTreasury");
    const vault = await chain.balance("StakingVault");
    const receipt = await sample(chain, who, false);
    const slashed = (stake * P.SLASH_BPS.value) / 10_000n; // 200 tokens
    const burned = (slashed * P.SLASH_BURN_BPS.value) / 10_000n;
    expect(oneEvent(chain, receipt, "StakingVault", "Slashed")).toEqual({
      positionId,
      owner: who,
      amount: slashed,
      toTreasury: slashed - burned,
      burned,
      reason: 0,
    });
    expect(oneEvent(chain, receipt, "HostingRewards", "AvailabilitySampled")).toMatchObject({
      node: who,
      datumId: SAMPLE,
      passed: false,
      slashed,
    });
    expect(oneEvent(chain, receipt, "CommunityTreasury", "Inflow")).toMatchObject({
      from: who,
      amount: slashed - burned,
      flow: 4,
    });
    expect(supply - (await chain.read("CommunityToken", "totalSupply"))).toBe(burned);
    expect((await chain.balance("CommunityTreasury")) - treasury).toBe(slashed - burned);
    expect(vault - (await chain.balance("StakingVault"))).toBe(slashed);
    const newWeight = (weight * (stake - slashed)) / stake;
    const p = await chain.read<Position>("StakingVault", "position", [positionId]);
    expect([p.amount, p.weight]).toEqual([stake - slashed, newWeight]);
    expect(await chain.read("StakingVault", "totalWeight")).toBe(newWeight);
    expect(await chain.read("StakingVault", "activeStakeOf", [who])).toBe(stake - slashed);
    expect(await chain.read("StakingVault", "pendingReward", [positionId])).toBe(pending);

    // later rewards accrue at the reduced weight on top of what was kept
    await chain.send(chain.accounts[1]!, "FeeRouter", "settleGenerations", [payer, 10n]);
    const undistributed = reward1 - (acc1 * weight) / ONE;
    const acc2 = ((reward1 + undistributed) * ONE) / newWeight;
    expect(await chain.read("StakingVault", "pendingReward", [positionId])).toBe(
      pending + (newWeight * (acc1 + acc2)) / ONE - (newWeight * acc1) / ONE,
    );

    const ok = await sample(chain, who, true);
    expect(allEvents(chain, ok, "StakingVault", "Slashed")).toEqual([]);
    expect(oneEvent(chain, ok, "HostingRewards", "AvailabilitySampled")).toMatchObject({
      passed: true,
      slashed: 0n,
    });
  });

  it("follows SLASH_BURN_BPS from all-burned to all-to-treasury", async () => {
    const who = chain.accounts[7]!;
    const stake = 1234n * TOKEN + 5n;
    await node(chain, who, stake, 0);
    await chain.setParams({ SLASH_BURN_BPS: 10_000n, SLASH_BPS: 333n });
    const first = (stake * 333n) / 10_000n;
    let ev = oneEvent(chain, await sample(chain, who, false), "StakingVault", "Slashed");
    expect(ev).toMatchObject({ amount: first, burned: first, toTreasury: 0n });
    await chain.setParams({ SLASH_BURN_BPS: 0n });
    const second = ((stake - first) * 333n) / 10_000n;
    ev = oneEvent(chain, await sample(chain, who, false), "StakingVault", "Slashed");
    expect(ev).toMatchObject({ amount: second, burned: 0n, toTreasury: second });
  });

  it("only the reporter samples, only the slasher slashes, closed stakes cannot be slashed", async () => {
    const who = chain.accounts[8]!;
    const { positionId } = await node(chain, who, 1000n * TOKEN, 0);
    await expectRevert(
      chain.send(who, "HostingRewards", "recordSample", [who, SAMPLE, false]),
      "AccessControlUnauthorizedAccount",
    );
    await expectRevert(
      chain.send(who, "StakingVault", "slash", [positionId, 1]),
      "AccessControlUnauthorizedAccount",
    );
    await expectRevert(sample(chain, chain.accounts[12]!, false), "UnknownNode", [
      chain.accounts[12]!,
    ]);
    await chain.warp(30n * DAY);
    await chain.send(who, "StakingVault", "unstake", [positionId]);
    await expectRevert(sample(chain, who, false), "PositionClosed", [positionId]);
  });
});

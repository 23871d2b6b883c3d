// Generation and share rewards: r_e = r0 · (1 − decay)^e floored per epoch, paid from the
// company reserve first and from the community treasury once the reserve runs dry.

import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import { DAY, PARAMETER_DEFAULTS as P, TOKEN } from "../../economy/parameters.ts";
import { allEvents, oneEvent } from "./events.ts";
import { approve, type Chain, expectRevert, setupChainSuite } from "./fixture.ts";
import { rewardAt } from "./reference.ts";

const chain = setupChainSuite();
const GRANT = 3;
const COMPANY = 0;
const COMMUNITY = 1;

interface Emission {
  recipient: Address;
  kind: number;
  source: number;
  amount: bigint;
  epoch: bigint;
}

const settle = (c: Chain, creator: Address, count: bigint) =>
  c.send(c.accounts[1]!, "FeeRouter", "settleGenerations", [creator, count]);

/** Grants everything but `keep` out of the company reserve (as the timelock would). */
async function drainCompanyReserve(c: Chain, keep: bigint) {
  const balance = await c.balance("CompanyReserve");
  const token = c.addr("CommunityToken");
  await c.send(c.timelock, "CompanyReserve", "withdraw", [
    token,
    c.accounts[19]!,
    balance - keep,
    GRANT,
  ]);
}

async function donateToCommunity(c: Chain, amount: bigint) {
  await c.send(c.accounts[9]!, "CommunityToken", "transfer", [c.addr("CommunityTreasury"), amount]);
  await c.send(c.accounts[9]!, "CommunityTreasury", "recordDonations", [c.addr("CommunityToken")]);
}

describe("emission schedule", () => {
  it("decays the per-generation reward per epoch with a floor at every step", async () => {
    // odd r0 and decay so that flooring each step differs from flooring the closed form
    const r0 = TOKEN + 7n;
    const decay = 1234n;
    await chain.setParams({ GEN_REWARD_INITIAL: r0, GEN_REWARD_DECAY_BPS: decay });
    for (const e of [0, 1, 2, 3, 10, 57]) {
      expect(await chain.read("EmissionSchedule", "rewardPerGeneration", [BigInt(e)])).toBe(
        rewardAt(r0, decay, e),
      );
    }
    // epoch 3 by hand: 1000000000000000007 → 876600000000000006 → 768427560000000005 → 673603599096000004
    expect(rewardAt(r0, decay, 3)).toBe(673_603_599_096_000_004n);
    const creator = chain.accounts[3]!;
    await approve(chain, creator, "FeeRouter");
    let epoch = 0;
    for (const target of [0, 1, 4]) {
      await chain.warp(BigInt(target - epoch) * DAY);
      epoch = target;
      expect(await chain.read("EconomyParameters", "currentEpoch")).toBe(BigInt(epoch));
      const receipt = await settle(chain, creator, 3n);
      const ev = oneEvent<Emission>(chain, receipt, "EmissionSchedule", "Emission");
      expect(ev).toEqual({
        recipient: creator,
        kind: 0,
        source: COMPANY,
        amount: 3n * rewardAt(r0, decay, epoch),
        epoch: BigInt(epoch),
      });
    }
  });

  it("keeps the reward constant when decay is 0 and reaches 0 when decay is 100%", async () => {
    await chain.setParams({ GEN_REWARD_DECAY_BPS: 0n });
    expect(await chain.read("EmissionSchedule", "rewardPerGeneration", [500n])).toBe(TOKEN);
    await chain.setParams({ GEN_REWARD_DECAY_BPS: 10_000n });
    expect(await chain.read("EmissionSchedule", "rewardPerGeneration", [0n])).toBe(TOKEN);
    expect(await chain.read("EmissionSchedule", "rewardPerGeneration", [1n])).toBe(0n);
  });

  it("falls back to the community treasury when the company reserve runs dry", async () => {
    const creator = chain.accounts[4]!;
    await approve(chain, creator, "FeeRouter");
    await donateToCommunity(chain, 100n * TOKEN);
    // 10 generations: fee 5 tokens (company part 2), reward 10 tokens; 3 tokens left in the
    // reserve + the 2 just paid in = 5 from the reserve, the other 5 from the treasury
    await drainCompanyReserve(chain, 3n * TOKEN);
    const communityBefore = await chain.balance("CommunityTreasury");
    const receipt = await settle(chain, creator, 10n);
    const emissions = allEvents<Emission>(chain, receipt, "EmissionSchedule", "Emission");
    expect(emissions.map((e) => [e.source, e.amount])).toEqual([
      [COMPANY, 5n * TOKEN],
      [COMMUNITY, 5n * TOKEN],
    ]);
    expect(await chain.balance("CompanyReserve")).toBe(0n);
    const communityFeePart = (5n * TOKEN * 4000n * 8500n) / 10n ** 8n;
    expect(await chain.balance("CommunityTreasury")).toBe(
      communityBefore + communityFeePart - 5n * TOKEN,
    );
    const outflows = allEvents(chain, receipt, "CommunityTreasury", "Outflow");
    expect(outflows).toEqual([
      { asset: chain.addr("CommunityToken"), to: creator, amount: 5n * TOKEN, flow: 5 },
    ]);
  });

  it("pays what is left when both stocks run dry", async () => {
    const creator = chain.accounts[5]!;
    await approve(chain, creator, "FeeRouter");
    await drainCompanyReserve(chain, 0n);
    const before = await chain.balance(creator);
    // the treasury holds nothing yet, so only this fee's company and community parts remain
    const receipt = await settle(chain, creator, 4n);
    const emissions = allEvents<Emission>(chain, receipt, "EmissionSchedule", "Emission");
    const fee = 4n * P.GENERATION_FEE.value;
    const company = (fee * 4000n) / 10_000n;
    const community = fee - company - (fee * 2000n) / 10_000n;
    const kept = community - (community * 1500n) / 10_000n;
    expect(emissions.map((e) => [e.source, e.amount])).toEqual([
      [COMPANY, company],
      [COMMUNITY, kept],
    ]);
    expect(await chain.balance(creator)).toBe(before - fee + company + kept);
  });

  it("does not block emissions on tokens sent to the reserve without being recorded", async () => {
    const creator = chain.accounts[6]!;
    await approve(chain, creator, "FeeRouter");
    await drainCompanyReserve(chain, 0n);
    // a plain transfer: the reserve's balance now exceeds what its flows account for
    await chain.send(chain.accounts[9]!, "CommunityToken", "transfer", [
      chain.addr("CompanyReserve"),
      20n * TOKEN,
    ]);
    const receipt = await settle(chain, creator, 10n);
    const emissions = allEvents<Emission>(chain, receipt, "EmissionSchedule", "Emission");
    expect(emissions.map((e) => [e.source, e.amount])).toEqual([[COMPANY, 10n * TOKEN]]);
    // the donation is recorded on the way out, so flows still explain the balance
    const balance = await chain.balance("CompanyReserve");
    expect(await chain.read("CompanyReserve", "accounted", [chain.addr("CommunityToken")])).toBe(
      balance,
    );
    expect(balance).toBe(20n * TOKEN + 2n * TOKEN - 10n * TOKEN);
  });

  it("pays the share reward once per published work", async () => {
    const service = chain.accounts[1]!;
    const sharer = chain.accounts[7]!;
    const hash = `0x${"11".repeat(32)}` as const;
    const receipt = await chain.send(service, "PortfolioNFT", "publish", [sharer, hash]);
    expect(oneEvent<Emission>(chain, receipt, "EmissionSchedule", "Emission")).toEqual({
      recipient: sharer,
      kind: 1,
      source: COMPANY,
      amount: P.SHARE_REWARD.value,
      epoch: 0n,
    });
    expect(oneEvent(chain, receipt, "PortfolioNFT", "Published")).toEqual({
      contentHash: hash,
      sharer,
      reward: P.SHARE_REWARD.value,
    });
    await expectRevert(
      chain.send(service, "PortfolioNFT", "publish", [sharer, hash]),
      "AlreadyPublished",
      [hash],
    );
    await expectRevert(
      chain.send(sharer, "PortfolioNFT", "publish", [sharer, `0x${"22".repeat(32)}`]),
      "AccessControlUnauthorizedAccount",
    );
    await expectRevert(
      chain.send(sharer, "EmissionSchedule", "rewardShare", [sharer]),
      "AccessControlUnauthorizedAccount",
    );
  });
});

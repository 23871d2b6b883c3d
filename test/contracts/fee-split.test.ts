// Fee split: every fee kind lands in company / community / stakers / stable reserve exactly
// as the governed bps say, the FeeCollected fields match each stock's balance change, and
// the parts always sum to the fee (community takes the rounding remainder).

import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import { PARAMETER_DEFAULTS as P, TOKEN } from "../../economy/parameters.ts";
import { oneEvent } from "./events.ts";
import { approve, type Chain, expectRevert, setupChainSuite } from "./fixture.ts";
import { feeSplit, ONE, rewardAt } from "./reference.ts";

const chain = setupChainSuite();

interface FeeCollected {
  kind: number;
  payer: Address;
  quantity: bigint;
  amount: bigint;
  companyPart: bigint;
  communityPart: bigint;
  stakerPart: bigint;
  stablePart: bigint;
  epoch: bigint;
}

async function balances(c: Chain, payer: Address) {
  const lp = c.d.accounts.liquidityProvider;
  return {
    payer: await c.balance(payer),
    company: await c.balance("CompanyReserve"),
    community: await c.balance("CommunityTreasury"),
    vault: await c.balance("StakingVault"),
    lpTokens: await c.balance(lp),
    reserveUsdc: await c.balance("StableReserve", "MockUSDC"),
    lpUsdc: await c.balance(lp, "MockUSDC"),
  };
}

const delta = (after: Record<string, bigint>, before: Record<string, bigint>) =>
  Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v - before[k]!]));

describe("fee split", () => {
  it("splits a generation fee by the default bps and pays the epoch-0 reward", async () => {
    const creator = chain.accounts[3]!;
    await approve(chain, creator, "FeeRouter");
    const before = await balances(chain, creator);
    const receipt = await chain.send(chain.accounts[1]!, "FeeRouter", "settleGenerations", [
      creator,
      3n,
    ]);
    const amount = 3n * P.GENERATION_FEE.value;
    const parts = feeSplit(amount, {
      company: P.FEE_COMPANY_BPS.value,
      stakers: P.FEE_STAKERS_BPS.value,
      diversify: P.DIVERSIFY_BPS.value,
    });
    // 1.5 tokens: 40% / 20% / 40% of which 15% is diversified
    expect(parts).toEqual({
      company: (6n * TOKEN) / 10n,
      stakers: (3n * TOKEN) / 10n,
      community: (51n * TOKEN) / 100n,
      stable: (9n * TOKEN) / 100n,
    });
    const ev = oneEvent<FeeCollected>(chain, receipt, "FeeRouter", "FeeCollected");
    expect(ev).toEqual({
      kind: 0,
      payer: creator,
      quantity: 3n,
      amount,
      companyPart: parts.company,
      communityPart: parts.community,
      stakerPart: parts.stakers,
      stablePart: parts.stable,
      epoch: 0n,
    });
    const reward = 3n * rewardAt(P.GEN_REWARD_INITIAL.value, P.GEN_REWARD_DECAY_BPS.value, 0);
    const stableOut = (parts.stable * P.STABLE_PRICE.value) / ONE;
    expect(stableOut).toBe(18_000n); // 0.09 token at 0.20 USDC = 0.018 USDC
    expect(delta(await balances(chain, creator), before)).toEqual({
      payer: reward - amount,
      company: parts.company - reward, // the reward comes out of the company reserve
      community: parts.community,
      vault: parts.stakers,
      lpTokens: parts.stable, // the stand-in DEX receives the diversified tokens
      reserveUsdc: stableOut,
      lpUsdc: -stableOut,
    });
    const div = oneEvent(chain, receipt, "StableReserve", "Diversified");
    expect(div).toEqual({ tokensIn: parts.stable, stableOut, price: P.STABLE_PRICE.value });
  });

  it("keeps the sum exact under odd bps and an odd fee (community takes the remainder)", async () => {
    const p = { company: 3333n, stakers: 3331n, diversify: 777n };
    // above the current 0.5 base fee, so the raised floor applies at once
    const fee = 1_234_567_890_123_456_789n;
    await chain.setParams({
      FEE_COMPANY_BPS: p.company,
      FEE_COMMUNITY_BPS: 10_000n - p.company - p.stakers,
      FEE_STAKERS_BPS: p.stakers,
      DIVERSIFY_BPS: p.diversify,
      GENERATION_FEE: fee,
    });
    const creator = chain.accounts[4]!;
    await approve(chain, creator, "FeeRouter");
    const before = await balances(chain, creator);
    const receipt = await chain.send(chain.accounts[1]!, "FeeRouter", "settleGenerations", [
      creator,
      7n,
    ]);
    const amount = 7n * fee;
    const parts = feeSplit(amount, p);
    expect(parts.company + parts.stakers + parts.community + parts.stable).toBe(amount);
    const ev = oneEvent<FeeCollected>(chain, receipt, "FeeRouter", "FeeCollected");
    expect([ev.amount, ev.companyPart, ev.stakerPart, ev.communityPart, ev.stablePart]).toEqual([
      amount,
      parts.company,
      parts.stakers,
      parts.community,
      parts.stable,
    ]);
    const d = delta(await balances(chain, creator), before);
    const reward = 7n * P.GEN_REWARD_INITIAL.value;
    expect(d.company).toBe(parts.company - reward);
    expect(d.community).toBe(parts.community);
    expect(d.vault).toBe(parts.stakers);
    expect(d.lpTokens).toBe(parts.stable);
    expect(d.reserveUsdc).toBe((parts.stable * P.STABLE_PRICE.value) / ONE);
  });

  it("splits the NFT mint fee the same way (kind Mint, quantity 1)", async () => {
    const creator = chain.accounts[5]!;
    await approve(chain, creator, "FeeRouter");
    const before = await balances(chain, creator);
    const receipt = await chain.send(creator, "PortfolioNFT", "mint", [
      chain.accounts[6]!,
      [chain.accounts[7]!],
    ]);
    const amount = P.MINT_FEE.value;
    const parts = feeSplit(amount, {
      company: P.FEE_COMPANY_BPS.value,
      stakers: P.FEE_STAKERS_BPS.value,
      diversify: P.DIVERSIFY_BPS.value,
    });
    const ev = oneEvent<FeeCollected>(chain, receipt, "FeeRouter", "FeeCollected");
    expect(ev.kind).toBe(1);
    expect(ev.quantity).toBe(1n);
    expect(ev.amount).toBe(amount);
    expect(ev.companyPart).toBe(parts.company);
    const d = delta(await balances(chain, creator), before);
    expect(d).toMatchObject({
      payer: -amount,
      company: parts.company,
      community: parts.community,
      vault: parts.stakers,
    });
  });

  it("sends nothing to the stable reserve when DIVERSIFY_BPS is 0", async () => {
    await chain.setParams({ DIVERSIFY_BPS: 0n });
    const creator = chain.accounts[3]!;
    await approve(chain, creator, "FeeRouter");
    const before = await balances(chain, creator);
    const receipt = await chain.send(chain.accounts[1]!, "FeeRouter", "settleGenerations", [
      creator,
      1n,
    ]);
    const ev = oneEvent<FeeCollected>(chain, receipt, "FeeRouter", "FeeCollected");
    expect(ev.stablePart).toBe(0n);
    expect(ev.communityPart).toBe((P.GENERATION_FEE.value * 4000n) / 10_000n);
    const d = delta(await balances(chain, creator), before);
    expect(d.reserveUsdc).toBe(0n);
    expect(d.lpTokens).toBe(0n);
  });

  it("settles a tiny fee whose stable share would buy zero USDC (keeps it in the treasury)", async () => {
    // 0.00001 token: its stable share (6e11 wei) is worth 0.12 USDC base units, which rounds
    // to nothing; the fee must still settle instead of reverting the whole download.
    const price = 10n ** 13n;
    await chain.setParams({ DOWNLOAD_BASE_PRICE: price, MIN_ACCESS_STAKE: 0n });
    const buyer = chain.accounts[8]!;
    await approve(chain, buyer, "FeeRouter");
    const before = await balances(chain, buyer);
    const receipt = await chain.send(buyer, "DownloadMarket", "download", [`0x${"ab".repeat(32)}`]);
    const ev = oneEvent<FeeCollected>(chain, receipt, "FeeRouter", "FeeCollected");
    const company = (price * 4000n) / 10_000n;
    const stakers = (price * 2000n) / 10_000n;
    expect(ev).toMatchObject({ kind: 2, amount: price, stablePart: 0n, companyPart: company });
    expect(ev.communityPart).toBe(price - company - stakers);
    const d = delta(await balances(chain, buyer), before);
    expect(d.community).toBe(price - company - stakers);
    expect(d.reserveUsdc).toBe(0n);
  });

  it("rejects empty settlements and unauthorised collectors", async () => {
    const service = chain.accounts[1]!;
    await expectRevert(
      chain.send(service, "FeeRouter", "settleGenerations", [chain.accounts[3]!, 0n]),
      "ZeroAmount",
    );
    await expectRevert(
      chain.send(service, "FeeRouter", "settleGenerations", [
        "0x0000000000000000000000000000000000000000",
        1n,
      ]),
      "ZeroAddress",
    );
    await expectRevert(
      chain.send(chain.accounts[3]!, "FeeRouter", "collect", [0, chain.accounts[3]!, 1n, TOKEN]),
      "AccessControlUnauthorizedAccount",
    );
  });
});

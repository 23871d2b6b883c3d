// Stable reserve: fees' diversified share buys USDC at the governed price; buybacks spend
// USDC on tokens from the liquidity provider and burn them. Flows explain every balance.
import { describe, expect, it } from "vitest";
import { PARAMETER_DEFAULTS as P, STABLE, TOKEN } from "../../economy/parameters.ts";
import { oneEvent } from "./events.ts";
import { approve, type Chain, expectRevert, setupChainSuite } from "./fixture.ts";
import { ONE } from "./reference.ts";

const chain = setupChainSuite();
const BUYBACK = 2;

/** 1000 generations: 500 tokens of fees, 30 of them diversified into 6 USDC. */
async function fillReserve(c: Chain) {
  const payer = c.accounts[3]!;
  await approve(c, payer, "FeeRouter");
  await c.send(c.accounts[1]!, "FeeRouter", "settleGenerations", [payer, 1000n]);
  const diversified = (1000n * P.GENERATION_FEE.value * 4000n * 1500n) / 10n ** 8n;
  return (diversified * P.STABLE_PRICE.value) / ONE;
}

async function stocks(c: Chain) {
  const lp = c.d.accounts.liquidityProvider;
  return {
    supply: await c.read("CommunityToken", "totalSupply"),
    lpTokens: await c.balance(lp),
    lpUsdc: await c.balance(lp, "MockUSDC"),
    reserveUsdc: await c.balance("StableReserve", "MockUSDC"),
    reserveTokens: await c.balance("StableReserve"),
  };
}

describe("stable reserve", () => {
  it("diversifies fees into USDC and buys back and burns tokens at the governed price", async () => {
    const usdc = await fillReserve(chain);
    expect(usdc).toBe(6n * STABLE);
    expect(await chain.balance("StableReserve", "MockUSDC")).toBe(usdc);
    expect(await chain.read("StableReserve", "accounted", [chain.addr("MockUSDC")])).toBe(usdc);

    const spend = 1_234_567n; // 1.234567 USDC at 0.20 = 6.172835 tokens
    const burned = (spend * ONE) / P.STABLE_PRICE.value;
    expect(burned).toBe(6_172_835n * 10n ** 12n);
    const before = await stocks(chain);
    const receipt = await chain.send(chain.timelock, "StableReserve", "buyback", [spend]);
    const after = await stocks(chain);
    expect({
      supply: before.supply - after.supply,
      lpTokens: before.lpTokens - after.lpTokens,
      lpUsdc: after.lpUsdc - before.lpUsdc,
      reserveUsdc: before.reserveUsdc - after.reserveUsdc,
      reserveTokens: after.reserveTokens - before.reserveTokens,
    }).toEqual({
      supply: burned,
      lpTokens: burned,
      lpUsdc: spend,
      reserveUsdc: spend,
      reserveTokens: 0n,
    });
    expect(oneEvent(chain, receipt, "StableReserve", "Buyback")).toEqual({
      stableSpent: spend,
      tokensBurned: burned,
      price: P.STABLE_PRICE.value,
    });
    expect(oneEvent(chain, receipt, "StableReserve", "Outflow")).toEqual({
      asset: chain.addr("MockUSDC"),
      to: chain.d.accounts.liquidityProvider,
      amount: spend,
      flow: BUYBACK,
    });
  });

  it("rounds buybacks down at an odd price and refuses what it cannot pay", async () => {
    const usdc = await fillReserve(chain);
    await chain.setParams({ STABLE_PRICE: 333_333n });
    const receipt = await chain.send(chain.timelock, "StableReserve", "buyback", [1_000_000n]);
    const burned = (1_000_000n * ONE) / 333_333n;
    expect(burned).toBe(3_000_003_000_003_000_003n);
    expect(oneEvent(chain, receipt, "StableReserve", "Buyback")).toMatchObject({
      tokensBurned: burned,
    });
    const left = usdc - 1_000_000n;
    const usdcAddress = chain.addr("MockUSDC");
    await expectRevert(
      chain.send(chain.timelock, "StableReserve", "buyback", [left + 1n]),
      "InsufficientBalance",
      [usdcAddress, left, left + 1n],
    );
    await expectRevert(chain.send(chain.timelock, "StableReserve", "buyback", [0n]), "ZeroAmount");
    // a price so high that one USDC unit buys less than one token wei
    await chain.setParams({ STABLE_PRICE: 10n ** 19n });
    await expectRevert(chain.send(chain.timelock, "StableReserve", "buyback", [1n]), "ZeroAmount");
  });

  it("spends only through its spender and records plain transfers as donations", async () => {
    await fillReserve(chain);
    const { deployer } = chain.d.accounts;
    // after activation the deployer gave up its spender role to the timelock
    await expectRevert(
      chain.send(deployer, "StableReserve", "buyback", [STABLE]),
      "AccessControlUnauthorizedAccount",
    );
    await expectRevert(
      chain.send(chain.accounts[3]!, "StableReserve", "diversify", [chain.accounts[3]!, TOKEN]),
      "AccessControlUnauthorizedAccount",
    );
    const usdc = chain.addr("MockUSDC");
    await expectRevert(
      chain.send(deployer, "StableReserve", "recordDonations", [usdc]),
      "NothingToRecord",
      [usdc],
    );
    await chain.send(deployer, "MockUSDC", "mint", [chain.addr("StableReserve"), 7n]);
    const receipt = await chain.send(deployer, "StableReserve", "recordDonations", [usdc]);
    expect(oneEvent(chain, receipt, "StableReserve", "Inflow")).toEqual({
      asset: usdc,
      from: "0x0000000000000000000000000000000000000000",
      amount: 7n,
      flow: 7,
    });
  });
});

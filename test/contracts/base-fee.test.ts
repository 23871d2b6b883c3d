// The generation base fee moves once per epoch by utilisation against the target, at most
// ±12.5%, never below the governed floor; each move is a BaseFeeUpdated event.

import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import { DAY, PARAMETER_DEFAULTS as P, TOKEN } from "../../economy/parameters.ts";
import { allEvents, oneEvent } from "./events.ts";
import { approve, type Chain, setupChainSuite } from "./fixture.ts";
import { nextBaseFee } from "./reference.ts";

const chain = setupChainSuite();
const FLOOR = P.GENERATION_FEE.value;
const TARGET = P.TARGET_GENERATIONS.value;

interface BaseFeeUpdated {
  epoch: bigint;
  oldFee: bigint;
  newFee: bigint;
  used: bigint;
  target: bigint;
}

const settle = (c: Chain, creator: Address, count: bigint) =>
  c.send(c.accounts[1]!, "FeeRouter", "settleGenerations", [creator, count]);

const feeOf = async (c: Chain, receipt: Awaited<ReturnType<typeof settle>>) =>
  oneEvent<{ amount: bigint; quantity: bigint }>(c, receipt, "FeeRouter", "FeeCollected");

describe("base fee", () => {
  it("rises at most 12.5%, holds at target, and rises in proportion in between", async () => {
    const creator = chain.accounts[3]!;
    await approve(chain, creator, "FeeRouter");
    // epoch 0: three times the target, so the excess is capped at one target (+12.5%)
    await settle(chain, creator, 3n * TARGET);
    await chain.warp(DAY);
    let receipt = await settle(chain, creator, 1n);
    const fee1 = nextBaseFee(FLOOR, 3n * TARGET, TARGET, FLOOR);
    expect(fee1).toBe((FLOOR * 9n) / 8n);
    expect(oneEvent<BaseFeeUpdated>(chain, receipt, "FeeRouter", "BaseFeeUpdated")).toEqual({
      epoch: 1n,
      oldFee: FLOOR,
      newFee: fee1,
      used: 3n * TARGET,
      target: TARGET,
    });
    expect((await feeOf(chain, receipt)).amount).toBe(fee1); // the new fee applies at once

    // epoch 1: exactly the target (1 above + 399) holds the fee
    await settle(chain, creator, TARGET - 1n);
    await chain.warp(DAY);
    receipt = await settle(chain, creator, 1n);
    expect(oneEvent<BaseFeeUpdated>(chain, receipt, "FeeRouter", "BaseFeeUpdated")).toMatchObject({
      epoch: 2n,
      oldFee: fee1,
      newFee: fee1,
      used: TARGET,
    });

    // epoch 2: 25% over target moves the fee by a quarter of the maximum step
    await settle(chain, creator, TARGET / 4n + TARGET - 1n);
    await chain.warp(DAY);
    receipt = await settle(chain, creator, 1n);
    const fee3 = nextBaseFee(fee1, TARGET + TARGET / 4n, TARGET, FLOOR);
    expect(fee3).toBe(fee1 + (fee1 * 100n) / 400n / 8n);
    const ev = oneEvent<BaseFeeUpdated>(chain, receipt, "FeeRouter", "BaseFeeUpdated");
    expect([ev.oldFee, ev.newFee]).toEqual([fee1, fee3]);
    expect(ev.newFee * 1000n).toBeLessThanOrEqual(ev.oldFee * 1125n);
    expect(await chain.read("FeeRouter", "baseFee")).toBe(fee3);
  });

  it("falls 12.5% per idle epoch down to the floor, one event per elapsed epoch", async () => {
    const creator = chain.accounts[4]!;
    await approve(chain, creator, "FeeRouter");
    // push the fee up for three busy epochs first: 0.5 → 0.5625 → 0.6328125 → 0.711914...
    let fee = FLOOR;
    for (let e = 0; e < 3; e++) {
      const receipt = await settle(chain, creator, 2n * TARGET);
      if (e > 0) expect((await feeOf(chain, receipt)).amount).toBe(2n * TARGET * fee);
      await chain.warp(DAY);
      await chain.send(chain.accounts[12]!, "FeeRouter", "rollEpoch");
      fee = nextBaseFee(fee, 2n * TARGET, TARGET, FLOOR);
      expect(await chain.read("FeeRouter", "baseFee")).toBe(fee);
    }
    expect(fee).toBe((FLOOR * 729n) / 512n);
    // four idle days, rolled at once by anyone
    await chain.warp(4n * DAY);
    const receipt = await chain.send(chain.accounts[12]!, "FeeRouter", "rollEpoch");
    const updates = allEvents<BaseFeeUpdated>(chain, receipt, "FeeRouter", "BaseFeeUpdated");
    const expected: bigint[] = [];
    let f = fee;
    for (let i = 0; i < 4; i++) {
      f = nextBaseFee(f, 0n, TARGET, FLOOR);
      expected.push(f);
    }
    expect(updates.map((u) => u.epoch)).toEqual([4n, 5n, 6n, 7n]);
    expect(updates.map((u) => u.used)).toEqual([0n, 0n, 0n, 0n]);
    expect(updates.map((u) => u.newFee)).toEqual(expected);
    // 0.7119 → 0.6229 → 0.5450 → floor 0.5 → floor 0.5
    expect(expected.slice(2)).toEqual([FLOOR, FLOOR]);
    expect(updates[0]!.newFee).toBe(fee - fee / 8n);
    // a second roll in the same epoch changes nothing
    const again = await chain.send(chain.accounts[12]!, "FeeRouter", "rollEpoch");
    expect(allEvents(chain, again, "FeeRouter", "BaseFeeUpdated")).toEqual([]);
  });

  it("applies a raised floor at once and lets the fee float above it", async () => {
    const creator = chain.accounts[5]!;
    await approve(chain, creator, "FeeRouter");
    await chain.setParams({ GENERATION_FEE: 2n * TOKEN });
    expect(await chain.read("FeeRouter", "baseFee")).toBe(2n * TOKEN);
    const receipt = await settle(chain, creator, 10n);
    expect((await feeOf(chain, receipt)).amount).toBe(20n * TOKEN);
    await chain.warp(DAY);
    const roll = await chain.send(chain.accounts[12]!, "FeeRouter", "rollEpoch");
    // 10 of 400 used: the fee would fall, but the floor holds it
    expect(oneEvent<BaseFeeUpdated>(chain, roll, "FeeRouter", "BaseFeeUpdated")).toMatchObject({
      oldFee: 2n * TOKEN,
      newFee: 2n * TOKEN,
      used: 10n,
    });
  });
});

// Saturation and surge pricing: surge is 1× up to saturation 1, then rises by the slope and
// stops at the cap; only the reporter samples, one window at a time; downloads pay base × surge.

import { type Hex, keccak256, stringToHex } from "viem";
import { describe, expect, it } from "vitest";
import { PARAMETER_DEFAULTS as P, WINDOW_LENGTH } from "../../economy/parameters.ts";
import { allEvents, oneEvent } from "./events.ts";
import { approve, expectRevert, setupChainSuite } from "./fixture.ts";
import { surgeBps } from "./reference.ts";

const chain = setupChainSuite();
const REPORTER_ROLE = keccak256(stringToHex("REPORTER_ROLE"));
const datum = (n: number) => `0x${n.toString(16).padStart(64, "0")}` as Hex;

const report = (window: bigint, ids: Hex[], demand: bigint[], capacity: bigint[]) =>
  chain.send(chain.accounts[1]!, "SaturationOracle", "report", [window, ids, demand, capacity]);

describe("saturation oracle and downloads", () => {
  it("maps saturation to surge: 1× below 1, linear slope above, capped", async () => {
    const slope = P.SURGE_SLOPE_BPS.value;
    const cap = P.SURGE_CAP_BPS.value;
    const cases: [bigint, bigint][] = [
      [0n, 10_000n],
      [9_999n, 10_000n],
      [10_000n, 10_000n],
      [10_001n, 10_000n], // 1 bps over × 0.5 slope rounds down to nothing
      [10_002n, 10_001n],
      [15_000n, 12_500n],
      [49_999n, 29_999n],
      [50_000n, 30_000n], // reaches the 3× cap exactly
      [1_000_000n, 30_000n],
    ];
    for (const [saturation, expected] of cases) {
      expect(surgeBps(saturation, slope, cap)).toBe(expected);
      expect(await chain.read("SaturationOracle", "surgeBpsFor", [saturation])).toBe(expected);
    }
    await chain.setParams({ SURGE_SLOPE_BPS: 10_000n, SURGE_CAP_BPS: 100_000n });
    for (const saturation of [12_345n, 77_777n, 200_000n]) {
      expect(await chain.read("SaturationOracle", "surgeBpsFor", [saturation])).toBe(
        surgeBps(saturation, 10_000n, 100_000n),
      );
    }
  });

  it("records samples per datum and prices downloads by the latest surge", async () => {
    const window = await chain.read("SaturationOracle", "currentWindow");
    expect(window).toBe((await chain.now()) / WINDOW_LENGTH);
    const ids = [datum(1), datum(2), datum(3)];
    // 0.75, 2.25 and "no capacity" (counted as capacity 1)
    const receipt = await report(window, ids, [3n, 9n, 100n], [4n, 4n, 0n]);
    const samples = allEvents<{ saturationBps: bigint; surgeBps: bigint; window: bigint }>(
      chain,
      receipt,
      "SaturationOracle",
      "SaturationSampled",
    );
    expect(samples.map((s) => [s.window, s.saturationBps, s.surgeBps])).toEqual([
      [window, 7_500n, 10_000n],
      [window, 22_500n, 16_250n],
      [window, 1_000_000n, 30_000n],
    ]);

    const downloader = chain.accounts[3]!;
    await approve(chain, downloader, "StakingVault");
    await approve(chain, downloader, "FeeRouter");
    await chain.send(downloader, "StakingVault", "stake", [P.MIN_ACCESS_STAKE.value, 0n]);
    const base = P.DOWNLOAD_BASE_PRICE.value;
    for (const [id, surge] of [
      [datum(2), 16_250n],
      [datum(3), 30_000n],
      [datum(99), 10_000n], // never sampled: 1×
    ] as const) {
      const price = (base * surge) / 10_000n;
      expect(await chain.read("DownloadMarket", "priceOf", [id])).toEqual([price, surge]);
      const before = await chain.balance(downloader);
      const dl = await chain.send(downloader, "DownloadMarket", "download", [id]);
      expect(oneEvent(chain, dl, "DownloadMarket", "Download")).toEqual({
        downloader,
        datumId: id,
        window,
        price,
        surgeBps: surge,
      });
      expect(oneEvent(chain, dl, "FeeRouter", "FeeCollected")).toMatchObject({
        kind: 2,
        amount: price,
      });
      expect(before - (await chain.balance(downloader))).toBe(price);
    }
  });

  it("needs an active stake of MIN_ACCESS_STAKE to download", async () => {
    const who = chain.accounts[4]!;
    const required = P.MIN_ACCESS_STAKE.value;
    await approve(chain, who, "StakingVault");
    await approve(chain, who, "FeeRouter");
    await expectRevert(
      chain.send(who, "DownloadMarket", "download", [datum(1)]),
      "InsufficientStake",
      [who, 0n, required],
    );
    await chain.send(who, "StakingVault", "stake", [required - 1n, 0n]);
    await expectRevert(
      chain.send(who, "DownloadMarket", "download", [datum(1)]),
      "InsufficientStake",
      [who, required - 1n, required],
    );
    await chain.send(who, "StakingVault", "stake", [1n, 0n]);
    await chain.send(who, "DownloadMarket", "download", [datum(1)]);
  });

  it("rejects stale, repeated and future windows, and unauthorised reporters", async () => {
    const window = (await chain.read("SaturationOracle", "currentWindow")) as bigint;
    await report(window - 2n, [datum(1)], [1n], [1n]);
    await expectRevert(report(window - 2n, [datum(1)], [1n], [1n]), "StaleWindow", [
      datum(1),
      window - 2n,
      window - 2n,
    ]);
    await expectRevert(report(window - 3n, [datum(1)], [1n], [1n]), "StaleWindow", [
      datum(1),
      window - 3n,
      window - 2n,
    ]);
    // the next block's time decides the current window; stay well clear of its boundary
    await expectRevert(report(window + 2n, [datum(1)], [1n], [1n]), "WindowInFuture");
    await expectRevert(report(window, [datum(1), datum(2)], [1n], [1n, 1n]), "LengthMismatch");
    await report(window, [datum(1)], [5n], [1n]);
    await chain.warp(WINDOW_LENGTH);
    const next = await report(window + 1n, [datum(1)], [1n], [1n]);
    expect(oneEvent(chain, next, "SaturationOracle", "SaturationSampled")).toMatchObject({
      window: window + 1n,
      surgeBps: 10_000n,
    });
    const outsider = chain.accounts[5]!;
    await expectRevert(
      chain.send(outsider, "SaturationOracle", "report", [window + 1n, [datum(7)], [1n], [1n]]),
      "AccessControlUnauthorizedAccount",
      [outsider, REPORTER_ROLE],
    );
  });
});

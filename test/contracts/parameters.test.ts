// Governed parameters before and at activation: defaults as deployed, range and split
// checks with named errors, and the hand-over from the bootstrap admin to the timelock.

import { encodeDeployData, stringToHex } from "viem";
import { describe, expect, it } from "vitest";
import {
  DAY,
  GOVERNANCE_DEFAULTS,
  PARAMETER_DEFAULTS,
  PARAMETER_KEYS,
  type ParameterKey,
} from "../../economy/parameters.ts";
import { artifact } from "../../mocks/devnet/artifacts.ts";
import { grantFromCompanyReserve } from "../../mocks/devnet/bootstrap.ts";
import { decodeRevert } from "../../mocks/devnet/chain-client.ts";
import { groupOf, parameterRange } from "../../web/lib/parameter-rules.ts";
import { eventsOf, oneEvent } from "./events.ts";
import { type Chain, expectRevert, setupChainSuite } from "./fixture.ts";
import { keyOf } from "./reference.ts";

// no bootstrap: the deployer is still the parameters' admin
const chain = setupChainSuite({ bootstrap: false });
const ZERO = "0x0000000000000000000000000000000000000000";

const setAs = (c: Chain, from: `0x${string}`, values: Partial<Record<ParameterKey, bigint>>) => {
  const entries = Object.entries(values) as [ParameterKey, bigint][];
  return c.send(from, "EconomyParameters", "setParameters", [
    entries.map(([k]) => keyOf(k)),
    entries.map(([, v]) => v),
  ]);
};

describe("economy parameters", () => {
  it("holds every default as deployed", async () => {
    for (const key of PARAMETER_KEYS) {
      expect(await chain.param(key), key).toBe(PARAMETER_DEFAULTS[key].value);
    }
    await expectRevert(
      chain.read("EconomyParameters", "get", [keyOf("NOPE")]),
      "UnknownParameter",
      [keyOf("NOPE")],
    );
  });

  it("lets the bootstrap admin change parameters before activation, one event each", async () => {
    const { deployer } = chain.d.accounts;
    const receipt = await setAs(chain, deployer, { MINT_FEE: 3n, SHARE_REWARD: 4n });
    const events = ["MINT_FEE", "SHARE_REWARD"].map((k, i) => ({
      key: keyOf(k),
      oldValue: PARAMETER_DEFAULTS[k as ParameterKey].value,
      newValue: BigInt(3 + i),
      by: deployer,
    }));
    expect(eventsOf(chain, receipt, "EconomyParameters").map((e) => e.args)).toEqual(events);
    expect(await chain.param("MINT_FEE")).toBe(3n);
  });

  it("rejects out-of-range values and splits that do not sum to 100%", async () => {
    const { deployer } = chain.d.accounts;
    const bad: [ParameterKey, bigint][] = [
      ["FEE_COMPANY_BPS", 10_001n],
      ["DIVERSIFY_BPS", 10_001n],
      ["SLASH_BPS", 20_000n],
      ["LOCK_WEIGHT_EXPONENT", 0n],
      ["LOCK_WEIGHT_EXPONENT", 5n],
      ["SURGE_CAP_BPS", 9_999n],
      ["SURGE_CAP_BPS", 100_001n],
      ["MAX_LOCK_BOOST_BPS", 100_001n],
      ["MAX_LOCK_DURATION", DAY - 1n],
      ["MAX_LOCK_DURATION", 4n * 365n * DAY + 1n],
      ["TARGET_GENERATIONS", 0n],
      ["STABLE_PRICE", 0n],
    ];
    for (const [key, value] of bad) {
      await expectRevert(setAs(chain, deployer, { [key]: value }), "ParameterOutOfRange", [
        keyOf(key),
        value,
      ]);
    }
    await expectRevert(setAs(chain, deployer, { FEE_COMPANY_BPS: 5000n }), "SplitMustSumToWhole", [
      stringToHex("FEE_SPLIT", { size: 32 }),
      11_000n,
    ]);
    await expectRevert(
      setAs(chain, deployer, { ROYALTY_COMMUNITY_BPS: 0n }),
      "SplitMustSumToWhole",
      [stringToHex("ROYALTY_SPLIT", { size: 32 }), 8_500n],
    );
    // a split moves atomically when every part changes in one call
    await setAs(chain, deployer, { FEE_COMPANY_BPS: 5000n, FEE_STAKERS_BPS: 1000n });
    expect(await chain.param("FEE_COMPANY_BPS")).toBe(5000n);
    await expectRevert(
      chain.send(deployer, "EconomyParameters", "setParameters", [[keyOf("NOPE")], [1n]]),
      "UnknownParameter",
      [keyOf("NOPE")],
    );
    await expectRevert(
      chain.send(deployer, "EconomyParameters", "setParameters", [[keyOf("MINT_FEE")], []]),
      "LengthMismatch",
      [1n, 0n],
    );
    await expectRevert(setAs(chain, chain.accounts[5]!, { MINT_FEE: 1n }), "NotGovernance", [
      chain.accounts[5]!,
    ]);
  });

  it("accepts exactly what web/lib/parameter-rules.ts says, at each edge of every range", async () => {
    const { deployer } = chain.d.accounts;
    for (const key of PARAMETER_KEYS) {
      const { min, max } = parameterRange(key);
      const before = await chain.param(key);
      // a split member alone breaks its sum, so inside the range it must fail on the sum only
      const inside = groupOf(key) ? "SplitMustSumToWhole" : undefined;
      for (const edge of max === undefined ? [min] : [min, max]) {
        const attempt = setAs(chain, deployer, { [key]: edge });
        if (inside && edge !== before) await expectRevert(attempt, inside);
        else await attempt;
      }
      if (min > 0n) {
        await expectRevert(setAs(chain, deployer, { [key]: min - 1n }), "ParameterOutOfRange");
      }
      if (max !== undefined && max < (1n << 256n) - 1n) {
        await expectRevert(setAs(chain, deployer, { [key]: max + 1n }), "ParameterOutOfRange");
      }
      if (!inside) await setAs(chain, deployer, { [key]: before });
    }
  });

  it("activates governance only past the distribution threshold, then only the timelock governs", async () => {
    const threshold = GOVERNANCE_DEFAULTS.activationThreshold;
    const { deployer } = chain.d.accounts;
    await expectRevert(
      chain.send(chain.accounts[7]!, "EconomyParameters", "activateGovernance"),
      "DistributionBelowThreshold",
      [0n, threshold],
    );
    await grantFromCompanyReserve(chain.clients, chain.d, chain.accounts[7]!, threshold - 1n);
    await expectRevert(
      chain.send(chain.accounts[7]!, "EconomyParameters", "activateGovernance"),
      "DistributionBelowThreshold",
      [threshold - 1n, threshold],
    );
    await grantFromCompanyReserve(chain.clients, chain.d, chain.accounts[8]!, 1n);
    // anyone may activate once the threshold is reached
    const receipt = await chain.send(chain.accounts[8]!, "EconomyParameters", "activateGovernance");
    expect(oneEvent(chain, receipt, "EconomyParameters", "GovernanceActivated")).toEqual({
      governance: chain.timelock,
      distributedSupply: threshold,
      threshold,
    });
    expect(await chain.read("EconomyParameters", "governance")).toBe(chain.timelock);
    await expectRevert(setAs(chain, deployer, { MINT_FEE: 1n }), "NotGovernance", [deployer]);
    await expectRevert(
      chain.send(deployer, "EconomyParameters", "activateGovernance"),
      "GovernanceAlreadyActive",
    );
    const changed = await setAs(chain, chain.timelock, { MINT_FEE: 1n });
    expect(oneEvent(chain, changed, "EconomyParameters", "ParameterChanged")).toMatchObject({
      by: chain.timelock,
      newValue: 1n,
    });
  });

  it("refuses zero addresses at construction", async () => {
    const { abi, bytecode } = artifact("EconomyParameters");
    const args = (admin: string, token: string) =>
      [admin, token, chain.accounts[0]!, chain.accounts[0]!, 1n, [], []] as const;
    for (const [admin, token] of [
      [ZERO, chain.addr("CommunityToken")],
      [chain.accounts[0]!, ZERO],
    ]) {
      const data = encodeDeployData({ abi, bytecode, args: args(admin!, token!) } as never);
      const error = await chain.clients.publicClient
        .estimateGas({ account: chain.accounts[0]!, data })
        .then(
          () => undefined,
          (e: unknown) => decodeRevert(e, "deploy"),
        );
      expect((error as { errorName?: string } | undefined)?.errorName).toBe("ZeroAddress");
    }
  });
});

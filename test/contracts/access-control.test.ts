// After activation the deployer keeps no power: parameters answer only to the timelock and
// every privileged entry point rejects outsiders with a named error.

import { type Address, keccak256, stringToHex } from "viem";
import { describe, expect, it } from "vitest";
import { TOKEN } from "../../economy/parameters.ts";
import type { ContractName } from "../../mocks/devnet/deployment.ts";
import { oneEvent } from "./events.ts";
import { type Chain, expectRevert, setupChainSuite } from "./fixture.ts";
import { keyOf } from "./reference.ts";

const chain = setupChainSuite();
const role = (name: string) => keccak256(stringToHex(name));
const ADMIN = `0x${"0".repeat(64)}` as const;

/** [contract, function, args, role the caller lacks] */
const guarded = (c: Chain, who: Address): [ContractName, string, unknown[], `0x${string}`][] => [
  ["FeeRouter", "settleGenerations", [who, 1n], role("OPERATOR_ROLE")],
  ["FeeRouter", "collect", [0, who, 1n, TOKEN], role("COLLECTOR_ROLE")],
  ["SaturationOracle", "report", [0n, [], [], []], role("REPORTER_ROLE")],
  ["HostingRewards", "settleEpoch", [0n, [], [], []], role("REPORTER_ROLE")],
  ["HostingRewards", "recordSample", [who, ADMIN, false], role("REPORTER_ROLE")],
  ["StakingVault", "notifyReward", [TOKEN], role("NOTIFIER_ROLE")],
  ["StakingVault", "slash", [0n, 1], role("SLASHER_ROLE")],
  ["EmissionSchedule", "rewardGenerations", [who, 1n], role("REWARDER_ROLE")],
  ["EmissionSchedule", "mintHostingReward", [who, TOKEN, 0n], role("REWARDER_ROLE")],
  ["CommunityToken", "mint", [who, TOKEN], role("MINTER_ROLE")],
  ["CompanyReserve", "withdraw", [c.addr("CommunityToken"), who, TOKEN, 3], role("SPENDER_ROLE")],
  ["CompanyReserve", "deposit", [c.addr("CommunityToken"), who, TOKEN, 3], role("DEPOSITOR_ROLE")],
  [
    "CommunityTreasury",
    "withdraw",
    [c.addr("CommunityToken"), who, TOKEN, 3],
    role("SPENDER_ROLE"),
  ],
  ["StableReserve", "buyback", [1n], role("SPENDER_ROLE")],
  ["PortfolioNFT", "publish", [who, ADMIN], role("OPERATOR_ROLE")],
];

describe("access control after activation", () => {
  it("answers parameter changes only from the timelock; the former admin gets NotGovernance", async () => {
    const { deployer } = chain.d.accounts;
    expect(await chain.read("EconomyParameters", "governanceActive")).toBe(true);
    const args = [[keyOf("MINT_FEE")], [5n * TOKEN]];
    await expectRevert(
      chain.send(deployer, "EconomyParameters", "setParameters", args),
      "NotGovernance",
      [deployer],
    );
    const holder = chain.accounts[3]!;
    await expectRevert(
      chain.send(holder, "EconomyParameters", "setParameters", args),
      "NotGovernance",
      [holder],
    );
    const receipt = await chain.send(chain.timelock, "EconomyParameters", "setParameters", args);
    expect(oneEvent(chain, receipt, "EconomyParameters", "ParameterChanged")).toMatchObject({
      key: keyOf("MINT_FEE"),
      newValue: 5n * TOKEN,
      by: chain.timelock,
    });
  });

  it("rejects the deployer and outsiders on every privileged entry point", async () => {
    for (const who of [chain.d.accounts.deployer, chain.accounts[14]!]) {
      for (const [contract, fn, args, missing] of guarded(chain, who)) {
        await expectRevert(
          chain.send(who, contract, fn, args),
          "AccessControlUnauthorizedAccount",
          [who, missing],
        );
      }
    }
  });

  it("leaves the deployer no admin role anywhere: the timelock administers", async () => {
    const { deployer } = chain.d.accounts;
    for (const contract of [
      "CommunityToken",
      "FeeRouter",
      "StakingVault",
      "CompanyReserve",
    ] as const) {
      expect(await chain.read(contract, "hasRole", [ADMIN, deployer])).toBe(false);
      expect(await chain.read(contract, "hasRole", [ADMIN, chain.timelock])).toBe(true);
      await expectRevert(
        chain.send(deployer, contract, "grantRole", [role("SPENDER_ROLE"), deployer]),
        "AccessControlUnauthorizedAccount",
        [deployer, ADMIN],
      );
    }
    // the timelock itself only takes proposals from the governor
    await expectRevert(
      chain.send(deployer, "WatershedTimelock", "schedule", [
        deployer,
        0n,
        "0x",
        ADMIN,
        ADMIN,
        86_400n,
      ]),
      "AccessControlUnauthorizedAccount",
      [deployer, role("PROPOSER_ROLE")],
    );
    // governor settings change only through a proposal
    await expectRevert(
      chain.send(deployer, "CommunityGovernor", "setVotingPeriod", [1]),
      "GovernorOnlyExecutor",
      [deployer],
    );
    await expectRevert(
      chain.send(chain.accounts[3]!, "MockUSDC", "mint", [chain.accounts[3]!, 1n]),
      "NotMinter",
      [chain.accounts[3]!],
    );
  });
});

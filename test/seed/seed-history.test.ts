import type { Address } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifact } from "../../mocks/devnet/artifacts.ts";
import { write } from "../../mocks/devnet/chain-client.ts";
import { eventCatalog } from "../../mocks/devnet/seed/event-catalog.ts";
import { LogDigest } from "../../mocks/devnet/seed/log-digest.ts";
import { createRpc } from "../../mocks/devnet/seed/rpc.ts";
import { type SeedDevnet, startSeedDevnet } from "../../mocks/devnet/seed/seed-devnet.ts";
import { seedHistory } from "../../mocks/devnet/seed/seed-history.ts";
import type { SeedSummary } from "../../mocks/devnet/seed/summary.ts";
import { verifyAgainstChain } from "../../mocks/devnet/seed/verify.ts";
import { allLogs } from "./helpers.ts";

// Five days is the shortest history whose schedule still executes a proposal through the
// timelock, so it exercises the whole catalog.
const DAYS = 5;
let devnet: SeedDevnet;
let summary: SeedSummary;

beforeAll(async () => {
  devnet = await startSeedDevnet();
  summary = await seedHistory({ ...devnet, days: DAYS, seed: 42 });
});

afterAll(async () => {
  await devnet?.anvil.stop();
});

const governor = () => ({
  address: summary.deployment.contracts.CommunityGovernor.address,
  abi: artifact("CommunityGovernor").abi,
});

describe("a seeded history", () => {
  it("leaves every stock on chain equal to the model's own accounting", async () => {
    const rpc = createRpc(devnet.clients.rpcUrl);
    const check = await verifyAgainstChain(rpc, devnet.clients, summary.deployment, summary);
    expect(check.mismatches).toEqual([]);
    expect(check.chain).toEqual(summary.stocks);
    expect(summary.stocks.minted).toBeGreaterThan(0n);
    expect(summary.stocks.burned).toBeGreaterThan(0n);
    expect(summary.stocks.stableReserve).toBeGreaterThan(0n);
    expect(summary.skipped).toEqual({});
  });

  it("emits every event of the contracts' catalog at least once", async () => {
    const digest = new LogDigest(summary.deployment);
    const seen = new Set((await allLogs(devnet.clients.rpcUrl)).map((log) => digest.nameOf(log)));
    const missing = eventCatalog().filter((key) => !seen.has(key));
    expect(missing).toEqual([]);
  });

  it("goes through activation, executed, defeated and canceled proposals", () => {
    expect(summary.deployment.governanceActive).toBe(true);
    const states = summary.proposals.map((p) => p.state);
    expect(states).toContain("Executed");
    expect(states).toContain("Defeated");
    expect(states).toContain("Canceled");
    expect(states.filter((s) => s === "Active").length).toBeGreaterThanOrEqual(2);
  });

  it("leaves two active proposals anvil's public accounts 3..9 can still vote on", async () => {
    const { publicClient } = devnet.clients;
    const accounts = (await devnet.clients.walletClient.getAddresses()).slice(3, 10) as Address[];
    const token = {
      address: summary.deployment.contracts.CommunityToken.address,
      abi: artifact("CommunityToken").abi,
    };
    const active = summary.proposals.filter((p) => p.state === "Active");
    for (const account of accounts) {
      const balance = await publicClient.readContract({
        ...token,
        functionName: "balanceOf",
        args: [account],
      });
      const delegatee = await publicClient.readContract({
        ...token,
        functionName: "delegates",
        args: [account],
      });
      expect(balance).toBeGreaterThan(0n);
      expect((delegatee as string).toLowerCase()).toBe(account.toLowerCase());
      for (const p of active) {
        const args = [p.id, account] as const;
        expect(
          await publicClient.readContract({ ...governor(), functionName: "hasVoted", args }),
        ).toBe(false);
        const votes = await publicClient.readContract({
          ...governor(),
          functionName: "getVotes",
          args: [account, p.snapshot],
        });
        expect(votes).toBeGreaterThan(0n);
      }
    }
    // and a vote really goes through (the chain is back on automine after seeding)
    await write(devnet.clients, {
      ...governor(),
      from: accounts[0]!,
      functionName: "castVoteWithReason",
      args: [active[0]!.id, 1, "voting from a dev wallet"],
    });
  });
});

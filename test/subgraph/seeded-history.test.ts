// A seeded 5-day history (seedHistory: every mechanism, governance activation, proposals
// passed, executed, defeated, canceled and still open) indexed by the follower over the
// compiled subgraph, then checked against the chain at the indexed head, exactly.
import { type Abi, type Address, parseAbi } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { epochInflation } from "../../economy/hosting.ts";
import { defaultParameters, PARAMETER_KEYS } from "../../economy/parameters.ts";
import { SUBGRAPH_BUILD_DIR } from "../../mocks/dev/build-subgraph.ts";
import { artifact } from "../../mocks/devnet/artifacts.ts";
import type { ContractName } from "../../mocks/devnet/deployment.ts";
import { DEFAULT_ADMIN_ROLE, moduleGrants, role } from "../../mocks/devnet/roles.ts";
import { ARTIFACT_OF } from "../../mocks/devnet/seed/log-digest.ts";
import { type SeedDevnet, startSeedDevnet } from "../../mocks/devnet/seed/seed-devnet.ts";
import { seedHistory } from "../../mocks/devnet/seed/seed-history.ts";
import { type RunningFollower, startFollower } from "../../mocks/graph-node/follower/index.ts";
import { parameterKey } from "./factories/economy-parameters.ts";
import { lower } from "./support/chain.ts";
import { all, must, type Plain, sum } from "./support/entities.ts";
import { expectFlowLinks } from "./support/flow-invariants.ts";
import { expectDelegation } from "./support/invariants.ts";

const STATES = [
  "PENDING",
  "ACTIVE",
  "CANCELED",
  "DEFEATED",
  "SUCCEEDED",
  "QUEUED",
  "EXPIRED",
  "EXECUTED",
];

let devnet: SeedDevnet;
let follower: RunningFollower;
let head: bigint;
const store = () => follower.store;

beforeAll(async () => {
  devnet = await startSeedDevnet();
  await seedHistory({ clients: devnet.clients, deployment: devnet.deployment, days: 5, seed: 42 });
  follower = await startFollower({ buildDir: SUBGRAPH_BUILD_DIR, rpcUrl: devnet.anvil.rpcUrl });
  await follower.ready;
  head = BigInt(follower.meta().block!.number);
}, 120_000);
afterAll(async () => {
  await follower?.stop();
  await devnet?.anvil.stop();
});

const contract = (name: keyof SeedDevnet["deployment"]["contracts"]) =>
  devnet.deployment.contracts[name].address;
function read<T>(address: Address, abiName: string, functionName: string, args: unknown[] = []) {
  return devnet.clients.publicClient.readContract({
    address,
    abi: artifact(abiName).abi as Abi,
    functionName,
    args,
    blockNumber: head,
  }) as Promise<T>;
}
const balanceOf = (asset: Address, holder: string) =>
  read<bigint>(asset, "CommunityToken", "balanceOf", [holder]);
const byId = (rows: Plain[]) => new Map(rows.map((r) => [r.id as string, r]));

describe("seeded history, indexed", () => {
  it("reached the chain head without indexing errors", async () => {
    expect(follower.meta().hasIndexingErrors).toBe(false);
    expect(head).toBe(await devnet.clients.publicClient.getBlockNumber());
    expect(follower.stats().handlerRuns).toBeGreaterThan(10_000);
  });

  it("every mechanism of the history left its entities", () => {
    const types = [
      "DelegateChange",
      "VotingPowerChange",
      "StockFlow",
      "FlowEdge",
      "FlowLink",
      "Diversification",
      "Buyback",
      "FeeCollection",
      "FeeDay",
      "BaseFeeUpdate",
      "Emission",
      "EmissionEpoch",
      "EmissionActivity",
      "StakePosition",
      "StakeEvent",
      "RewardNotification",
      "RewardPayout",
      "Slash",
      "HostingNode",
      "HostingReport",
      "HostingReward",
      "AvailabilitySample",
      "Datum",
      "SaturationSample",
      "Download",
      "PortfolioItem",
      "NftSale",
      "RoyaltyPayment",
      "Publication",
      "GovernanceFramework",
      "Proposal",
      "ProposalAction",
      "Vote",
      "Parameter",
      "ParameterChange",
      "Role",
      "RoleMember",
      "RoleEvent",
    ];
    const empty = types.filter((t) => [...store().all(t)].length === 0);
    expect(empty).toEqual([]);
  });

  it("token: Σ balances = supply = totalSupply(), every balance and voting power as on chain", async () => {
    const token = contract("CommunityToken");
    const t = must(store(), "Token", "token");
    const accounts = all(store(), "Account");
    expect(sum(accounts.map((a) => a.balance))).toBe(t.totalSupply);
    expect(t.totalSupply).toBe(await read<bigint>(token, "CommunityToken", "totalSupply"));
    expect((t.minted as bigint) - (t.burned as bigint)).toBe(t.totalSupply);
    const onChain = await Promise.all(
      accounts.map(async (a) => [
        await balanceOf(token, a.id as string),
        await read<bigint>(token, "CommunityToken", "getVotes", [a.id]),
      ]),
    );
    expect(accounts.map((a) => [a.balance, a.votingPower])).toEqual(onChain);
    expect(t.holderCount).toBe(accounts.filter((a) => a.balance !== 0n).length);
    expect(t.delegatedVotes).toBe(sum(accounts.map((a) => a.votingPower)));
    expect(t.delegateCount).toBe(accounts.filter((a) => a.votingPower !== 0n).length);
  });

  it("stocks: balance = Σ inflows − Σ outflows = balanceOf at head, for every stock and asset", async () => {
    const token = contract("CommunityToken");
    const usdc = contract("MockUSDC");
    const stocks = byId(all(store(), "Stock"));
    expect([...stocks.keys()].sort()).toEqual([
      "COMMUNITY_TREASURY",
      "COMPANY_RESERVE",
      "STABLE_RESERVE",
      "STAKING_VAULT",
    ]);
    expect(stocks.get("COMPANY_RESERVE")!.address).toBe(lower(contract("CompanyReserve")));
    expect(stocks.get("STABLE_RESERVE")!.address).toBe(lower(contract("StableReserve")));
    expect(stocks.get("STAKING_VAULT")!.address).toBe(lower(contract("StakingVault")));
    const flows = all(store(), "StockFlow");
    const pairs: [string, Address][] = [
      ["COMPANY_RESERVE", token],
      ["COMMUNITY_TREASURY", token],
      ["STABLE_RESERVE", usdc],
      ["STABLE_RESERVE", token],
      ["STAKING_VAULT", token],
    ];
    for (const [stock, asset] of pairs) {
      const id = `${stock}-${lower(asset)}`;
      const mine = flows.filter((f) => f.stockBalance === id);
      const inflow = sum(mine.filter((f) => f.direction === "IN").map((f) => f.amount));
      const outflow = sum(mine.filter((f) => f.direction === "OUT").map((f) => f.amount));
      const chainBalance = await balanceOf(asset, stocks.get(stock)!.address as string);
      const b = store().get("StockBalance", id) ? must(store(), "StockBalance", id) : undefined;
      // the stable reserve never keeps tokens (buybacks burn what they buy): no row, zero on chain
      expect({ id, balance: b?.balance ?? 0n, flows: inflow - outflow }).toEqual({
        id,
        balance: chainBalance,
        flows: chainBalance,
      });
      if (!b) continue;
      expect([b.inflowTotal, b.outflowTotal, b.flowCount]).toEqual([inflow, outflow, mine.length]);
      const last = mine.reduce((x, y) => (sortKey(y) > sortKey(x) ? y : x));
      expect(last.balanceAfter).toBe(b.balance);
    }
    const stockBalances = await Promise.all(
      [...stocks.values()].map((st) => balanceOf(token, st.address as string)),
    );
    expect(must(store(), "Token", "token").stockHoldings).toBe(sum(stockBalances));
  });

  it("proposals: tallies = Σ votes = proposalVotes(id), state = state(id) at head", async () => {
    const governor = contract("CommunityGovernor");
    const proposals = all(store(), "Proposal");
    const votes = all(store(), "Vote");
    const states = new Set<string>();
    for (const p of proposals) {
      const mine = votes.filter((v) => v.proposal === p.id);
      const by = (choice: string) =>
        sum(mine.filter((v) => v.choice === choice).map((v) => v.weight));
      const [against, forVotes, abstain] = await read<[bigint, bigint, bigint]>(
        governor,
        "CommunityGovernor",
        "proposalVotes",
        [BigInt(p.id as string)],
      );
      const state = await read<number>(governor, "CommunityGovernor", "state", [
        BigInt(p.id as string),
      ]);
      expect({
        id: p.id,
        for: p.forVotes,
        against: p.againstVotes,
        abstain: p.abstainVotes,
        state: p.state,
      }).toEqual({
        id: p.id,
        for: forVotes,
        against,
        abstain,
        state: STATES[state],
      });
      expect([by("FOR"), by("AGAINST"), by("ABSTAIN")]).toEqual([forVotes, against, abstain]);
      expect([p.totalVotes, p.voterCount]).toEqual([forVotes + against + abstain, mine.length]);
      states.add(p.state as string);
    }
    // the 5-day history carries each kind of ending
    expect([...states]).toEqual(
      expect.arrayContaining(["ACTIVE", "CANCELED", "DEFEATED", "EXECUTED"]),
    );
    const g = must(store(), "Governance", "governance");
    expect(g.proposals).toBe(BigInt(proposals.length));
    expect(g.proposalsExecuted).toBe(
      BigInt(proposals.filter((p) => p.state === "EXECUTED").length),
    );
  });

  it("parameters: latest value = EconomyParameters.get(key); executed changes link to their proposal", async () => {
    const params = byId(all(store(), "Parameter"));
    expect([...params.keys()].sort()).toEqual([...PARAMETER_KEYS].sort());
    for (const key of PARAMETER_KEYS) {
      const onChain = await read<bigint>(
        contract("EconomyParameters"),
        "EconomyParameters",
        "get",
        [parameterKey(key)],
      );
      expect([key, params.get(key)!.value]).toEqual([key, onChain]);
    }
    const executed = all(store(), "Proposal").filter((p) => p.state === "EXECUTED");
    const linked = all(store(), "ParameterChange").filter((c) => c.proposal !== undefined);
    expect(linked.length).toBeGreaterThan(0);
    for (const c of linked) {
      const p = executed.find((x) => x.id === c.proposal);
      expect(p?.executedTxHash).toBe(c.txHash);
    }
  });

  it("emissions: cumulative = Σ Emission entities = Σ Emission events on chain", async () => {
    const logs = await devnet.clients.publicClient.getContractEvents({
      address: contract("EmissionSchedule"),
      abi: artifact("EmissionSchedule").abi,
      eventName: "Emission",
      fromBlock: 0n,
      toBlock: head,
    });
    const onChain = sum(logs.map((l) => (l.args as { amount: bigint }).amount));
    const emissions = all(store(), "Emission");
    const totals = must(store(), "EmissionTotals", "emissions");
    expect([totals.cumulative, sum(emissions.map((e) => e.amount)), emissions.length]).toEqual([
      onChain,
      onChain,
      logs.length,
    ]);
    const ofKind = (k: string) => sum(emissions.filter((e) => e.kind === k).map((e) => e.amount));
    expect([totals.generation, totals.share, totals.hosting]).toEqual([
      ofKind("GENERATION"),
      ofKind("SHARE"),
      ofKind("HOSTING"),
    ]);
    // the curve: each epoch's cumulative is everything emitted for it and earlier epochs
    const epochs = all(store(), "EmissionEpoch").sort((a, b) => Number(a.epoch) - Number(b.epoch));
    let running = 0n;
    for (const e of epochs) {
      running += e.total as bigint;
      expect([e.epoch, e.cumulative]).toEqual([e.epoch, running]);
    }
    expect(running).toBe(totals.cumulative);
  });

  it("value network: each link's days add up, and links in − links out = every stock's balance", () => {
    expectFlowLinks(store());
    expect(all(store(), "FlowLink").length).toBeGreaterThan(10);
  });

  it("emission activity: generations, shares and hosting supply per epoch, as the chain did", async () => {
    const genesis = await read<bigint>(
      contract("EconomyParameters"),
      "EconomyParameters",
      "genesis",
    );
    expect(must(store(), "EmissionTotals", "emissions").genesis).toBe(genesis);
    const activity = byId(all(store(), "EmissionActivity"));
    const epochOf = (ts: unknown) => String((BigInt(ts as bigint) - genesis) / 86_400n);
    const generations = new Map<string, bigint>();
    for (const f of all(store(), "FeeCollection").filter((f) => f.kind === "GENERATION"))
      generations.set(
        String(f.epoch),
        (generations.get(String(f.epoch)) ?? 0n) + (f.quantity as bigint),
      );
    const shares = new Map<string, number>();
    for (const p of all(store(), "Publication"))
      shares.set(epochOf(p.timestamp), (shares.get(epochOf(p.timestamp)) ?? 0) + 1);
    for (const [epoch, count] of generations)
      expect([epoch, activity.get(epoch)?.generations]).toEqual([epoch, count]);
    for (const [epoch, count] of shares)
      expect([epoch, activity.get(epoch)?.shares]).toEqual([epoch, count]);
    // Each settled epoch minted its inflation (economy/, at the recorded supply) but for the
    // rounding of each node's part: less than one base unit per node.
    const rewards = all(store(), "HostingReward");
    const inflationBps = (at: bigint) =>
      all(store(), "ParameterChange")
        .filter((c) => c.parameter === "HOST_INFLATION_BPS" && (c.timestamp as bigint) <= at)
        .sort((a, b) => Number((a.timestamp as bigint) - (b.timestamp as bigint)))
        .at(-1)?.newValue as bigint;
    const settled = [...activity.values()].filter(
      (a) => a.hostingSupply !== undefined && a.hostingSupply !== null,
    );
    expect(settled.length).toBeGreaterThan(0);
    for (const a of settled) {
      const minted = sum(rewards.filter((r) => r.epoch === a.epoch).map((r) => r.amount));
      const params = {
        ...defaultParameters(),
        HOST_INFLATION_BPS: inflationBps(a.hostingSettledAt as bigint),
      };
      const dust = epochInflation(params, a.hostingSupply as bigint) - minted;
      expect([a.epoch, dust >= 0n && dust < BigInt(a.hostingNodes as number)]).toEqual([
        a.epoch,
        true,
      ]);
    }
  });

  it("fees: parts sum to the amount and match what reached each stock", async () => {
    const fees = all(store(), "FeeCollection");
    expect(fees.length).toBeGreaterThan(100);
    for (const f of fees) {
      const parts = [f.companyPart, f.communityPart, f.stakerPart, f.stablePart] as bigint[];
      expect(sum(parts)).toBe(f.amount);
    }
    const feeIn = (stock: string) =>
      sum(
        all(store(), "StockFlow")
          .filter((x) => x.stock === stock && x.source === "FEE" && x.direction === "IN")
          .map((x) => x.amount),
      );
    expect(sum(fees.map((f) => f.companyPart))).toBe(feeIn("COMPANY_RESERVE"));
    expect(sum(fees.map((f) => f.communityPart))).toBe(feeIn("COMMUNITY_TREASURY"));
    expect(sum(fees.map((f) => f.stakerPart))).toBe(feeIn("STAKING_VAULT"));
    expect(sum(fees.map((f) => f.stablePart))).toBe(
      sum(all(store(), "Diversification").map((d) => d.tokensIn)),
    );
  });

  it("roles: the devnet's grants are indexed; active = hasRole at head, memberCount = active members", async () => {
    const d = devnet.deployment;
    const members = byId(all(store(), "RoleMember"));
    const memberId = (c: ContractName, roleName: string, account: Address) =>
      `${lower(contract(c))}-${roleName === "DEFAULT_ADMIN_ROLE" ? DEFAULT_ADMIN_ROLE : role(roleName)}-${lower(account)}`;
    const grants = moduleGrants(d).filter(([c]) => c !== "WatershedTimelock");
    expect(grants.filter(([c, , r, a]) => !members.has(memberId(c, r, a)))).toEqual([]);
    expect(
      members.get(memberId("CommunityTreasury", "DEPOSITOR_ROLE", contract("FeeRouter"))),
    ).toMatchObject({
      contractName: "CommunityTreasury",
      roleName: "DEPOSITOR_ROLE",
      active: true,
    });
    // activation handed every module's admin role from the deployer, who renounced it, to the timelock
    const modules = [...new Set(all(store(), "Role").map((r) => r.contractName as ContractName))];
    expect(modules.sort()).toEqual([
      "CommunityToken",
      "CommunityTreasury",
      "CompanyReserve",
      "EmissionSchedule",
      "FeeRouter",
      "HostingRewards",
      "PortfolioNFT",
      "SaturationOracle",
      "StableReserve",
      "StakingVault",
    ]);
    for (const m of modules) {
      expect(
        members.get(memberId(m, "DEFAULT_ADMIN_ROLE", contract("WatershedTimelock"))),
      ).toMatchObject({ active: true });
      expect(members.get(memberId(m, "DEFAULT_ADMIN_ROLE", d.accounts.deployer))).toMatchObject({
        active: false,
        revokedBy: lower(d.accounts.deployer),
      });
    }
    const onChain = await Promise.all(
      [...members.values()].map((m) =>
        read<boolean>(
          m.contract as Address,
          ARTIFACT_OF[m.contractName as ContractName],
          "hasRole",
          [m.roleHash, m.account],
        ),
      ),
    );
    expect([...members.values()].map((m) => [m.id, m.active])).toEqual(
      [...members.values()].map((m, i) => [m.id, onChain[i]]),
    );
    for (const r of all(store(), "Role")) {
      const active = [...members.values()].filter((m) => m.role === r.id && m.active).length;
      expect([r.id, r.memberCount]).toEqual([r.id, active]);
    }
    // one RoleEvent per role log the modules emitted, the constructors' grants included
    const logs = await devnet.clients.publicClient.getLogs({
      address: modules.map((m) => contract(m)),
      events: parseAbi([
        "event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)",
        "event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)",
        "event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)",
      ]),
      fromBlock: 0n,
      toBlock: head,
    });
    expect(all(store(), "RoleEvent").length).toBe(logs.length);
  });

  it("delegation aggregates: delegator and vote counts, power days, each delegate's chain delegators", async () => {
    expectDelegation(store());
    const accounts = all(store(), "Account").filter((a) => (a.delegatorCount as number) > 0);
    expect(accounts.length).toBeGreaterThan(0);
    const token = contract("CommunityToken");
    const delegateOf = await Promise.all(
      all(store(), "Account").map((a) =>
        read<string>(token, "CommunityToken", "delegates", [a.id]),
      ),
    );
    for (const a of accounts) {
      const onChain = delegateOf.filter((d) => d.toLowerCase() === a.id).length;
      expect([a.id, a.delegatorCount]).toEqual([a.id, onChain]);
    }
  });

  it("supply days chain together and the last one's circulating supply is the chain's", async () => {
    const days = all(store(), "SupplyDay").sort(
      (a, b) => (a.dayId as number) - (b.dayId as number),
    );
    let supply = 0n;
    let burned = 0n;
    for (const d of days) {
      supply += (d.mintedInDay as bigint) - (d.burnedInDay as bigint);
      burned += d.burnedInDay as bigint;
      expect([d.dayId, d.totalSupply, d.burned]).toEqual([d.dayId, supply, burned]);
    }
    const t = must(store(), "Token", "token");
    const last = days.at(-1)!;
    expect(last.totalSupply).toBe(t.totalSupply);
    const token = contract("CommunityToken");
    const stocks = all(store(), "Stock");
    const held = sum(await Promise.all(stocks.map((st) => balanceOf(token, st.address as string))));
    expect(last.circulating).toBe((t.totalSupply as bigint) - held);
  });
});

/** Flows sorted by chain position: block, then the log index in the id. */
function sortKey(f: Plain): bigint {
  const logIndex = BigInt((f.id as string).split("-")[1]!);
  return (f.blockNumber as bigint) * 1_000_000n + logIndex;
}

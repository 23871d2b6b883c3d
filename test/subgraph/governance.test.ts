// CommunityGovernor and EconomyParameters handlers, the governor's block handler included:
// a proposal goes PENDING → ACTIVE (quorum read from the real governor by eth_call) →
// SUCCEEDED → QUEUED → EXECUTED, its setParameters calls decoded and the parameter changes
// linked to it; others are defeated or canceled; settings land on the framework.
import {
  type Address,
  encodeAbiParameters,
  encodeFunctionData,
  type Hex,
  keccak256,
  toHex,
} from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GOVERNANCE_DEFAULTS, PARAMETER_DEFAULTS, TOKEN } from "../../economy/parameters.ts";
import { artifact } from "../../mocks/devnet/artifacts.ts";
import { SUPPORT } from "./factories/codes.ts";
import {
  newProposalCanceledEvent,
  newProposalCreatedEvent,
  newProposalExecutedEvent,
  newProposalQueuedEvent,
  newProposalThresholdSetEvent,
  newQuorumNumeratorUpdatedEvent,
  newTimelockChangeEvent,
  newVoteCastEvent,
  newVoteCastWithParamsEvent,
  newVotingDelaySetEvent,
  newVotingPeriodSetEvent,
} from "./factories/community-governor.ts";
import { newTransferEvent } from "./factories/community-token.ts";
import {
  newGovernanceActivatedEvent,
  newParameterChangedEvent,
  parameterKey,
} from "./factories/economy-parameters.ts";
import { addressOf, txHash } from "./factories/log.ts";
import { HOUR, lower, startTestChain, type TestChain } from "./support/chain.ts";
import { must } from "./support/entities.ts";
import { graphql } from "./support/graphql.ts";
import { openSession, type Session } from "./support/session.ts";

const ZERO: Address = "0x0000000000000000000000000000000000000000";
const DEPLOYER: Address = "0x00000000000000000000000000000000000de910";
const A: Address = "0x0000000000000000000000000000000000000a01";
const B: Address = "0x0000000000000000000000000000000000000a02";
const C: Address = "0x0000000000000000000000000000000000000a03";
const GOVERNOR = addressOf("CommunityGovernor");
const PARAMS = addressOf("EconomyParameters");
const STABLE = addressOf("StableReserve");
const SUPPLY = 100_000_000n * TOKEN;
const g = GOVERNANCE_DEFAULTS;

let chain: TestChain;
let s: Session;
let TIMELOCK: Address;
beforeAll(async () => {
  chain = await startTestChain(130);
  TIMELOCK = chain.deployment.contracts.WatershedTimelock.address;
  s = openSession(chain);
});
afterAll(async () => {
  await s?.close();
  await chain?.stop();
});

interface Draft {
  targets: Address[];
  calldatas: Hex[];
  description: string;
}

/** The id the governor gives it: hashProposal(targets, values, calldatas, descriptionHash). */
function proposalId(p: Draft): bigint {
  const encoded = encodeAbiParameters(
    [{ type: "address[]" }, { type: "uint256[]" }, { type: "bytes[]" }, { type: "bytes32" }],
    [p.targets, p.targets.map(() => 0n), p.calldatas, keccak256(toHex(p.description))],
  );
  return BigInt(keccak256(encoded));
}

const setParameters = (changes: Record<string, bigint>) =>
  encodeFunctionData({
    abi: artifact("EconomyParameters").abi,
    functionName: "setParameters",
    args: [Object.keys(changes).map(parameterKey), Object.values(changes)],
  });

const passing: Draft = {
  targets: [PARAMS, STABLE],
  calldatas: [
    setParameters({ DIVERSIFY_BPS: 3000n, MINT_FEE: TOKEN }),
    encodeFunctionData({ abi: artifact("StableReserve").abi, functionName: "buyback", args: [5n] }),
  ],
  description: "# Diversify more\n\nRaise DIVERSIFY_BPS and buy back.",
};
const failing: Draft = {
  targets: [PARAMS],
  calldatas: [setParameters({ ROYALTY_BPS: 1500n })],
  description: "## Raise the royalty\nno quorum expected",
};
const withdrawn: Draft = {
  targets: [PARAMS],
  calldatas: [setParameters({ SHARE_REWARD: TOKEN })],
  description: "Withdrawn",
};
const ids = {
  passing: proposalId(passing),
  failing: proposalId(failing),
  withdrawn: proposalId(withdrawn),
};
const proposal = (id: bigint) => must(s.store, "Proposal", id.toString());

describe("governance set-up", () => {
  it("builds the framework from the constructor's settings events and eth_calls", async () => {
    await s.run([
      newTransferEvent({ from: ZERO, to: DEPLOYER, value: SUPPLY }),
      newVotingDelaySetEvent({ oldVotingDelay: 0n, newVotingDelay: BigInt(g.votingDelaySeconds) }),
      newVotingPeriodSetEvent({
        oldVotingPeriod: 0n,
        newVotingPeriod: BigInt(g.votingPeriodSeconds),
      }),
      newProposalThresholdSetEvent({
        oldProposalThreshold: 0n,
        newProposalThreshold: g.proposalThreshold,
      }),
      newQuorumNumeratorUpdatedEvent({
        oldQuorumNumerator: 0n,
        newQuorumNumerator: g.quorumPercent,
      }),
      newTimelockChangeEvent({ oldTimelock: ZERO, newTimelock: TIMELOCK }),
    ]);
    expect(must(s.store, "GovernanceFramework", lower(GOVERNOR))).toEqual({
      id: lower(GOVERNOR),
      name: "Watershed Community Governor",
      tokenAddress: lower(addressOf("CommunityToken")),
      timelockAddress: lower(TIMELOCK),
      clockMode: "mode=timestamp",
      votingDelay: BigInt(g.votingDelaySeconds),
      votingPeriod: BigInt(g.votingPeriodSeconds),
      proposalThreshold: g.proposalThreshold,
      quorumNumerator: g.quorumPercent,
      quorumDenominator: 100n,
      timelockDelay: g.timelockDelaySeconds,
    });
  });

  it("records parameters set at deployment, then governance activation", async () => {
    const fee = PARAMETER_DEFAULTS.DIVERSIFY_BPS.value;
    const run = await s.run([
      newParameterChangedEvent(
        { key: "DIVERSIFY_BPS", oldValue: 0n, newValue: fee, by: DEPLOYER },
        { tx: "deploy" },
      ),
      newParameterChangedEvent(
        {
          key: "MINT_FEE",
          oldValue: 0n,
          newValue: PARAMETER_DEFAULTS.MINT_FEE.value,
          by: DEPLOYER,
        },
        { tx: "deploy" },
      ),
      newGovernanceActivatedEvent({
        governance: TIMELOCK,
        distributedSupply: 21_000_000n * TOKEN,
        threshold: g.activationThreshold,
      }),
    ]);
    expect(must(s.store, "Parameter", "DIVERSIFY_BPS")).toEqual({
      id: "DIVERSIFY_BPS",
      value: fee,
      updatedAt: run.timestamp,
      changeCount: 1,
    });
    expect(must(s.store, "ParameterChange", `${txHash("deploy")}-0`)).toEqual({
      id: `${txHash("deploy")}-0`,
      parameter: "DIVERSIFY_BPS",
      oldValue: 0n,
      newValue: fee,
      changedBy: lower(DEPLOYER),
      timestamp: run.timestamp,
      blockNumber: BigInt(run.number),
      txHash: txHash("deploy"),
    });
    // before activation no proposal can follow, so nothing waits for one
    expect(s.store.get("PendingParameterChanges", txHash("deploy"))).toBeUndefined();
    expect(must(s.store, "Governance", "governance")).toMatchObject({
      active: true,
      activationDistributedSupply: 21_000_000n * TOKEN,
      activatedAt: run.timestamp,
    });
  });
});

describe("proposal lifecycle", () => {
  let created: { number: number; timestamp: bigint };
  let voteStart: bigint;
  let voteEnd: bigint;

  it("creates proposals PENDING with decoded actions", async () => {
    created = await s.peek();
    voteStart = created.timestamp + BigInt(g.votingDelaySeconds);
    voteEnd = voteStart + BigInt(g.votingPeriodSeconds);
    const make = (d: Draft, proposer: Address) =>
      newProposalCreatedEvent(
        {
          proposalId: proposalId(d),
          proposer,
          targets: d.targets,
          values: d.targets.map(() => 0n),
          signatures: d.targets.map(() => ""),
          calldatas: d.calldatas,
          voteStart,
          voteEnd,
          description: d.description,
        },
        { tx: d.description },
      );
    await s.run([make(passing, A), make(failing, B), make(withdrawn, A)]);
    expect(proposal(ids.passing)).toMatchObject({
      proposer: lower(A),
      state: "PENDING",
      title: "Diversify more",
      description: passing.description,
      forVotes: 0n,
      totalVotes: 0n,
      voterCount: 0,
      voteStart,
      voteEnd,
      createdAt: created.timestamp,
      createdBlock: BigInt(created.number),
      createdTxHash: txHash(passing.description),
      targets: passing.targets.map(lower),
      values: [0n, 0n],
      signatures: ["", ""],
      calldatas: passing.calldatas,
    });
    expect(proposal(ids.passing)).not.toHaveProperty("quorumVotes");
    expect(proposal(ids.failing).title).toBe("Raise the royalty");
    expect(must(s.store, "ProposalAction", `${ids.passing}-0`)).toEqual({
      id: `${ids.passing}-0`,
      proposal: ids.passing.toString(),
      index: 0,
      target: lower(PARAMS),
      value: 0n,
      calldata: passing.calldatas[0],
      functionName: "setParameters",
      parameterKeys: ["DIVERSIFY_BPS", "MINT_FEE"],
      parameterValues: [3000n, TOKEN],
    });
    expect(must(s.store, "ProposalAction", `${ids.passing}-1`)).toMatchObject({
      target: lower(STABLE),
      functionName: "unknown",
      parameterKeys: [],
      parameterValues: [],
    });
    expect(must(s.store, "OpenProposals", "open").ids).toEqual(
      [ids.passing, ids.failing, ids.withdrawn].map(String),
    );
    expect(must(s.store, "Governance", "governance").proposals).toBe(3n);
  });

  it("cancels a pending proposal", async () => {
    const run = await s.run([newProposalCanceledEvent({ proposalId: ids.withdrawn })]);
    expect(proposal(ids.withdrawn)).toMatchObject({ state: "CANCELED", canceledAt: run.timestamp });
    expect(must(s.store, "OpenProposals", "open").ids).not.toContain(String(ids.withdrawn));
    expect(must(s.store, "Governance", "governance").proposalsCanceled).toBe(1n);
  });

  it("stays PENDING through the snapshot, turns ACTIVE after it with the governor's quorum", async () => {
    while ((await s.peek()).timestamp <= voteStart) {
      await s.run();
      expect(proposal(ids.passing).state).toBe("PENDING");
    }
    const run = await s.run();
    expect(run.timestamp).toBeGreaterThan(voteStart);
    const onChain = await chain.clients.publicClient.readContract({
      address: GOVERNOR,
      abi: artifact("CommunityGovernor").abi,
      functionName: "quorum",
      args: [voteStart],
      blockNumber: BigInt(run.number),
    });
    expect(onChain).toBe((SUPPLY * g.quorumPercent) / 100n);
    expect(proposal(ids.passing)).toMatchObject({ state: "ACTIVE", quorumVotes: onChain });
    expect(proposal(ids.failing)).toMatchObject({ state: "ACTIVE", quorumVotes: onChain });
    expect(proposal(ids.withdrawn).state).toBe("CANCELED");
  });

  it("tallies VoteCast and VoteCastWithParams by choice", async () => {
    const run = await s.run([
      newVoteCastEvent(
        {
          voter: A,
          proposalId: ids.passing,
          support: SUPPORT.FOR,
          weight: 3_000_000n * TOKEN,
          reason: "yes",
        },
        { tx: "va" },
      ),
      newVoteCastWithParamsEvent(
        {
          voter: B,
          proposalId: ids.passing,
          support: SUPPORT.ABSTAIN,
          weight: 1_500_000n * TOKEN,
          reason: "",
          params: "0x01",
        },
        { tx: "vb" },
      ),
      newVoteCastEvent({
        voter: C,
        proposalId: ids.passing,
        support: SUPPORT.AGAINST,
        weight: 1_000_000n * TOKEN,
        reason: "no",
      }),
      newVoteCastEvent({
        voter: A,
        proposalId: ids.failing,
        support: SUPPORT.FOR,
        weight: 3_000_000n * TOKEN,
        reason: "",
      }),
    ]);
    expect(proposal(ids.passing)).toMatchObject({
      forVotes: 3_000_000n * TOKEN,
      againstVotes: 1_000_000n * TOKEN,
      abstainVotes: 1_500_000n * TOKEN,
      totalVotes: 5_500_000n * TOKEN,
      voterCount: 3,
    });
    expect(must(s.store, "Vote", `${ids.passing}-${lower(B)}`)).toEqual({
      id: `${ids.passing}-${lower(B)}`,
      proposal: String(ids.passing),
      voter: lower(B),
      choice: "ABSTAIN",
      weight: 1_500_000n * TOKEN,
      reason: "",
      timestamp: run.timestamp,
      blockNumber: BigInt(run.number),
      txHash: txHash("vb"),
    });
    const data = await graphql(s.store)<{
      proposal: { votes: { choice: string }[] };
      account: { votes: unknown[] };
    }>(
      `{ proposal(id: "${ids.passing}") { votes(orderBy: weight) { choice } } account(id: "${lower(A)}") { votes { id } } }`,
    );
    expect(data.proposal.votes.map((v) => v.choice)).toEqual(["AGAINST", "ABSTAIN", "FOR"]);
    expect(data.account.votes).toHaveLength(2);
    // each voter's running count of votes cast (the delegates' participation)
    expect([A, B, C].map((v) => must(s.store, "Account", lower(v)).voteCount)).toEqual([2, 1, 1]);
  });

  it("decides at the deadline: SUCCEEDED with quorum and a majority, DEFEATED without quorum", async () => {
    while ((await s.peek()).timestamp <= voteEnd) {
      await s.run();
      expect(proposal(ids.passing).state).toBe("ACTIVE");
    }
    await s.run();
    expect(proposal(ids.passing).state).toBe("SUCCEEDED");
    expect(proposal(ids.failing).state).toBe("DEFEATED");
    expect(must(s.store, "OpenProposals", "open").ids).toEqual([]);
    expect(must(s.store, "Governance", "governance").proposalsDefeated).toBe(1n);
    // closed proposals are left alone by later blocks
    await s.run();
    expect(must(s.store, "Governance", "governance").proposalsDefeated).toBe(1n);
  });

  it("queues, then executes: parameter changes link to the executing proposal", async () => {
    const queued = await s.peek();
    const eta = queued.timestamp + g.timelockDelaySeconds;
    await s.run([newProposalQueuedEvent({ proposalId: ids.passing, etaSeconds: eta })]);
    expect(proposal(ids.passing)).toMatchObject({
      state: "QUEUED",
      queuedAt: queued.timestamp,
      eta,
    });
    expect(must(s.store, "Governance", "governance").proposalsQueued).toBe(1n);

    s.skip(Number(g.timelockDelaySeconds) / HOUR);
    const tx = { tx: { seed: "execute", from: A } };
    const run = await s.run([
      newParameterChangedEvent(
        { key: "DIVERSIFY_BPS", oldValue: 1500n, newValue: 3000n, by: TIMELOCK },
        tx,
      ),
      newParameterChangedEvent(
        {
          key: "MINT_FEE",
          oldValue: PARAMETER_DEFAULTS.MINT_FEE.value,
          newValue: TOKEN,
          by: TIMELOCK,
        },
        tx,
      ),
      newProposalExecutedEvent({ proposalId: ids.passing }, tx),
    ]);
    expect(proposal(ids.passing)).toMatchObject({
      state: "EXECUTED",
      executedAt: run.timestamp,
      executedTxHash: txHash("execute"),
    });
    expect(must(s.store, "Parameter", "DIVERSIFY_BPS")).toMatchObject({
      value: 3000n,
      changeCount: 2,
    });
    expect(must(s.store, "ParameterChange", `${txHash("execute")}-0`)).toMatchObject({
      oldValue: 1500n,
      newValue: 3000n,
      changedBy: lower(TIMELOCK),
      proposal: String(ids.passing),
    });
    expect(must(s.store, "PendingParameterChanges", txHash("execute")).changeIds).toEqual([]);
    expect(must(s.store, "Governance", "governance").proposalsExecuted).toBe(1n);
    const data = await graphql(s.store)<{
      proposal: { parameterChanges: { parameter: { id: string } }[] };
    }>(`{ proposal(id: "${ids.passing}") { parameterChanges(orderBy: id) { parameter { id } } } }`);
    expect(data.proposal.parameterChanges.map((c) => c.parameter.id).sort()).toEqual([
      "DIVERSIFY_BPS",
      "MINT_FEE",
    ]);
    // the deployment's change predates governance and has no proposal
    expect(must(s.store, "ParameterChange", `${txHash("deploy")}-0`)).not.toHaveProperty(
      "proposal",
    );
  });

  it("updates the framework when governance changes a setting", async () => {
    await s.run([
      newVotingPeriodSetEvent({
        oldVotingPeriod: BigInt(g.votingPeriodSeconds),
        newVotingPeriod: 86_400n,
      }),
    ]);
    expect(must(s.store, "GovernanceFramework", lower(GOVERNOR)).votingPeriod).toBe(86_400n);
  });

  it("keeps indexing when governance points the governor at an address that is no timelock", async () => {
    await s.run([newTimelockChangeEvent({ oldTimelock: TIMELOCK, newTimelock: DEPLOYER })]);
    expect(must(s.store, "GovernanceFramework", lower(GOVERNOR))).toMatchObject({
      timelockAddress: lower(DEPLOYER),
      timelockDelay: 0n,
    });
  });
});

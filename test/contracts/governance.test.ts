// Governance end to end on the timestamp clock: propose a fee change through the governor,
// vote, queue in the timelock, execute; a proposal short of quorum is Defeated.

import { type Address, encodeFunctionData, type Hex, keccak256, stringToHex } from "viem";
import { describe, expect, it } from "vitest";
import {
  GOVERNANCE_DEFAULTS as G,
  PARAMETER_DEFAULTS as P,
  TOKEN,
} from "../../economy/parameters.ts";
import { artifact } from "../../mocks/devnet/artifacts.ts";
import { oneEvent } from "./events.ts";
import { type Chain, expectRevert, setupChainSuite } from "./fixture.ts";
import { keyOf } from "./reference.ts";

const chain = setupChainSuite();
// OpenZeppelin's ProposalState enum
const State = { Active: 1, Defeated: 3, Succeeded: 4, Queued: 5, Executed: 7 } as const;
const FOR = 1;
const AGAINST = 0;
/** What bootstrapDevnet grants each of the seven holders (accounts 3..9). */
const HOLDER_VOTES = G.activationThreshold / 7n + TOKEN;

interface Proposal {
  id: bigint;
  args: readonly [Address[], bigint[], Hex[], Hex];
}

async function proposeFee(c: Chain, proposer: Address, fee: bigint, description: string) {
  const calldata = encodeFunctionData({
    abi: artifact("EconomyParameters").abi,
    functionName: "setParameters",
    args: [[keyOf("GENERATION_FEE")], [fee]],
  });
  const targets = [c.addr("EconomyParameters")];
  // a second's gap so the proposer's delegation is strictly in the past (clock() - 1)
  await c.warp(1);
  const receipt = await c.send(proposer, "CommunityGovernor", "propose", [
    targets,
    [0n],
    [calldata],
    description,
  ]);
  const created = oneEvent<{ proposalId: bigint; voteStart: bigint; voteEnd: bigint }>(
    c,
    receipt,
    "CommunityGovernor",
    "ProposalCreated",
  );
  const descriptionHash = keccak256(stringToHex(description));
  return {
    id: created.proposalId,
    voteStart: created.voteStart,
    voteEnd: created.voteEnd,
    args: [targets, [0n], [calldata], descriptionHash] as Proposal["args"],
  };
}

const state = (c: Chain, id: bigint) => c.read<number>("CommunityGovernor", "state", [id]);

describe("governance", () => {
  it("changes the generation fee through propose, vote, queue and execute", async () => {
    expect(await chain.read<string>("CommunityGovernor", "CLOCK_MODE")).toBe("mode=timestamp");
    const [alice, bob] = [chain.accounts[3]!, chain.accounts[4]!];
    expect(await chain.read("CommunityToken", "getVotes", [alice])).toBe(HOLDER_VOTES);
    const newFee = (3n * TOKEN) / 4n;
    const p = await proposeFee(chain, alice, newFee, "Raise the generation fee to 0.75");
    const now = await chain.now();
    expect(p.voteStart).toBe(now + BigInt(G.votingDelaySeconds));
    expect(p.voteEnd).toBe(p.voteStart + BigInt(G.votingPeriodSeconds));
    await expectRevert(
      chain.send(alice, "CommunityGovernor", "castVote", [p.id, FOR]),
      "GovernorUnexpectedProposalState",
    );

    await chain.warp(G.votingDelaySeconds + 1);
    expect(await state(chain, p.id)).toBe(State.Active);
    await chain.send(alice, "CommunityGovernor", "castVote", [p.id, FOR]);
    await chain.send(bob, "CommunityGovernor", "castVote", [p.id, FOR]);
    await expectRevert(
      chain.send(bob, "CommunityGovernor", "castVote", [p.id, FOR]),
      "GovernorAlreadyCastVote",
      [bob],
    );
    expect(await chain.read("CommunityGovernor", "proposalVotes", [p.id])).toEqual([
      0n,
      2n * HOLDER_VOTES,
      0n,
    ]);
    await expectRevert(
      chain.send(alice, "CommunityGovernor", "queue", p.args),
      "GovernorUnexpectedProposalState",
    );

    await chain.warp(G.votingPeriodSeconds);
    expect(await state(chain, p.id)).toBe(State.Succeeded);
    await chain.send(chain.accounts[12]!, "CommunityGovernor", "queue", p.args);
    expect(await state(chain, p.id)).toBe(State.Queued);
    // the timelock holds it for its delay
    await expectRevert(
      chain.send(chain.accounts[12]!, "CommunityGovernor", "execute", p.args),
      "TimelockUnexpectedOperationState",
    );
    await chain.warp(G.timelockDelaySeconds);
    const receipt = await chain.send(chain.accounts[12]!, "CommunityGovernor", "execute", p.args);
    expect(oneEvent(chain, receipt, "EconomyParameters", "ParameterChanged")).toEqual({
      key: keyOf("GENERATION_FEE"),
      oldValue: P.GENERATION_FEE.value,
      newValue: newFee,
      by: chain.timelock,
    });
    expect(await state(chain, p.id)).toBe(State.Executed);
    expect(await chain.param("GENERATION_FEE")).toBe(newFee);
    expect(await chain.read("FeeRouter", "baseFee")).toBe(newFee); // the raised floor applies at once
  });

  it("defeats a proposal short of quorum even when every vote is in favour", async () => {
    const alice = chain.accounts[5]!;
    const p = await proposeFee(chain, alice, TOKEN, "Raise the generation fee to 1");
    await chain.warp(G.votingDelaySeconds + 1);
    // quorum is 4% of the supply at the snapshot (readable once the snapshot is past)
    const quorum = await chain.read("CommunityGovernor", "quorum", [p.voteStart]);
    expect(quorum).toBe((G.initialSupply * G.quorumPercent) / 100n);
    expect(HOLDER_VOTES).toBeLessThan(quorum); // one holder alone cannot reach it
    await chain.send(alice, "CommunityGovernor", "castVote", [p.id, FOR]);
    await chain.warp(G.votingPeriodSeconds);
    expect(await state(chain, p.id)).toBe(State.Defeated);
    await expectRevert(
      chain.send(alice, "CommunityGovernor", "queue", p.args),
      "GovernorUnexpectedProposalState",
    );
    expect(await chain.param("GENERATION_FEE")).toBe(P.GENERATION_FEE.value);
  });

  it("defeats a proposal that reaches quorum but loses the vote", async () => {
    const p = await proposeFee(chain, chain.accounts[6]!, TOKEN, "Raise the fee, contested");
    await chain.warp(G.votingDelaySeconds + 1);
    await chain.send(chain.accounts[6]!, "CommunityGovernor", "castVote", [p.id, FOR]);
    await chain.send(chain.accounts[7]!, "CommunityGovernor", "castVote", [p.id, AGAINST]);
    await chain.send(chain.accounts[8]!, "CommunityGovernor", "castVote", [p.id, AGAINST]);
    await chain.warp(G.votingPeriodSeconds);
    expect(await state(chain, p.id)).toBe(State.Defeated);
  });

  it("ignores votes gained after the snapshot and needs the proposal threshold", async () => {
    const late = chain.accounts[13]!;
    await expectRevert(
      chain.send(late, "CommunityGovernor", "propose", [
        [chain.addr("EconomyParameters")],
        [0n],
        ["0x"],
        "no votes",
      ]),
      "GovernorInsufficientProposerVotes",
      [late, 0n, G.proposalThreshold],
    );
    const p = await proposeFee(chain, chain.accounts[3]!, TOKEN, "Snapshot check");
    // the snapshot is the vote start: votes gained after it do not count
    await chain.warp(G.votingDelaySeconds + 1);
    await chain.send(chain.accounts[9]!, "CommunityToken", "transfer", [late, 1000n * TOKEN]);
    await chain.send(late, "CommunityToken", "delegate", [late]);
    await chain.send(late, "CommunityGovernor", "castVote", [p.id, FOR]);
    expect(await chain.read("CommunityGovernor", "proposalVotes", [p.id])).toEqual([0n, 0n, 0n]);
  });
});

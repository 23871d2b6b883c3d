// Who votes on a proposal, how and when: the big delegates steer each proposal to its
// intended fate, anvil's public test accounts vote now and then (never on the proposals
// left open at the end), smaller holders turn out at realistic, low rates.
import type { Governance } from "./governance.ts";
import type { Sim } from "./sim.ts";
import type { LiveProposal, Support, VoteIntent } from "./tally.ts";

const REASONS = [
  "Aligned with the long-term health of the treasury.",
  "The numbers in the forum thread convinced me.",
  "Too early; let's see another month of data first.",
  "Creators bear this cost; I can't support it.",
  "Good for stakers and the stable reserve.",
  "Reasonable, though I'd prefer a smaller step.",
  "",
];

type Mix = [number, number, number]; // weights for against, for, abstain

const BIG: Record<string, [Support | null, Support | null, Support | null]> = {
  // [delegate, whale 2, whale 3]
  pass: [1, 1, 1],
  "defeat-votes": [2, 0, 0],
  "defeat-quorum": [null, null, null],
  cancel: [null, null, null],
  active: [1, null, 0],
};

const PUBLIC_MIX: Record<string, Mix | null> = {
  pass: [2, 7, 1],
  "defeat-votes": [6, 3, 1],
  "defeat-quorum": null,
  cancel: null,
  active: null, // the public accounts must still be able to vote on these
};

export function voteIntents(sim: Sim, gov: Governance, p: LiveProposal): VoteIntent[] {
  const { rng, pop } = sim;
  const fate = p.plan.fate;
  const first = p.snapshot + 900n;
  // biome-ignore lint/complexity/useMathMinMax: Math.min does not take bigint
  const last = (p.deadline < sim.end ? p.deadline : sim.end) - 900n;
  const when = () =>
    first + BigInt(Math.floor(rng.next() * Number(last - first > 0n ? last - first : 1n)));
  const intents: VoteIntent[] = [];
  const add = (voter: string, support: Support, withReason: boolean) => {
    const reason = withReason ? rng.pick(REASONS) : undefined;
    intents.push({ at: when(), voter, support, reason });
  };
  const big = BIG[fate]!;
  [pop.delegate, pop.whales[1]!, pop.whales[2]!].forEach((voter, i) => {
    if (big[i] !== null && big[i] !== undefined) add(voter, big[i]!, true);
  });
  const mix = PUBLIC_MIX[fate];
  if (mix)
    for (const v of pop.voters) if (rng.chance(0.6)) add(v, rng.weighted(mix) as Support, true);
  if (fate !== "cancel") {
    const special = new Set([...pop.voters, ...pop.whales, pop.delegate]);
    const smalls = pop.holders.filter((h) => !special.has(h) && pop.delegation.get(h) === h);
    const turnout = fate === "defeat-quorum" ? 0.2 : fate === "active" ? 0.15 : 0.25;
    for (const h of smalls)
      if (rng.chance(turnout)) add(h, rng.weighted([35, 55, 10]) as Support, rng.chance(0.8));
  }
  // one vote carries params (VoteCastWithParams), as a client passing extra data would
  const carrier = intents.find((v) => v.voter !== pop.delegate && !pop.voters.includes(v.voter));
  if (carrier && !gov.live.some((q) => q.votes.some((v) => v.params))) carrier.params = "0x01";
  return intents.sort((a, b) => Number(a.at - b.at));
}

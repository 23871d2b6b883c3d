// What a proposal can do, as timelock calls paired with their effect on the model.
import { stringToHex } from "viem";
import { tokensForStable } from "../../../economy/fee-split.ts";
import { stableOf } from "../../../economy/model/ledger.ts";
import { buyback, grant, setParameters } from "../../../economy/model/treasury.ts";
import type { ParameterKey } from "../../../economy/parameters.ts";
import type { ContractName } from "../deployment.ts";
import type { Sim } from "./sim.ts";

export interface ProposalCall {
  contract: ContractName;
  fn: string;
  args: readonly unknown[];
  effect: () => unknown;
}

const GRANT_FLOW = 3;

export function params(sim: Sim, changes: Partial<Record<ParameterKey, bigint>>): ProposalCall {
  const keys = Object.keys(changes) as ParameterKey[];
  return {
    contract: "EconomyParameters",
    fn: "setParameters",
    args: [keys.map((k) => stringToHex(k, { size: 32 })), keys.map((k) => changes[k]!)],
    effect: () => setParameters(sim.model, changes),
  };
}

/** Spends `share` of the stable reserve on a buyback, when that buys at least one token unit. */
export function buybackCall(sim: Sim, shareBps: bigint): ProposalCall[] {
  const amount =
    (stableOf(sim.model.ledger, sim.model.accounts.stableReserve) * shareBps) / 10_000n;
  if (amount === 0n || tokensForStable(amount, sim.model.params) === 0n) return [];
  return [
    {
      contract: "StableReserve",
      fn: "buyback",
      args: [amount],
      effect: () => buyback(sim.model, amount),
    },
  ];
}

/** Pays 1/`fraction` of the community treasury's balance at proposal time. */
export function communityGrant(sim: Sim, to: string, fraction: bigint): ProposalCall[] {
  const treasury = sim.model.accounts.communityTreasury;
  const amount = (sim.model.ledger.tokens.get(treasury) ?? 0n) / fraction;
  if (amount === 0n) return [];
  const args = [sim.d.contracts.CommunityToken.address, to, amount, GRANT_FLOW];
  return [
    {
      contract: "CommunityTreasury",
      fn: "withdraw",
      args,
      effect: () => grant(sim.model, treasury, to, amount),
    },
  ];
}

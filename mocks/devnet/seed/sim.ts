// The simulation's shared context and its one rule: the model acts first, and only an
// action the model accepts becomes a transaction, so chain and model never diverge.
import { type Abi, encodeFunctionData, type Hex } from "viem";
import { ModelRevert } from "../../../economy/model/ledger.ts";
import type { EconomyState } from "../../../economy/model/state.ts";
import { artifact } from "../artifacts.ts";
import type { ChainClients } from "../chain-client.ts";
import type { ContractName, Deployment } from "../deployment.ts";
import type { BlockBuilder } from "./block-builder.ts";
import { ARTIFACT_OF, type LogDigest } from "./log-digest.ts";
import type { Population } from "./population.ts";
import type { Rng } from "./prng.ts";
import type { Rpc } from "./rpc.ts";

export interface Sim {
  rpc: Rpc;
  clients: ChainClients;
  d: Deployment;
  model: EconomyState;
  rng: Rng;
  pop: Population;
  builder: BlockBuilder;
  digest: LogDigest;
  /** timestamp of the block being built */
  now: bigint;
  start: bigint;
  end: bigint;
  /** 15-minute windows each block covers: fewer, fuller blocks keep anvil fast */
  windowsPerBlock: number;
  actions: Record<string, number>;
  /** delegations already sent: holder → delegatee (ERC20Votes counts only these) */
  delegated: Map<string, string>;
  skipped: Record<string, number>;
}

const GAS: Record<string, bigint> = {
  report: 12_000_000n,
  settleEpoch: 4_000_000n,
  execute: 3_000_000n,
  propose: 1_500_000n,
  queue: 1_500_000n,
};

/** A per-window rate (Poisson mean or small probability) scaled to one block. */
export const perBlock = (sim: Sim, perWindow: number) => perWindow * sim.windowsPerBlock;

export const addressOf = (sim: Sim, name: ContractName) =>
  sim.d.contracts[name].address.toLowerCase();

export function encode(name: ContractName, fn: string, args: readonly unknown[]): Hex {
  const abi = artifact(ARTIFACT_OF[name]).abi as Abi;
  return encodeFunctionData({ abi, functionName: fn, args } as never);
}

/**
 * Applies `effect` to the model; if the model accepts, queues the matching transaction.
 * Returns false (and counts a skip) when the contracts would revert.
 */
export function act(
  sim: Sim,
  label: string,
  from: string,
  contract: ContractName,
  fn: string,
  args: readonly unknown[],
  effect: () => unknown = () => undefined,
): boolean {
  try {
    effect();
  } catch (error) {
    if (!(error instanceof ModelRevert)) throw error;
    sim.skipped[label] = (sim.skipped[label] ?? 0) + 1;
    return false;
  }
  const data = encode(contract, fn, args);
  sim.builder.push({
    from,
    to: addressOf(sim, contract),
    data,
    gas: GAS[label] ?? 1_500_000n,
    label,
  });
  sim.actions[label] = (sim.actions[label] ?? 0) + 1;
  return true;
}

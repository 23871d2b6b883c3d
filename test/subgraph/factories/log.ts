// The raw log a contract emits, encoded from the ABI the subgraph was built with
// (subgraph/abis): topics by viem's encodeEventTopics, data by encodeAbiParameters. The
// harness then turns it into a trigger through the follower's decoder, as for chain logs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Abi,
  type AbiEvent,
  type Address,
  encodeAbiParameters,
  encodeEventTopics,
  getAddress,
  type Hex,
  keccak256,
  toHex,
} from "viem";
import { parse } from "yaml";

export const SUBGRAPH_DIR = fileURLToPath(new URL("../../../subgraph", import.meta.url));

export type DataSourceName =
  | "CommunityToken"
  | "CommunityGovernor"
  | "EconomyParameters"
  | "CompanyReserve"
  | "CommunityTreasury"
  | "StableReserve"
  | "FeeRouter"
  | "EmissionSchedule"
  | "StakingVault"
  | "HostingRewards"
  | "SaturationOracle"
  | "DownloadMarket"
  | "PortfolioNFT"
  | "NftMarket";

interface ManifestSource {
  name: DataSourceName;
  source: { address: string; abi: string };
}

const manifest = parse(readFileSync(join(SUBGRAPH_DIR, "subgraph.yaml"), "utf8")) as {
  dataSources: ManifestSource[];
};
const sources = new Map(manifest.dataSources.map((d) => [d.name, d.source]));
const abis = new Map<string, Abi>();

/** The data source's address in subgraph.yaml: where deployEconomy puts the contract on anvil. */
export function addressOf(name: DataSourceName): Address {
  const source = sources.get(name);
  if (!source) throw new Error(`no data source ${name} in subgraph.yaml`);
  return getAddress(source.address);
}

function abiOf(name: DataSourceName): Abi {
  const abiName = sources.get(name)?.abi ?? name;
  let abi = abis.get(abiName);
  if (!abi) {
    abi = JSON.parse(readFileSync(join(SUBGRAPH_DIR, "abis", `${abiName}.json`), "utf8")) as Abi;
    abis.set(abiName, abi);
  }
  return abi;
}

/** Which transaction a log belongs to: a seed (hashed into the tx hash) or a hash, and its sender. */
export interface TxMeta {
  hash?: Hex;
  seed?: string;
  from?: Address;
}

export interface EventMeta {
  tx?: TxMeta | string;
  /** block log index; the harness numbers logs in order when omitted */
  logIndex?: number;
  /** emitting contract; defaults to the data source's manifest address */
  address?: Address;
}

export interface RawLog {
  address: Address;
  topics: Hex[];
  data: Hex;
  tx: { hash: Hex; from: Address };
  logIndex?: number;
  /** for failure messages */
  label: string;
}

export const DEFAULT_SENDER: Address = "0x00000000000000000000000000000000000000f0";
export const txHash = (seed: string): Hex => keccak256(toHex(`tx:${seed}`));

function txOf(meta: EventMeta, label: string): RawLog["tx"] {
  const tx = typeof meta.tx === "string" ? { seed: meta.tx } : (meta.tx ?? {});
  return {
    hash: tx.hash ?? txHash(tx.seed ?? label),
    from: tx.from ?? DEFAULT_SENDER,
  };
}

/** Encodes `eventName(args)` as `source` emits it. Args are keyed by the ABI's input names. */
export function eventLog(
  source: DataSourceName,
  eventName: string,
  args: Record<string, unknown>,
  meta: EventMeta = {},
): RawLog {
  const abi = abiOf(source);
  const event = abi.find((e): e is AbiEvent => e.type === "event" && e.name === eventName);
  if (!event) throw new Error(`${source} ABI has no event ${eventName}`);
  for (const input of event.inputs) {
    if (!(input.name! in args)) throw new Error(`${eventName}: missing argument ${input.name}`);
  }
  const indexedArgs = Object.fromEntries(
    event.inputs.filter((i) => i.indexed).map((i) => [i.name!, args[i.name!]]),
  );
  const topics = encodeEventTopics({
    abi: [event],
    eventName,
    args: indexedArgs,
  } as never) as Hex[];
  const plain = event.inputs.filter((i) => !i.indexed);
  const data = encodeAbiParameters(
    plain,
    plain.map((i) => args[i.name!]),
  );
  const label = `${source}.${eventName}`;
  return {
    address: meta.address ?? addressOf(source),
    topics,
    data,
    tx: txOf(meta, label),
    logIndex: meta.logIndex,
    label,
  };
}

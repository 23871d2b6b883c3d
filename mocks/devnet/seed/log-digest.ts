// Names every log by contract and event, counts them and folds them into one hash, so a
// run's history can be compared byte for byte and checked against the event catalog.
import { createHash, type Hash } from "node:crypto";
import { type Abi, type AbiEvent, toEventSelector } from "viem";
import { artifact } from "../artifacts.ts";
import type { ContractName, Deployment } from "../deployment.ts";

/** Deployment name → the artifact whose ABI it runs (the two treasuries share one). */
export const ARTIFACT_OF: Record<ContractName, string> = {
  CommunityToken: "CommunityToken",
  WatershedTimelock: "WatershedTimelock",
  CommunityGovernor: "CommunityGovernor",
  CompanyReserve: "Treasury",
  CommunityTreasury: "Treasury",
  EconomyParameters: "EconomyParameters",
  MockUSDC: "MockUSDC",
  StableReserve: "StableReserve",
  StakingVault: "StakingVault",
  EmissionSchedule: "EmissionSchedule",
  FeeRouter: "FeeRouter",
  SaturationOracle: "SaturationOracle",
  DownloadMarket: "DownloadMarket",
  HostingRewards: "HostingRewards",
  PortfolioNFT: "PortfolioNFT",
  NftMarket: "NftMarket",
};

export const abiEvents = (abi: Abi) => abi.filter((x): x is AbiEvent => x.type === "event");

export interface RpcLog {
  address: string;
  topics: string[];
  data: string;
  blockNumber: string;
  logIndex: string;
}

export class LogDigest {
  private readonly names = new Map<string, Map<string, string>>();
  private readonly hash: Hash = createHash("sha256");
  readonly counts: Record<string, number> = {};
  logs = 0;

  constructor(d: Deployment) {
    for (const [name, c] of Object.entries(d.contracts) as [ContractName, { address: string }][]) {
      const bySelector = new Map<string, string>();
      for (const ev of abiEvents(artifact(ARTIFACT_OF[name]).abi)) {
        bySelector.set(toEventSelector(ev), ev.name);
      }
      this.names.set(c.address.toLowerCase(), bySelector);
      this.contractOf.set(c.address.toLowerCase(), name);
    }
  }

  private readonly contractOf = new Map<string, string>();

  nameOf(log: RpcLog): string {
    const address = log.address.toLowerCase();
    const event = this.names.get(address)?.get(log.topics[0] ?? "") ?? log.topics[0] ?? "anonymous";
    return `${this.contractOf.get(address) ?? address}.${event}`;
  }

  add(log: RpcLog): void {
    const key = this.nameOf(log);
    this.counts[key] = (this.counts[key] ?? 0) + 1;
    this.logs++;
    this.hash.update(hashLine(log));
  }

  digest(): string {
    return this.hash.copy().digest("hex");
  }
}

/** The fields a log hash covers: where, what and when, nothing the node may format freely. */
export function hashLine(log: RpcLog): string {
  const block = BigInt(log.blockNumber).toString();
  const index = BigInt(log.logIndex).toString();
  return `${log.address.toLowerCase()}|${log.topics.join(",")}|${log.data}|${block}|${index}\n`;
}

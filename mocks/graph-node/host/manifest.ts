// Reads a built manifest (`<dir>/build/subgraph.yaml` from `graph build`) into what the
// follower needs to select triggers: addresses, start blocks, event signatures + topic0,
// handlers, ABIs; and what the host needs to run them: WASM files, apiVersion.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import bs58 from "bs58";
import { type Abi, type AbiEvent, keccak256, toBytes } from "viem";
import { parse } from "yaml";
import type { Entity, StoreValue } from "../store/types.ts";
import { formatType } from "./fns/abi-convert.ts";

export interface EventHandlerSpec {
  /** as written in the manifest: `Transfer(indexed address,indexed address,uint256)` */
  event: string;
  /** canonical signature: `Transfer(address,address,uint256)` */
  signature: string;
  topic0: `0x${string}`;
  handler: string;
  /** the handler wants `event.receipt` filled in */
  receipt: boolean;
  /** the ABI item of the event, from the data source's `source.abi` (for decoding logs) */
  abiEvent: AbiEvent | undefined;
  /** optional topic filters (`topic1: [...]`) as written */
  topics: Partial<Record<"topic1" | "topic2" | "topic3", string[]>>;
}

export interface BlockHandlerSpec {
  handler: string;
  /** absent: every block; `call`: blocks with a call to the address; `polling`/`once` */
  filter?: { kind: string; every?: number };
}

export interface DataSourceSpec {
  kind: string;
  name: string;
  network: string;
  /** lowercase 0x address; null for templates and address-less data sources */
  address: string | null;
  startBlock: number;
  endBlock: number | null;
  /** `source.abi`: the ABI name of the contract this data source follows */
  abi: string;
  apiVersion: string;
  entities: string[];
  abis: Map<string, Abi>;
  eventHandlers: EventHandlerSpec[];
  blockHandlers: BlockHandlerSpec[];
  /** absolute path of the mapping WASM */
  wasmFile: string;
  /** `context:` of the manifest data source, as an entity */
  context: Entity | null;
}

export interface SubgraphManifest {
  specVersion: string;
  buildDir: string;
  schemaFile: string;
  /** IPFS-style id (Qm + base58 sha256 of the built manifest); not the real IPFS hash */
  deployment: string;
  dataSources: DataSourceSpec[];
  templates: DataSourceSpec[];
}

// biome-ignore lint/suspicious/noExplicitAny: raw YAML
type Raw = any;

export function canonicalSignature(event: string): string {
  return event.replace(/indexed\s+/g, "").replace(/\s+/g, "");
}

function eventSignature(e: AbiEvent): string {
  return `${e.name}(${e.inputs.map(formatType).join(",")})`;
}

function contextEntity(raw: Raw): Entity | null {
  if (!raw) return null;
  const convert = (v: Raw): StoreValue => {
    switch (v.type) {
      case "Bool":
        return { kind: "Bool", value: Boolean(v.data) };
      case "Int":
        return { kind: "Int", value: Number(v.data) };
      case "Int8":
        return { kind: "Int8", value: BigInt(v.data) };
      case "BigInt":
        return { kind: "BigInt", value: BigInt(v.data) };
      case "BigDecimal":
        return { kind: "BigDecimal", value: String(v.data) };
      case "Bytes":
        return { kind: "Bytes", value: toBytes(v.data) };
      case "List":
        return { kind: "Array", value: (v.data as Raw[]).map(convert) };
      default:
        return { kind: "String", value: String(v.data) };
    }
  };
  return new Map(Object.entries(raw).map(([k, v]) => [k, convert(v)]));
}

function dataSource(raw: Raw, buildDir: string): DataSourceSpec {
  const mapping = raw.mapping ?? {};
  const abis = new Map<string, Abi>();
  for (const a of mapping.abis ?? []) {
    abis.set(a.name, JSON.parse(readFileSync(join(buildDir, a.file), "utf8")) as Abi);
  }
  const sourceAbi = abis.get(raw.source?.abi) ?? [];
  const events = sourceAbi.filter((i): i is AbiEvent => i.type === "event");
  return {
    kind: raw.kind,
    name: raw.name,
    network: raw.network ?? "",
    address: raw.source?.address ? String(raw.source.address).toLowerCase() : null,
    startBlock: Number(raw.source?.startBlock ?? 0),
    endBlock: raw.source?.endBlock === undefined ? null : Number(raw.source.endBlock),
    abi: raw.source?.abi ?? "",
    apiVersion: String(mapping.apiVersion ?? "0.0.9"),
    entities: mapping.entities ?? [],
    abis,
    eventHandlers: (mapping.eventHandlers ?? []).map((h: Raw): EventHandlerSpec => {
      const signature = canonicalSignature(h.event);
      return {
        event: h.event,
        signature,
        topic0: h.topic0 ?? keccak256(toBytes(signature)),
        handler: h.handler,
        receipt: h.receipt === true,
        abiEvent: events.find((e) => eventSignature(e) === signature),
        topics: { topic1: h.topic1, topic2: h.topic2, topic3: h.topic3 },
      };
    }),
    blockHandlers: (mapping.blockHandlers ?? []).map((h: Raw) => ({
      handler: h.handler,
      ...(h.filter ? { filter: h.filter } : {}),
    })),
    wasmFile: join(buildDir, mapping.file),
    context: contextEntity(raw.context),
  };
}

export function loadManifest(buildDir: string): SubgraphManifest {
  const file = join(buildDir, "subgraph.yaml");
  const text = readFileSync(file);
  const raw = parse(text.toString("utf8"));
  const digest = createHash("sha256").update(text).digest();
  return {
    specVersion: String(raw.specVersion),
    buildDir,
    schemaFile: join(dirname(file), raw.schema.file),
    deployment: bs58.encode(Buffer.concat([Buffer.from([0x12, 0x20]), digest])),
    dataSources: (raw.dataSources ?? []).map((d: Raw) => dataSource(d, buildDir)),
    templates: (raw.templates ?? []).map((d: Raw) => dataSource(d, buildDir)),
  };
}

// Reads a built subgraph's manifest (build/subgraph.yaml + ABI files) into the follower's
// data-source specs. Kept here so the follower only depends on the host for running
// handlers, not for the manifest's shape.
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Abi } from "viem";
import { parse } from "yaml";
import type {
  BlockHandlerSpec,
  DataSourceSpec,
  EventHandlerSpec,
  TemplateSpec,
} from "./host-port.ts";

interface YamlSource {
  name: string;
  kind: string;
  source: { address?: string; abi: string; startBlock?: number };
  mapping: {
    abis: { name: string; file: string }[];
    eventHandlers?: { event: string; handler: string; receipt?: boolean; topic1?: unknown }[];
    blockHandlers?: { handler: string; filter?: { kind: string; every?: number } }[];
  };
}

function blockHandler(
  h: NonNullable<YamlSource["mapping"]["blockHandlers"]>[number],
): BlockHandlerSpec {
  const f = h.filter;
  if (!f) return { handler: h.handler };
  if (f.kind === "polling")
    return { handler: h.handler, filter: { kind: "polling", every: f.every ?? 1 } };
  if (f.kind === "once") return { handler: h.handler, filter: { kind: "once" } };
  return { handler: h.handler, filter: { kind: "call" } };
}

async function toSpec(
  ds: YamlSource,
  root: string,
): Promise<TemplateSpec & { address?: string; startBlock?: number }> {
  const abiRef = ds.mapping.abis.find((a) => a.name === ds.source.abi);
  if (!abiRef)
    throw new Error(`data source ${ds.name}: ABI "${ds.source.abi}" not listed in mapping.abis`);
  const raw = JSON.parse(await readFile(join(root, abiRef.file), "utf8"));
  // truffle/hardhat artifacts wrap the ABI; graph-cli accepts both shapes
  const abi = (Array.isArray(raw) ? raw : raw.abi) as Abi;
  const eventHandlers: EventHandlerSpec[] = (ds.mapping.eventHandlers ?? []).map((h) => ({
    event: h.event,
    handler: h.handler,
    receipt: h.receipt === true,
  }));
  return {
    name: ds.name,
    abi,
    eventHandlers,
    blockHandlers: (ds.mapping.blockHandlers ?? []).map(blockHandler),
    address: ds.source.address,
    startBlock: ds.source.startBlock,
  };
}

export async function readManifest(
  buildDir: string,
): Promise<{ dataSources: DataSourceSpec[]; templates: TemplateSpec[] }> {
  const file = join(buildDir, "subgraph.yaml");
  const manifest = parse(await readFile(file, "utf8")) as {
    dataSources?: YamlSource[];
    templates?: YamlSource[];
  };
  const root = dirname(file);
  const onchain = (d: YamlSource) => d.kind.startsWith("ethereum");
  const dataSources = await Promise.all(
    (manifest.dataSources ?? []).filter(onchain).map(async (d) => {
      const { address, startBlock, ...spec } = await toSpec(d, root);
      return { ...spec, address: address?.toLowerCase() ?? null, startBlock: startBlock ?? 0 };
    }),
  );
  const templates = await Promise.all(
    (manifest.templates ?? []).filter(onchain).map(async (d) => {
      const { address: _a, startBlock: _s, ...spec } = await toSpec(d, root);
      return spec;
    }),
  );
  return { dataSources, templates };
}

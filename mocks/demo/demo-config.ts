// The configuration the static demo serves as /watershed-config.json, built at build time
// from the recorded fixture's meta.json: the same shape the devnet serves, plus where the
// recorded data is. No wallet and no index-node status API: there is no chain behind it.
import type { IndexingStatusQuery } from "../../web/gql/graphql.ts";
import type { AppConfig } from "../../web/lib/config.ts";
import type { FixtureMeta } from "../fixture/fixture-files.ts";

/** Where the demo's GraphQL is answered (by MSW), below the site's base path. */
export const SUBGRAPH_PATH = "subgraphs/name/watershed";

/** Paths relative to the site's base path. */
export interface DemoData {
  /**
   * the recorded store's core (store/snapshot.ts lines: header, blocks, small entity types),
   * gzipped; see store-chunks.ts
   */
  core: string;
  /** entity type -> the gzipped part holding its entities and past versions */
  types: Record<string, string>;
  /** the subgraph schema the store was indexed with */
  schema: string;
}

export interface DemoConfig extends AppConfig {
  demo: true;
  demoData: DemoData;
  /**
   * The engine's answer to the shell's IndexingStatus query over the recorded store, run at
   * build time: the recorded head never moves, and with it in the cache the first view's
   * query goes out with the first render instead of after the store has loaded.
   */
  demoStatus: IndexingStatusQuery;
}

export function demoConfig(
  meta: FixtureMeta,
  data: DemoData,
  status: IndexingStatusQuery,
): DemoConfig {
  return {
    // relative to the base path; the demo entry makes it absolute in the page
    subgraphUrl: SUBGRAPH_PATH,
    chainId: meta.chainId,
    contracts: Object.fromEntries(
      Object.entries(meta.contracts).map(([name, c]) => [name, c.address.toLowerCase()]),
    ),
    assets: meta.assets,
    source: "demo",
    devWallet: false,
    demo: true,
    demoData: data,
    demoStatus: status,
  };
}

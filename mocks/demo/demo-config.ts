// The configuration the static demo serves as /watershed-config.json, built at build time
// from the recorded fixture's meta.json: the same shape the devnet serves, plus where the
// recorded data is. No wallet and no index-node status API: there is no chain behind it.
import type { AppConfig } from "../../web/lib/config.ts";
import type { FixtureMeta } from "../fixture/fixture-files.ts";

/** Where the demo's GraphQL is answered (by MSW), below the site's base path. */
export const SUBGRAPH_PATH = "subgraphs/name/watershed";

export interface DemoData {
  /** the recorded store (store/snapshot.ts lines), gzipped; relative to the base path */
  store: string;
  /** the subgraph schema the store was indexed with */
  schema: string;
}

export interface DemoConfig extends AppConfig {
  demo: true;
  demoData: DemoData;
}

export function demoConfig(meta: FixtureMeta, data: DemoData): DemoConfig {
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
  };
}

// Where the data is: configuration, never code. A production build reads VITE_* variables;
// without them the app asks the server that serves it (`npm run dev`, the e2e server) for
// /watershed-config.json, built from .watershed/deployment.json and the running devnet.

export interface AssetInfo {
  /** lowercase 0x address, as graph-node returns Bytes */
  address: string;
  symbol: string;
  decimals: number;
  kind: "native" | "stable";
}

export interface AppConfig {
  subgraphUrl: string;
  /** graph-node's index-node status API (`/graphql` on port 8030), where one is reachable */
  statusUrl?: string;
  chainId: number;
  rpcUrl?: string;
  explorerUrl?: string;
  /** contract name → address (CommunityToken, CommunityGovernor, CommunityTreasury, ...) */
  contracts: Record<string, string>;
  assets: AssetInfo[];
  /**
   * "env" for a build with VITE_* variables, "devnet" when served by npm run dev, "demo" for
   * the static demo (npm run demo:build)
   */
  source: "env" | "devnet" | "demo";
  /**
   * Offer the dev wallet over anvil's unlocked test accounts. Only the devnet's config
   * endpoint sets it; a build with VITE_* variables never does.
   */
  devWallet?: boolean;
  /**
   * The static demo: a recorded history answered in the browser, no chain behind it, so
   * voting, delegating and proposing are switched off, saying why (components/demo-note.tsx).
   */
  demo?: boolean;
}

export const CONFIG_PATH = "/watershed-config.json";

type Env = Record<string, string | undefined>;

/** VITE_NATIVE_ASSET / VITE_STABLE_ASSET are `address:symbol:decimals`. */
function parseAsset(text: string | undefined, kind: AssetInfo["kind"]): AssetInfo[] {
  if (!text) return [];
  const [address, symbol, decimals] = text.split(":");
  if (!address || !symbol || !decimals || !/^\d+$/.test(decimals)) {
    throw new Error(
      `VITE_${kind.toUpperCase()}_ASSET must be address:symbol:decimals, got ${text}`,
    );
  }
  return [{ address: address.toLowerCase(), symbol, decimals: Number(decimals), kind }];
}

export function configFromEnv(env: Env): AppConfig | null {
  if (!env.VITE_SUBGRAPH_URL) return null;
  return {
    subgraphUrl: env.VITE_SUBGRAPH_URL,
    chainId: Number(env.VITE_CHAIN_ID ?? "1"),
    rpcUrl: env.VITE_RPC_URL || undefined,
    explorerUrl: env.VITE_EXPLORER_URL || undefined,
    statusUrl: env.VITE_STATUS_URL || undefined,
    contracts: env.VITE_CONTRACTS ? (JSON.parse(env.VITE_CONTRACTS) as Record<string, string>) : {},
    assets: [
      ...parseAsset(env.VITE_NATIVE_ASSET, "native"),
      ...parseAsset(env.VITE_STABLE_ASSET, "stable"),
    ],
    source: "env",
  };
}

export async function loadConfig(env: Env, fetcher: typeof fetch = fetch): Promise<AppConfig> {
  const fromEnv = configFromEnv(env);
  if (fromEnv) return fromEnv;
  const res = await fetcher(CONFIG_PATH);
  if (!res.ok) {
    throw new Error(
      `No configuration: set VITE_SUBGRAPH_URL (see the README) or serve the app with npm run dev (${CONFIG_PATH} answered ${res.status})`,
    );
  }
  return (await res.json()) as AppConfig;
}

export function assetByAddress(config: AppConfig, address: string): AssetInfo | undefined {
  return config.assets.find((a) => a.address === address.toLowerCase());
}

export function assetOfKind(config: AppConfig, kind: AssetInfo["kind"]): AssetInfo | undefined {
  return config.assets.find((a) => a.kind === kind);
}

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { DATA_SOURCES } from "../../subgraph/scripts/networks.ts";
import type { Deployment } from "../devnet/deployment.ts";

interface ManifestDataSource {
  name: string;
  source: { address?: string };
}

/**
 * The subgraph is built for the devnet's deterministic addresses (networks.json); a
 * deployment that differs would index nothing, silently. Fail loudly instead.
 */
export function assertManifestMatches(deployment: Deployment, buildDir: string): void {
  const manifest = parse(readFileSync(join(buildDir, "subgraph.yaml"), "utf8")) as {
    dataSources: ManifestDataSource[];
  };
  const mismatches = manifest.dataSources.flatMap((ds) => {
    const contract = DATA_SOURCES[ds.name];
    if (!contract) return [];
    const deployed = deployment.contracts[contract].address.toLowerCase();
    const built = (ds.source.address ?? "").toLowerCase();
    return deployed === built ? [] : [`${ds.name}: subgraph ${built}, devnet ${deployed}`];
  });
  if (mismatches.length > 0) {
    throw new Error(
      `subgraph addresses differ from the devnet deployment:\n  ${mismatches.join("\n  ")}\n` +
        "regenerate with `npx tsx subgraph/scripts/networks.ts` and rebuild the subgraph",
    );
  }
}

// graph-node's index-node status API (port 8030 on a graph-node; not on hosted gateways):
// the subgraph's health, its fatal error with the block and handler, and the chain head it
// sees. Plain fetch: it is one small query to a second endpoint, not worth a second client.

export interface IndexNodeStatus {
  health: "healthy" | "unhealthy" | "failed";
  synced: boolean;
  fatalError: { message: string; blockNumber: number | null; handler: string | null } | null;
  chainHead: number | null;
  latest: number | null;
}

const QUERY = `query WatershedStatus($name: String!) {
  indexingStatusForCurrentVersion(subgraphName: $name) {
    synced
    health
    fatalError { message handler block { number } }
    chains { chainHeadBlock { number } latestBlock { number } }
  }
}`;

/** `…/subgraphs/name/<name>` → `<name>`, as graph-node names the subgraph. */
export function subgraphNameOf(subgraphUrl: string): string | null {
  const match = /\/subgraphs\/name\/(.+?)\/?$/.exec(new URL(subgraphUrl).pathname);
  return match?.[1] ?? null;
}

interface Answer {
  data?: {
    indexingStatusForCurrentVersion: {
      synced: boolean;
      health: IndexNodeStatus["health"];
      fatalError: {
        message: string;
        handler: string | null;
        block: { number: string } | null;
      } | null;
      chains: {
        chainHeadBlock: { number: string } | null;
        latestBlock: { number: string } | null;
      }[];
    } | null;
  };
  errors?: { message: string }[];
}

export async function fetchIndexNodeStatus(
  statusUrl: string,
  name: string,
): Promise<IndexNodeStatus> {
  const res = await fetch(statusUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: QUERY, variables: { name } }),
    signal: AbortSignal.timeout(4_000),
  });
  const answer = (await res.json()) as Answer;
  const status = answer.data?.indexingStatusForCurrentVersion;
  if (!status) throw new Error(answer.errors?.[0]?.message ?? `no indexing status for ${name}`);
  const chain = status.chains[0];
  const num = (b: { number: string } | null | undefined) => (b ? Number(b.number) : null);
  return {
    health: status.health,
    synced: status.synced,
    fatalError: status.fatalError
      ? {
          message: status.fatalError.message,
          handler: status.fatalError.handler,
          blockNumber: num(status.fatalError.block),
        }
      : null,
    chainHead: num(chain?.chainHeadBlock),
    latest: num(chain?.latestBlock),
  };
}

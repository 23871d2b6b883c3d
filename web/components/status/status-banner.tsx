// The banner for a subgraph that failed or cannot be reached: what is wrong, the block the
// data on screen comes from, and when it last arrived. Data stays on screen below it.
import type { IndexingStatus } from "../../lib/indexing-status.ts";
import { formatAbsolute } from "../../lib/relative-time.ts";

export function StatusBanner({ status }: { status: IndexingStatus }) {
  if (!status.unreachable && !status.hasIndexingErrors) return null;
  const since = status.lastGoodAt
    ? ` Figures below are from block ${status.indexed?.number.toLocaleString("en-US")}, received ${formatAbsolute(status.lastGoodAt / 1000)}.`
    : " No data has arrived yet.";
  return (
    <div className="banner banner-error" role="alert">
      {status.unreachable ? (
        <>
          <strong>The subgraph endpoint is unreachable.</strong> {status.error ?? ""}
          {since} Retrying every few seconds.
        </>
      ) : (
        <>
          <strong>The subgraph reports indexing errors</strong> and stopped at block{" "}
          {(status.fatalError?.blockNumber ?? status.indexed?.number)?.toLocaleString("en-US")}:
          figures after it are missing until it is fixed and redeployed.
          {status.fatalError ? (
            <>
              {" "}
              graph-node says: <code>{status.fatalError.message}</code>
              {status.fatalError.handler ? ` (in ${status.fatalError.handler})` : ""}.
            </>
          ) : null}
          {status.lastGoodAt ? "" : since}
        </>
      )}
    </div>
  );
}

// Always visible: the block the index serves, its time, and the lag behind the chain head.
import { type IndexingStatus, lagOf } from "../../lib/indexing-status.ts";
import { formatAbsolute, formatDuration, formatRelative } from "../../lib/relative-time.ts";

export function StatusLine({
  status,
  now,
  demo = false,
}: {
  status: IndexingStatus;
  now: number;
  /** the static demo: a recorded history loading in the browser, with no chain head */
  demo?: boolean;
}) {
  const { indexed } = status;
  if (!indexed) {
    return (
      <p className="status-line" aria-live="polite">
        {status.unreachable
          ? "Subgraph unreachable"
          : demo
            ? "Loading the recorded history…"
            : "Connecting to the subgraph…"}
      </p>
    );
  }
  const lag = lagOf(status);
  return (
    <p className="status-line" aria-live="polite">
      <span
        className={`status-dot ${status.unreachable || status.hasIndexingErrors ? "bad" : "good"}`}
        aria-hidden="true"
      />
      <span>
        Block <strong>{indexed.number.toLocaleString("en-US")}</strong>{" "}
        <time
          dateTime={new Date(indexed.timestamp * 1000).toISOString()}
          title={formatAbsolute(indexed.timestamp)}
        >
          {formatRelative(indexed.timestamp, now)}
        </time>
      </span>
      <span className="status-lag">
        {demo
          ? "· recorded demo, no live chain"
          : lag === null
            ? "· head unknown"
            : lag.blocks === 0
              ? "· at chain head"
              : `· ${lag.blocks.toLocaleString("en-US")} blocks${lag.seconds === null ? "" : ` (${formatDuration(lag.seconds)})`} behind`}
      </span>
    </p>
  );
}

import { TxLink } from "../../../components/address.tsx";
import { formatAbsolute, formatDuration, formatRelative } from "../../../lib/relative-time.ts";
import type { NextStep, TimelineStep } from "../api/proposal-model.ts";

export interface ProposalTimelineProps {
  steps: TimelineStep[];
  next: NextStep;
  now: number;
  explorerUrl?: string;
}

/** Created, voting opens and closes, queued with the timelock's eta, executed or canceled. */
export function ProposalTimeline({ steps, next, now, explorerUrl }: ProposalTimelineProps) {
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      <p className="subtitle">Times in your time zone; “now” is the latest indexed block</p>
      <ol className="timeline" style={{ marginTop: "0.6rem" }}>
        {steps.map((s) => (
          <li key={s.key} className={s.done ? "done" : undefined}>
            <span className="dot" aria-hidden="true" />
            <span>
              <strong>{s.label}</strong>
              {s.done ? "" : " (ahead)"}
              <br />
              <span className="muted">
                {formatAbsolute(s.at)} · {formatRelative(s.at, now)}
                {s.txHash ? (
                  <>
                    {" "}
                    · <TxLink hash={s.txHash} explorerUrl={explorerUrl} />
                  </>
                ) : null}
              </span>
            </span>
          </li>
        ))}
      </ol>
      <p className="next-step">
        <NextStepText next={next} now={now} />
      </p>
    </section>
  );
}

function NextStepText({ next, now }: { next: NextStep; now: number }) {
  switch (next.kind) {
    case "vote-opens":
      return (
        <>
          Next: voting opens {formatRelative(next.at, now)} ({formatAbsolute(next.at)}). Voting
          power is counted at that moment.
        </>
      );
    case "vote-closes":
      return (
        <>
          Next: voting closes {formatRelative(next.at, now)} ({formatAbsolute(next.at)}). If For
          beats Against and quorum is reached, it can then be queued in the timelock.
        </>
      );
    case "queue":
      return (
        <>
          Next: anyone can queue it in the timelock now; it becomes executable{" "}
          {formatDuration(next.delay)} after queueing.
        </>
      );
    case "execute":
      return next.now ? (
        <>Next: the timelock's delay has passed; anyone can execute it now.</>
      ) : (
        <>
          Next: executable {formatRelative(next.at, now)} ({formatAbsolute(next.at)}), when the
          timelock's delay has passed.
        </>
      );
    case "final":
      return <>{next.reason}</>;
  }
}

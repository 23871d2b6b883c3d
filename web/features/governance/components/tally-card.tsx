import { formatCompact, formatExact, ratio } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { VOTE_COLOURS } from "../../../lib/palette.ts";
import { formatPercent } from "../../../lib/percent.ts";
import { QUORUM_FORMULA, quorumProgress, type Tallies } from "../api/proposal-model.ts";

export interface TallyCardProps {
  tallies: Tallies;
  voterCount: number;
  native: AssetInfo;
}

/** For / Against / Abstain, and For + Abstain against the quorum line at the snapshot. */
export function TallyCard({ tallies, voterCount, native }: TallyCardProps) {
  const progress = quorumProgress(tallies);
  const total = tallies.forVotes + tallies.againstVotes + tallies.abstainVotes;
  const candidates = [progress.counted, tallies.againstVotes, tallies.quorum ?? 0n];
  const scale = candidates.reduce((a, b) => (b > a ? b : a), 0n);
  const width = (v: bigint) => `${scale === 0n ? 0 : ratio(v, scale) * 100}%`;
  const rows = [
    { key: "FOR", label: "For", value: tallies.forVotes, colour: VOTE_COLOURS.FOR },
    { key: "AGAINST", label: "Against", value: tallies.againstVotes, colour: VOTE_COLOURS.AGAINST },
    { key: "ABSTAIN", label: "Abstain", value: tallies.abstainVotes, colour: VOTE_COLOURS.ABSTAIN },
  ];
  const quorumAt = tallies.quorum === null ? null : width(tallies.quorum);
  const exact = (v: bigint) => `${formatExact(v, native.decimals)} ${native.symbol}`;
  return (
    <section className="card" aria-labelledby="tally-title">
      <h2 id="tally-title">Where does the vote stand?</h2>
      <p className="subtitle">
        Voting power in {native.symbol} at the snapshot, {voterCount}{" "}
        {voterCount === 1 ? "voter" : "voters"}
      </p>
      <div className="tally" style={{ marginTop: "0.7rem" }}>
        {rows.map((r) => (
          <div key={r.key} className="tally-row" title={exact(r.value)}>
            <span>
              <span className="swatch" style={{ background: r.colour }} aria-hidden="true" />
              {r.label}
            </span>
            <span className="tally-track" aria-hidden="true">
              <span className="fill" style={{ width: width(r.value), background: r.colour }} />
            </span>
            <span>
              {formatCompact(r.value, native.decimals)} {native.symbol}{" "}
              <span className="muted">({formatPercent(ratio(r.value, total))})</span>
            </span>
          </div>
        ))}
        <div
          className="tally-row"
          title={`${exact(progress.counted)} counted; quorum ${tallies.quorum === null ? "not fixed yet" : exact(tallies.quorum)}`}
        >
          <span>For + Abstain</span>
          <span className="tally-track" aria-hidden="true">
            <span
              className="fill"
              style={{
                width: width(progress.counted),
                background: `repeating-linear-gradient(45deg, ${VOTE_COLOURS.FOR}, ${VOTE_COLOURS.FOR} 6px, ${VOTE_COLOURS.ABSTAIN} 6px, ${VOTE_COLOURS.ABSTAIN} 12px)`,
              }}
            />
            {quorumAt ? <span className="quorum-line" style={{ left: quorumAt }} /> : null}
          </span>
          <span>
            {tallies.quorum === null
              ? "quorum set when voting opens"
              : `quorum ${formatCompact(tallies.quorum, native.decimals)} ${native.symbol}`}
          </span>
        </div>
      </div>
      <p className="note" role="status">
        {tallies.quorum === null
          ? "Quorum is read at the snapshot, when voting opens."
          : progress.reached
            ? progress.majority
              ? "Quorum reached and For leads: it would pass if voting ended now."
              : "Quorum reached, but For does not beat Against: it would fail if voting ended now."
            : `Quorum not reached: ${formatCompact(progress.missing, native.decimals)} ${native.symbol} more For or Abstain needed.`}
      </p>
      <details className="formula">
        <summary>How is this decided?</summary>
        <p>{QUORUM_FORMULA} The dashed line marks the quorum.</p>
      </details>
    </section>
  );
}

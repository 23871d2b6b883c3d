// The marks on the time axis, spelled out: each change of an emission parameter after
// genesis, old → new, and the proposal that made it.
import { Link } from "react-router";
import { TxLink } from "../../../components/address.tsx";
import type { AssetInfo } from "../../../lib/config.ts";
import { describeParameter, formatParameter } from "../../../lib/parameters.ts";
import { formatAbsolute } from "../../../lib/relative-time.ts";
import type { ParamChange } from "../api/emission-params.ts";

export function ParameterMarks({
  marks,
  genesis,
  native,
  explorerUrl,
}: {
  marks: ParamChange[];
  genesis: number;
  native: AssetInfo;
  explorerUrl?: string;
}) {
  return (
    <section className="card" aria-labelledby="marks-title">
      <h2 id="marks-title">When did governance change the emission?</h2>
      <p className="subtitle">
        Changes of GEN_REWARD_INITIAL, GEN_REWARD_DECAY_BPS, SHARE_REWARD and HOST_INFLATION_BPS
        (ParameterChange), numbered as on the chart
      </p>
      {marks.length === 0 ? (
        <p className="state-box">
          No emission parameter has changed since genesis ({formatAbsolute(genesis)}): the schedule
          has run on its initial values.
        </p>
      ) : (
        <ol>
          {marks.map((m) => (
            <li key={m.id}>
              <strong>{m.key}</strong> ({describeParameter(m.key).toLowerCase()}):{" "}
              {formatParameter(m.key, m.oldValue, native)} →{" "}
              {formatParameter(m.key, m.value, native)}, {formatAbsolute(m.timestamp)}.{" "}
              {m.proposal ? (
                <Link to={`/governance?proposal=${m.proposal.id}`}>
                  {m.proposal.title || "The proposal"}
                </Link>
              ) : (
                <>
                  Set before governance, in <TxLink hash={m.txHash} explorerUrl={explorerUrl} />
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

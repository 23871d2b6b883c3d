// The splits that must sum to the whole: each member's share as a segment of one bar, the
// members' percentages beside it, and their sum (what the contract checks).
import { Link } from "react-router";
import {
  OKABE_ITO,
  ROYALTY_ROLE_COLOURS,
  STAKING_COLOURS,
  STOCK_COLOURS,
} from "../../../lib/palette.ts";
import { parameterName } from "../../../lib/parameter-names.ts";
import { formatBps, formatPercent } from "../../../lib/percent.ts";
import type { GroupView } from "../api/parameters-model.ts";

// Each share keeps the colour of where it goes on the Treasury and Staking views.
const COLOURS: Record<string, string | undefined> = {
  FEE_COMPANY_BPS: STOCK_COLOURS.COMPANY_RESERVE,
  FEE_COMMUNITY_BPS: STOCK_COLOURS.COMMUNITY_TREASURY,
  FEE_STAKERS_BPS: STAKING_COLOURS.STAKE,
  ROYALTY_CREATOR_BPS: ROYALTY_ROLE_COLOURS.CREATOR,
  ROYALTY_DATASET_BPS: ROYALTY_ROLE_COLOURS.DATASET_CONTRIBUTOR,
  ROYALTY_FINETUNER_BPS: ROYALTY_ROLE_COLOURS.FINE_TUNER,
  ROYALTY_COMMUNITY_BPS: ROYALTY_ROLE_COLOURS.COMMUNITY,
};

const colour = (key: string) => COLOURS[key] ?? OKABE_ITO.grey;

export function ParametersGroups({ groups }: { groups: GroupView[] }) {
  return (
    <div className="param-groups">
      {groups.map((g) => (
        <section key={g.group.id} className="card param-group" aria-label={g.group.label}>
          <h3>
            {g.group.label}{" "}
            <span className={g.whole ? "muted" : "param-broken"}>
              {g.whole
                ? `sums to ${formatBps(g.sum)}`
                : `sums to ${formatBps(g.sum)}, not the ${formatBps(g.group.total)} the contract requires`}
            </span>
          </h3>
          <div className="param-bar" aria-hidden="true">
            {g.members.map((m) => (
              <span
                key={m.key}
                style={{
                  width: formatPercent(m.share, 4).replace(" ", ""),
                  background: colour(m.key),
                }}
              />
            ))}
          </div>
          <ul>
            {g.members.map((m) => (
              <li key={m.key}>
                <span className="swatch" style={{ background: colour(m.key) }} aria-hidden="true" />
                <Link to={{ search: `?key=${m.key}` }}>{parameterName(m.key)}</Link>{" "}
                <strong title={`${m.value} bps`}>{formatBps(m.value)}</strong>
              </li>
            ))}
          </ul>
          <details className="formula">
            <summary>How it is computed</summary>
            <p>
              Each share is its parameter's value in basis points over{" "}
              {g.group.total.toLocaleString("en-US")}; the sum adds the members' basis points. The
              contract refuses any change after which they do not sum to{" "}
              {g.group.total.toLocaleString("en-US")} bps (SplitMustSumToWhole).
            </p>
          </details>
        </section>
      ))}
    </div>
  );
}

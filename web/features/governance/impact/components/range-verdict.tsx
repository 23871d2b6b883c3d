// One sentence under the backtest: whether the treasury's indexed change fell inside the range
// the activity's daily scatter allowed, and which counts widen that range most.
import type { AssetInfo } from "../../../../lib/config.ts";
import type { Backtest } from "../api/backtest-model.ts";
import { halfWidth, rangeText } from "./impact-format.ts";

const COUNT_WORDS: Record<Backtest["rangeDrivers"][number]["key"], string> = {
  generationsPerDay: "generations",
  sharesPerDay: "shares",
  mintsPerDay: "mints",
  salesPerDay: "sales",
  downloadsPerDay: "downloads",
  slashesPerDay: "slashes",
};

export function RangeVerdict({ result, native }: { result: Backtest; native: AssetInfo }) {
  const treasury = result.rows.find((r) => r.stock === "treasuryTokens");
  if (!treasury || treasury.range === null) return null;
  const [first, second] = result.rangeDrivers;
  const driver = (d: NonNullable<typeof first>) =>
    `${COUNT_WORDS[d.key]} (${halfWidth(d.halfWidth, native)})`;
  return (
    <p className="note" data-testid="range-verdict">
      The treasury in tokens changed by{" "}
      {rangeText(treasury.actual - treasury.otherGovernance, null, native)}
      {treasury.otherGovernance === 0n ? "" : " without others' grants and buybacks"}:{" "}
      <strong>{treasury.within ? "inside" : "outside"}</strong> the ≈95 % range of{" "}
      {rangeText(treasury.predicted, treasury.range, native)} that the measured activity's
      day-to-day scatter allows over {result.days} day{result.days === 1 ? "" : "s"}
      {first
        ? `; the widest part of it is the scatter of ${driver(first)}${second ? `, then of ${driver(second)}` : ""}`
        : ""}
      .
    </p>
  );
}

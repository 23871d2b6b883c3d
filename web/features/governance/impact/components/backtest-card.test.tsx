import { render, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { AssetInfo } from "../../../../lib/config.ts";
import type { Backtest, BacktestRow } from "../api/backtest-model.ts";
import { BacktestCard } from "./backtest-card.tsx";

const TOKEN = 10n ** 18n;
/** Text as a reader sees it: no-break spaces read as spaces. */
const asRead = (text: string | null) => (text ?? "").replace(/\s+/g, " ");
const native: AssetInfo = { address: "0x01", symbol: "WSHD", decimals: 18, kind: "native" };
const stable: AssetInfo = { address: "0x02", symbol: "USDC", decimals: 6, kind: "stable" };

const row = (
  stock: BacktestRow["stock"],
  predicted: bigint,
  actual: bigint,
  range: bigint | null,
): BacktestRow => ({
  stock,
  start: 0n,
  predicted,
  actual,
  otherGovernance: 0n,
  errorBps: null,
  steadyErrorBps: ((predicted - actual) * 10_000n) / (actual < 0n ? -actual : actual),
  range,
  within:
    range === null ? null : (predicted > actual ? predicted - actual : actual - predicted) <= range,
});

const result = (range: boolean): Backtest => ({
  days: 7,
  rows: [
    row("companyReserve", -2400n * TOKEN, -2600n * TOKEN, range ? 220n * TOKEN : null),
    row("communityTreasury", 1600n * TOKEN, 1950n * TOKEN, range ? 600n * TOKEN : null),
    row("stableReserve", 94n * 10n ** 6n, 81n * 10n ** 6n, range ? 23n * 10n ** 6n : null),
    row("treasuryTokens", -800n * TOKEN, -650n * TOKEN, range ? 100n * TOKEN : null),
  ],
  otherFlows: [],
  generations: { assumed: 603, after: 674, days: 7 },
  forecast: "budget",
  rangeDrivers: range
    ? [
        { key: "slashesPerDay", halfWidth: 90n * TOKEN },
        { key: "salesPerDay", halfWidth: 20n * TOKEN },
      ]
    : [],
});

describe("the backtest card", () => {
  it("writes each prediction with its range, whether the indexed change fell in it, and why", () => {
    const { container } = render(
      <BacktestCard result={result(true)} native={native} stable={stable} />,
    );
    const table = within(container).getByRole("table", { name: "Backtest" });
    const cells = (name: RegExp) =>
      within(within(table).getByRole("row", { name }))
        .getAllByRole("cell")
        .map((c) => asRead(c.textContent));
    expect(cells(/^Company reserve/)).toEqual([
      "−2.4k ± 220 WSHD",
      "−2.6k WSHD",
      "none",
      "+7.69 %",
      "yes",
    ]);
    expect(cells(/^Stable reserve/)[0]).toBe("+94 ± 23 USDC");
    // the range never wraps away from its figure: no-break spaces inside it
    const raw = within(table)
      .getByRole("row", { name: /^Company reserve/ })
      .querySelector("td");
    expect(raw!.textContent).toBe("−2.4k ±\u00a0220\u00a0WSHD");
    // −800 predicted, −650 indexed: 150 off a range of 100
    expect(cells(/^Treasury in tokens/).at(-1)).toBe("no");
    const verdict = asRead(within(container).getByTestId("range-verdict").textContent);
    expect(verdict).toContain("changed by −650 WSHD: outside the ≈95 % range of −800 ± 100 WSHD");
    expect(verdict).toContain("over 7 days");
    expect(verdict).toContain("the scatter of slashes (± 90 WSHD), then of sales (± 20 WSHD)");
  });

  it("says nothing of a range it was not given", () => {
    const { container } = render(
      <BacktestCard result={result(false)} native={native} stable={stable} />,
    );
    expect(within(container).queryByTestId("range-verdict")).toBeNull();
    const table = within(container).getByRole("table", { name: "Backtest" });
    const company = within(table).getByRole("row", { name: /^Company reserve/ });
    expect(
      within(company)
        .getAllByRole("cell")
        .map((c) => asRead(c.textContent)),
    ).toEqual(["−2.4k WSHD", "−2.6k WSHD", "none", "+7.69 %", "n/a"]);
  });
});

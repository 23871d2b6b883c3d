import { describe, expect, it } from "vitest";
import type { ImpactRow } from "../../../../../economy/impact.ts";
import type { ProjectionPoint } from "../../../../../economy/projection.ts";
import type { AssetInfo } from "../../../../lib/config.ts";
import { noDifferenceReason } from "./no-difference.ts";

const TOKEN = 10n ** 18n;
const native: AssetInfo = { address: "0x01", symbol: "WSHD", decimals: 18, kind: "native" };
const row = (horizon: number, difference: bigint) =>
  ({ horizon, metric: "companyReserve", difference }) as ImpactRow;
const fees = (...f: bigint[]) => f.map((baseFee) => ({ baseFee })) as ProjectionPoint[];

describe("why a preview shows no difference", () => {
  it("names the base fee above a raised GENERATION_FEE floor", () => {
    const why = noDifferenceReason(
      [row(2, 0n), row(3, 5n)],
      fees(4n * TOKEN, 3n * TOKEN, 2n * TOKEN, TOKEN / 2n),
      { GENERATION_FEE: (3n * TOKEN) / 4n },
      2,
      native,
    );
    expect(why).toContain("the proposed floor of 0.75 WSHD (its lowest is 2 WSHD)");
  });

  it("says nothing when a figure changes at the horizon", () => {
    const p = fees(TOKEN, TOKEN, TOKEN, TOKEN);
    expect(noDifferenceReason([row(3, 5n)], p, { GENERATION_FEE: 1n }, 3, native)).toBeNull();
  });

  it("gives the general reason when the floor is reached, or another parameter changes", () => {
    const reached = noDifferenceReason(
      [row(3, 0n)],
      fees(4n * TOKEN, TOKEN, TOKEN / 2n, TOKEN),
      { GENERATION_FEE: TOKEN / 2n },
      3,
      native,
    );
    expect(reached).toMatch(/^No figure changes in 3 days under the measured activity/);
    const other = noDifferenceReason([row(3, 0n)], fees(TOKEN), { SLASH_BPS: 5n }, 3, native);
    expect(other).toMatch(/does not touch these stocks/);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PARAMETER_KEYS } from "../../../../economy/parameters.ts";
import { historySeries, historyTable } from "./parameters-history.ts";
import {
  defaultSelection,
  groupViews,
  parameterRows,
  queuedWrites,
  unchangedSinceDeployment,
  upcomingChanges,
} from "./parameters-model.ts";
import type { ParameterEntity, QueuedProposal } from "./parameters-query.ts";

const tx = (n: number) => `0x${n.toString(16).padStart(64, "0")}`;

function entity(id: string, values: bigint[], start = 1_000, extra = 0): ParameterEntity {
  const changes = values.map((v, i) => ({
    id: `${tx(i)}-0`,
    oldValue: i === 0 ? "0" : values[i - 1]!.toString(),
    newValue: v.toString(),
    timestamp: String(start + i * 86_400),
    blockNumber: String(10 + i),
    txHash: tx(i),
    changedBy: "0xdead",
    proposal: i === 0 ? null : { id: String(100 + i), title: `Proposal ${i}` },
  }));
  return {
    id,
    value: values.at(-1)!.toString(),
    updatedAt: changes.at(-1)!.timestamp,
    changeCount: values.length + extra,
    // the query asks newest first
    changes: changes.reverse(),
  } as ParameterEntity;
}

function queued(
  id: string,
  eta: number,
  writes: [string, bigint][],
  extra = false,
): QueuedProposal {
  const actions = [
    {
      index: 0,
      functionName: "setParameters",
      parameterKeys: writes.map(([k]) => k),
      parameterValues: writes.map(([, v]) => v.toString()),
    },
    ...(extra
      ? [{ index: 1, functionName: "unknown", parameterKeys: ["MINT_FEE"], parameterValues: ["9"] }]
      : []),
  ];
  return { id, title: `Queued ${id}`, eta: String(eta), queuedAt: "0", actions } as QueuedProposal;
}

const units = { toNumber: (v: bigint) => Number(v), format: (v: bigint) => `${v} u` };

describe("parameterRows", () => {
  it("lists every key in the contract's order, history oldest first, deployment marked", () => {
    const rows = parameterRows([entity("MINT_FEE", [5n, 7n, 6n]), entity("SLASH_BPS", [10n])], []);
    expect(rows.map((r) => r.key)).toEqual(PARAMETER_KEYS);
    const mint = rows.find((r) => r.key === "MINT_FEE")!;
    expect(mint.changes.map((c) => c.newValue)).toEqual([5n, 7n, 6n]);
    expect(mint.changes.map((c) => c.initial)).toEqual([true, false, false]);
    expect(mint.value).toBe(6n);
    expect(unchangedSinceDeployment(mint)).toBe(false);
    expect(unchangedSinceDeployment(rows.find((r) => r.key === "SLASH_BPS")!)).toBe(true);
    expect(rows.find((r) => r.key === "GENERATION_FEE")!.indexed).toBe(false);
  });

  it("keeps a key only the subgraph knows, and flags a truncated history (no deployment mark)", () => {
    const rows = parameterRows([entity("NEW_KEY", [1n, 2n], 1_000, 5)], []);
    const row = rows.at(-1)!;
    expect(row.key).toBe("NEW_KEY");
    expect(row.truncated).toBe(true);
    expect(row.changes[0]!.initial).toBe(false);
  });
});

describe("queued changes", () => {
  it("takes each proposal's last setParameters write per key and ignores other calls", () => {
    const p = queued("1", 500, [
      ["MINT_FEE", 3n],
      ["MINT_FEE", 4n],
    ]);
    const writes = queuedWrites([p, { ...queued("2", 0, [["MINT_FEE", 8n]]), eta: null }]);
    expect(writes.get("MINT_FEE")).toEqual([
      { eta: 500, value: 4n, proposal: { id: "1", title: "Queued 1" } },
    ]);
    expect(queuedWrites([queued("3", 9, [], true)]).size).toBe(0);
  });

  it("chains upcoming steps in order of eta from the current value", () => {
    const steps = upcomingChanges(1n, [
      { eta: 300, value: 3n, proposal: { id: "b", title: "B" } },
      { eta: 200, value: 2n, proposal: { id: "a", title: "A" } },
    ]);
    expect(steps.map((s) => [s.eta, s.oldValue, s.newValue])).toEqual([
      [200, 1n, 2n],
      [300, 2n, 3n],
    ]);
  });

  it("attaches them to their rows and selects the soonest by default", () => {
    const rows = parameterRows(
      [entity("MINT_FEE", [5n, 6n]), entity("SLASH_BPS", [10n])],
      [queued("9", 90_000, [["SLASH_BPS", 20n]])],
    );
    const slash = rows.find((r) => r.key === "SLASH_BPS")!;
    expect(slash.upcoming).toEqual([
      { eta: 90_000, oldValue: 10n, newValue: 20n, proposal: { id: "9", title: "Queued 9" } },
    ]);
    expect(defaultSelection(rows)).toBe("SLASH_BPS");
    expect(defaultSelection(parameterRows([entity("MINT_FEE", [5n, 6n])], []))).toBe("MINT_FEE");
  });
});

describe("historySeries", () => {
  it("holds each value until the next change and runs the last one to the head", () => {
    const [row] = parameterRows([entity("MINT_FEE", [5n, 7n])], []).filter(
      (r) => r.key === "MINT_FEE",
    );
    const points = historySeries(row!, 1_000 + 5 * 86_400, units);
    expect(points.map((p) => [p.t, p.value, p.upcoming])).toEqual([
      [1_000, 5, null],
      [1_000 + 86_400, 7, null],
      [1_000 + 5 * 86_400, 7, null],
    ]);
    expect(points.map((p) => p.mark)).toEqual([true, true, false]);
  });

  it("draws upcoming steps from the head, an overdue eta at the head, with a tail", () => {
    const rows = parameterRows(
      [entity("MINT_FEE", [5n])],
      [queued("1", 500, [["MINT_FEE", 6n]]), queued("2", 9_000, [["MINT_FEE", 8n]])],
    );
    const row = rows.find((r) => r.key === "MINT_FEE")!;
    const points = historySeries(row, 2_000, units);
    expect(points.map((p) => [p.t, p.value, p.upcoming, p.exact])).toEqual([
      [1_000, 5, null, "5 u"],
      [2_000, 5, 5, "5 u"],
      [2_000, null, 6, "6 u"],
      [9_000, null, 8, "8 u"],
      [9_000 + 3_600, null, 8, "8 u"],
    ]);
    // dots only where a change starts, not where a step runs on to the head or the tail
    expect(points.map((p) => p.mark)).toEqual([true, false, true, true, false]);
    const table = historyTable(row, units, String, "u");
    expect(table.rows).toHaveLength(3);
    expect(table.rows.slice(1).map((r) => r[1])).toEqual([
      "upcoming (Queued; executable from then)",
      "upcoming (Queued; executable from then)",
    ]);
  });

  it("keeps time in order, the solid series ending and the dashed one starting at the current value", () => {
    const arb = fc.record({
      values: fc.array(fc.bigInt({ min: 0n, max: 10n ** 24n }), { minLength: 1, maxLength: 8 }),
      etas: fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 4 }),
      now: fc.integer({ min: 0, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(arb, ({ values, etas, now }) => {
        const proposals = etas.map((eta, i) => queued(String(i), eta, [["MINT_FEE", BigInt(i)]]));
        const row = parameterRows([entity("MINT_FEE", values)], proposals).find(
          (r) => r.key === "MINT_FEE",
        )!;
        const points = historySeries(row, now, units);
        for (let i = 1; i < points.length; i++)
          expect(points[i]!.t).toBeGreaterThanOrEqual(points[i - 1]!.t);
        const solid = points.filter((p) => p.value !== null);
        expect(solid.at(-1)!.value).toBe(Number(values.at(-1)));
        const dashed = points.filter((p) => p.upcoming !== null);
        if (etas.length === 0) expect(dashed).toEqual([]);
        else expect(dashed[0]!.upcoming).toBe(Number(values.at(-1)));
      }),
    );
  });
});

describe("groupViews", () => {
  it("sums each split and says whether it makes the whole", () => {
    const values: [string, bigint][] = [
      ["FEE_COMPANY_BPS", 5000n],
      ["FEE_COMMUNITY_BPS", 3000n],
      ["FEE_STAKERS_BPS", 2000n],
      ["ROYALTY_CREATOR_BPS", 5000n],
    ];
    const groups = groupViews(
      parameterRows(
        values.map(([k, v]) => entity(k, [v])),
        [],
      ),
    );
    expect(groups.map((g) => [g.group.id, g.sum, g.whole])).toEqual([
      ["FEE_SPLIT", 10_000n, true],
      ["ROYALTY_SPLIT", 5000n, false],
    ]);
    expect(groups[0]!.members.map((m) => m.share)).toEqual([0.5, 0.3, 0.2]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AlertFacts,
  DEFAULT_THRESHOLDS,
  evaluateAlerts,
  parseThresholds,
} from "./alert-rules.ts";

const calm: AlertFacts = {
  runwayMonths: 24,
  nativeShare: 0.5,
  largeOutflows: [],
  roleEvents: [],
  lagSeconds: 5,
};

describe("alert rules", () => {
  it("raises nothing when every figure is within the thresholds", () => {
    expect(evaluateAlerts(calm, DEFAULT_THRESHOLDS)).toEqual([]);
  });

  it("raises one alert per crossed line, each pointing at its evidence", () => {
    const alerts = evaluateAlerts(
      {
        runwayMonths: 2,
        nativeShare: 0.95,
        largeOutflows: [
          { id: "0xa-1", stock: "COMMUNITY_TREASURY", shareBps: 2500, txHash: "0xa", text: "paid" },
        ],
        roleEvents: [{ id: "0xb-2", kind: "GRANTED", txHash: "0xb", text: "granted" }],
        lagSeconds: 3600,
      },
      DEFAULT_THRESHOLDS,
    );
    expect(alerts.map((a) => a.rule)).toEqual([
      "runwayMonths",
      "nativeSharePercent",
      "outflowPercent",
      "roleChanges",
      "lagMinutes",
    ]);
    expect(alerts[2]?.link).toEqual({ kind: "tx", hash: "0xa" });
    expect(alerts[3]?.link).toEqual({ kind: "tx", hash: "0xb" });
  });

  it("fires the runway alert exactly when runway is under the threshold", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.integer({ min: 0, max: 100 }),
        (months, threshold) => {
          const alerts = evaluateAlerts(
            { ...calm, runwayMonths: months },
            { ...DEFAULT_THRESHOLDS, runwayMonths: threshold },
          );
          expect(alerts.some((a) => a.rule === "runwayMonths")).toBe(months < threshold);
        },
      ),
    );
  });

  it("sums up role changes beyond the first few in one alert", () => {
    const roleEvents = Array.from({ length: 40 }, (_, i) => ({
      id: `e${i}`,
      kind: "GRANTED",
      txHash: `0x${i}`,
      text: `grant ${i}`,
    }));
    const alerts = evaluateAlerts({ ...calm, roleEvents }, DEFAULT_THRESHOLDS);
    expect(alerts.map((a) => a.message)).toEqual([
      "grant 0",
      "grant 1",
      "grant 2",
      "and 37 more role changes in the range",
    ]);
    expect(alerts.at(-1)?.link).toEqual({ kind: "anchor", id: "roles" });
  });

  it("silences role changes when the moderator turns them off", () => {
    const facts = {
      ...calm,
      roleEvents: [{ id: "x", kind: "REVOKED", txHash: "0x1", text: "revoked" }],
    };
    expect(evaluateAlerts(facts, { ...DEFAULT_THRESHOLDS, roleChanges: false })).toEqual([]);
  });

  it("reads stored thresholds defensively", () => {
    expect(parseThresholds(null)).toEqual(DEFAULT_THRESHOLDS);
    expect(parseThresholds("{not json")).toEqual(DEFAULT_THRESHOLDS);
    expect(
      parseThresholds('{"runwayMonths":3,"lagMinutes":-1,"roleChanges":"yes","extra":1}'),
    ).toEqual({
      ...DEFAULT_THRESHOLDS,
      runwayMonths: 3,
    });
  });
});

import { describe, expect, it } from "vitest";
import { defaultParameters, TOKEN } from "../../../../../economy/parameters.ts";
import type { AssetInfo } from "../../../../lib/config.ts";
import {
  addKeys,
  checkDraft,
  DRAFT_STORAGE_KEY,
  type Draft,
  descriptionOf,
  EMPTY_DRAFT,
  editDraft,
  parseStoredDraft,
  removeKey,
} from "./draft-model.ts";

const native: AssetInfo = { address: "0x01", symbol: "WSHD", decimals: 18, kind: "native" };
const stable: AssetInfo = { address: "0x02", symbol: "USDC", decimals: 6, kind: "stable" };
const assets = { native, stable };
const current: Record<string, bigint> = defaultParameters();

const draft = (over: Partial<Draft>): Draft => ({ ...EMPTY_DRAFT, title: "A title", ...over });
const reasons = (d: Draft) => checkDraft(d, current, assets).rows.map((r) => r.reason);

describe("the draft's refusals, each with its reason", () => {
  it("accepts a valid change and hands its value on", () => {
    const check = checkDraft(
      draft({ keys: ["GENERATION_FEE"], values: { GENERATION_FEE: "0.6" } }),
      current,
      assets,
    );
    expect(check.valid).toBe(true);
    expect(check.changes).toEqual({ GENERATION_FEE: (6n * TOKEN) / 10n });
    expect(check.problems).toEqual([]);
  });

  it("a non-number", () => {
    expect(reasons(draft({ keys: ["MINT_FEE"], values: { MINT_FEE: "two" } }))).toEqual([
      "“two” is not a number.",
    ]);
  });

  it("an unchanged value", () => {
    const d = draft({ keys: ["GENERATION_FEE"], values: { GENERATION_FEE: "0.5" } });
    expect(reasons(d)).toEqual(["Unchanged: this is its value now."]);
    expect(checkDraft(d, current, assets).valid).toBe(false);
  });

  it("out of the contract's range, stated in the unit", () => {
    expect(reasons(draft({ keys: ["SURGE_CAP_BPS"], values: { SURGE_CAP_BPS: "90" } }))).toEqual([
      "Out of the contract's range: between 100\u00a0% and 1,000\u00a0%.",
    ]);
    expect(reasons(draft({ keys: ["SLASH_BPS"], values: { SLASH_BPS: "100.01" } }))).toEqual([
      "Out of the contract's range: between 0\u00a0% and 100\u00a0%.",
    ]);
    expect(
      reasons(draft({ keys: ["MAX_LOCK_DURATION"], values: { MAX_LOCK_DURATION: "12 h" } })),
    ).toEqual(["Out of the contract's range: between 1 d and 1460 d."]);
    expect(
      reasons(draft({ keys: ["TARGET_GENERATIONS"], values: { TARGET_GENERATIONS: "0" } })),
    ).toEqual(["Out of the contract's range: at least 1."]);
  });

  it("a split that no longer sums to the whole, with the members left out", () => {
    const d = draft({ keys: ["FEE_COMPANY_BPS"], values: { FEE_COMPANY_BPS: "35" } });
    const check = checkDraft(d, current, assets);
    expect(check.valid).toBe(false);
    expect(check.rows[0]!.reason).toBeUndefined();
    expect(check.groups.map((g) => [g.group.id, g.sum, g.missing])).toEqual([
      ["FEE_SPLIT", 9500n, ["FEE_COMMUNITY_BPS", "FEE_STAKERS_BPS"]],
    ]);
    // adding the others (starting from their values now) and moving one mends it
    const mended = addKeys(d, check.groups[0]!.missing, current, assets);
    expect(mended.values.FEE_STAKERS_BPS).toBe("20");
    const fixed = editDraft(mended, { values: { ...mended.values, FEE_STAKERS_BPS: "25" } });
    const after = checkDraft(fixed, current, assets);
    expect(after.groups).toEqual([]);
    // FEE_COMMUNITY_BPS was added unchanged: it must be removed, not sent as a no-op
    expect(after.rows.map((r) => r.reason)).toEqual([
      undefined,
      "Unchanged: this is its value now.",
      undefined,
    ]);
    expect(checkDraft(removeKey(fixed, "FEE_COMMUNITY_BPS"), current, assets).valid).toBe(true);
  });

  it("an empty title, and no parameter at all", () => {
    const check = checkDraft({ ...EMPTY_DRAFT, title: "  " }, current, assets);
    expect(check.problems).toEqual([
      "Pick at least one parameter to change.",
      "Write a title: it names the proposal in lists.",
    ]);
    expect(check.valid).toBe(false);
  });

  it("a parameter the subgraph has not indexed", () => {
    const d = draft({ keys: ["MINT_FEE"], values: { MINT_FEE: "3" } });
    const check = checkDraft(d, { ...current, MINT_FEE: undefined }, assets);
    expect(check.rows[0]!.reason).toMatch(/not indexed yet/);
  });
});

describe("the draft in localStorage", () => {
  it("round-trips exactly what was typed", () => {
    const d: Draft = {
      keys: ["GENERATION_FEE", "MAX_LOCK_DURATION"],
      values: { GENERATION_FEE: "0.6x", MAX_LOCK_DURATION: "180 d" },
      title: "Title",
      body: "**body**",
      submittedId: "123",
    };
    expect(parseStoredDraft(JSON.stringify(d))).toEqual(d);
  });

  it("reads a damaged or foreign entry as what it can", () => {
    expect(parseStoredDraft(null)).toEqual(EMPTY_DRAFT);
    expect(parseStoredDraft("{not json")).toEqual(EMPTY_DRAFT);
    expect(
      parseStoredDraft(JSON.stringify({ keys: ["NOPE", "MINT_FEE"], values: { MINT_FEE: 3 } })),
    ).toEqual({ keys: ["MINT_FEE"], values: {}, title: "", body: "" });
    expect(DRAFT_STORAGE_KEY).toMatch(/^watershed:/);
  });

  it("any edit forgets the proposal the draft was sent as", () => {
    const sent = { ...draft({ keys: ["MINT_FEE"], values: { MINT_FEE: "3" } }), submittedId: "9" };
    expect(editDraft(sent, { title: "B" }).submittedId).toBeUndefined();
    expect(removeKey(sent, "MINT_FEE").submittedId).toBeUndefined();
    expect(addKeys(sent, ["SLASH_BPS"], current, assets).submittedId).toBeUndefined();
  });
});

// The subgraph's titleOf (subgraph/src/mappings/community-governor.ts): the first line
// without its leading `#` and spaces.
const subgraphTitle = (description: string) => description.split("\n")[0]!.replace(/^[# ]*/, "");

describe("the description", () => {
  it("is `# Title`, a blank line, then the body; the subgraph reads the title back", () => {
    const d = { title: "  Raise the fee\n to 0.6 ", body: "\nWhy:\n\n- hosting\n" };
    expect(descriptionOf(d)).toBe("# Raise the fee to 0.6\n\nWhy:\n\n- hosting");
    expect(subgraphTitle(descriptionOf(d))).toBe("Raise the fee to 0.6");
    expect(descriptionOf({ title: "Only a title", body: " " })).toBe("# Only a title");
  });
});

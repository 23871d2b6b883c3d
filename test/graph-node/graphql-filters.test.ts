// Conformance table: each generated filter suffix on each column type, with graph-node's
// SQL semantics (NULL handling, LIKE wildcards, C-locale case folding, array operators).
import { describe, expect, it } from "vitest";
import { setup } from "./graphql-helpers.ts";

const { ids } = setup();
const A = "0x01",
  B = "0x02",
  N = "0x0a",
  G = "0xab"; // Alice, bob, null label, Ängel_%

const accounts: [string, string[] | string][] = [
  // String
  [`label: "bob"`, [B]],
  [`label_not: "bob"`, [A, G]],
  [`label: null`, [N]],
  [`label_not: null`, [A, B, G]],
  [`label_gt: "Alice"`, [B, G]],
  [`label_lt: "b"`, [A]],
  [`label_gte: "bob"`, [B, G]],
  [`label_lte: "Alice"`, [A]],
  [`label_in: ["bob", "Alice", "zzz"]`, [A, B]],
  [`label_not_in: ["bob"]`, [A, G]],
  [`label_in: []`, []],
  [`label_not_in: []`, []],
  [`label_contains: "li"`, [A]],
  [`label_contains: "_"`, [A, B, G]],
  [`label_contains_nocase: "AL"`, [A]],
  [`label_contains_nocase: "ä"`, []],
  [`label_not_contains: "o"`, [A, G]],
  [`label_not_contains_nocase: "A"`, [B, G]],
  [`label_starts_with: "Al"`, [A]],
  [`label_starts_with_nocase: "B"`, [B]],
  [`label_not_starts_with: "b"`, [A, G]],
  [`label_not_starts_with_nocase: "a"`, [B, G]],
  [`label_ends_with: "ob"`, [B]],
  [`label_ends_with_nocase: "CE"`, [A]],
  [`label_not_ends_with: "e"`, [B, G]],
  [`label_not_ends_with_nocase: "B"`, [A, G]],
  // BigInt (string or Int input)
  [`balance: "100"`, [A, N]],
  [`balance: 100`, [A, N]],
  [`balance_not: "100"`, [B, G]],
  [`balance_gt: "50"`, [A, N]],
  [`balance_lt: "50"`, [G]],
  [`balance_gte: "50"`, [A, B, N]],
  [`balance_lte: "7"`, [G]],
  [`balance_in: ["7", "50"]`, [B, G]],
  [`balance_not_in: ["100"]`, [B, G]],
  [`balance_gt: "1e3"`, "Failed to decode `BigInt` value: `invalid digit found in string`"],
  // BigDecimal (numeric comparison)
  [`share: "0.50"`, [A]],
  [`share_not: "0.5"`, [B, G]],
  [`share_gt: "0.3"`, [A, G]],
  [`share_lt: 1`, [A, B]],
  [`share_gte: "10.0"`, [G]],
  [`share_lte: 0.25`, [B]],
  [`share_in: ["10", "0.25"]`, [B, G]],
  [`share_not_in: ["1e1"]`, [A, B]],
  // Int
  [`txCount: 3`, [A]],
  [`txCount_not: 3`, [B, N, G]],
  [`txCount_gt: 1`, [A, G]],
  [`txCount_lt: 1`, [N]],
  [`txCount_gte: 3`, [A, G]],
  [`txCount_lte: 0`, [N]],
  [`txCount_in: [0, 5]`, [N, G]],
  [`txCount_not_in: [0, 5]`, [A, B]],
  // Int8 (exact beyond 2^53)
  [`total8: 9007199254740993`, [G]],
  [`total8_not: 0`, [A, B, G]],
  [`total8_gt: 0`, [A, G]],
  [`total8_lt: 0`, [B]],
  [`total8_gte: 0`, [A, N, G]],
  [`total8_lte: 10`, [A, B, N]],
  [`total8_in: [10, -5]`, [A, B]],
  [`total8_not_in: [10]`, [B, N, G]],
  // Boolean
  [`delegating: true`, [A, G]],
  [`delegating_not: true`, [B, N]],
  [`delegating_in: [false]`, [B, N]],
  [`delegating_not_in: [false]`, [A, G]],
  // Timestamp (microseconds as a string)
  [`lastSeen: "1600000000000000"`, [B]],
  [`lastSeen_not: "1600000000000000"`, [A, G]],
  [`lastSeen_gt: "1600000000000000"`, [A, G]],
  [`lastSeen_lt: "1700000000000000"`, [B, G]],
  [`lastSeen_gte: "1650000000000000"`, [A, G]],
  [`lastSeen_lte: "1650000000000000"`, [B, G]],
  [`lastSeen_in: ["1700000000000000"]`, [A]],
  [`lastSeen_not_in: ["1700000000000000"]`, [B, G]],
  // Bytes (bytewise order, byte-aligned contains)
  [`data: "0xDEADBEEF"`, [A]],
  [`data_not: "0xbeef"`, [A, B]],
  [`data_gt: "0x00ff"`, [A, G]],
  [`data_lt: "0xbeef"`, [B]],
  [`data_gte: "0xbeef"`, [A, G]],
  [`data_lte: "0x00ff"`, [B]],
  [`data_in: ["0xbeef", "0x00ff"]`, [B, G]],
  [`data_not_in: ["0xbeef"]`, [A, B]],
  [`data_contains: "0xbeef"`, [A, G]],
  [`data_contains: "0xadbe"`, [A]],
  [`data_contains: "0xeadb"`, []],
  [`data_not_contains: "0xef"`, [B]],
  [`data: "0xzz"`, "Failed to decode `Bytes` value: `Invalid character 'z' at position 0`"],
  [`data: "0xabc"`, "Failed to decode `Bytes` value: `Odd number of digits`"],
  // Bytes id
  [`id: "0x0A"`, [N]],
  [`id_gt: "0x02"`, [N, G]],
  [`id_in: ["0xab", "0x01"]`, [A, G]],
  // scalar lists
  [`tags: ["dev"]`, [B]],
  [`tags_not: ["dev"]`, [A, N, G]],
  [`tags_contains: ["dev"]`, [A, B]],
  [`tags_contains: ["core", "dev"]`, [A]],
  [`tags_contains_nocase: ["core"]`, [A, G]],
  [`tags_not_contains: ["dev"]`, [N, G]],
  [`tags_not_contains_nocase: ["CORE"]`, [B, N]],
  // references (Bytes ids are written as strings)
  [`delegate: "0x02"`, [A, N]],
  [`delegate_not: "0x02"`, [G]],
  [`delegate: null`, [B]],
  [`delegate_in: ["0x01"]`, [G]],
  [`delegate_gt: "0x01"`, [A, N]],
  [
    `delegate_contains_nocase: "0"`,
    "Store error: unsupported filter `contains_nocase` for value `0`",
  ],
  // stored lists of references
  [`favourites: []`, [B]],
  [`favourites: ["2", "1"]`, [A]],
  [`favourites_contains: ["1"]`, [A]],
  [`favourites_not_contains: ["1"]`, [B, G]],
  [`favourites_contains_nocase: ["1"]`, [A]],
  [`favourites_not_contains_nocase: ["1"]`, [B, N, G]],
  // nested filters
  [`delegate_: { label: "bob" }`, [A, N]],
  [`delegate_: { label_starts_with: "A" }`, [G]],
  [`votes_: { weight_gt: 60 }`, [A]],
  [`votes_: { support: 0 }`, [B]],
  [`sent_: { amount_gte: 10 }`, [A, B]],
  [`favourites_: { state: Active }`, [A]],
  [`delegators_: { label: "Alice" }`, [B]],
  [
    `delegate_: { delegate_: { label: "x" } }`,
    /^Child filter nesting not supported by value `delegate`/.source,
  ],
  // and / or / _change_block
  [`or: [{ label: "bob" }, { balance: "7" }]`, [B, G]],
  [`and: [{ balance: "100" }, { delegating: true }]`, [A]],
  [
    `label: "x", or: [{ label: "y" }]`,
    /^Cannot mix column filters with 'or' operator at the same level\. Found column filter\(s\) 'label' alongside/
      .source,
  ],
  [`and: [{ balance: "100" }], label: "Alice"`, "Filter must by an object"],
  [`_change_block: { number_gte: 7 }`, [N, G]],
];

describe("filters on every column type", () => {
  it.each(accounts)("accounts(where: { %s })", async (where, expected) => {
    const got = await ids("accounts", `where: { ${where} }`);
    if (typeof expected === "string" && expected.startsWith("^"))
      expect(got).toMatch(new RegExp(expected));
    else expect(got).toEqual(expected);
  });

  it.each([
    [`id_gt: "1"`, ["10", "2"]],
    [`id_lt: "2"`, ["1", "10"]],
    [`id_in: ["2", "10"]`, ["10", "2"]],
    [`state: Active`, ["1"]],
    [`state_not: Active`, ["10", "2"]],
    [`state_in: [Pending, Executed]`, ["10", "2"]],
    [`state_not_in: [Pending]`, ["1", "10"]],
    [`proposer: "0x01"`, ["1", "10"]],
    [`votes_: { voter: "0xab" }`, ["1"]],
  ])("proposals(where: { %s })", async (where, expected) => {
    expect(await ids("proposals", `where: { ${where} }`)).toEqual(expected);
  });

  it("filters interfaces across implementors", async () => {
    expect(await ids("movements", `where: { from_: { label: "bob" } }`)).toEqual(["t2"]);
    expect(await ids("movements", `where: { amount_gt: 5 }`)).toEqual(["t1", "t2"]);
  });

  it("rejects Timestamp ints and Int8 strings at coercion, like graph-node", async () => {
    expect(await ids("accounts", `where: { lastSeen_gt: 5 }`)).toMatch(/Timestamp/);
    expect(await ids("accounts", `where: { total8: "10" }`)).toMatch(/Int8/);
  });
});

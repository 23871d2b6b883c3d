// Ordering, pagination, references, @derivedFrom, interfaces, scalars on the wire, `_meta`,
// block arguments, indexing errors and limits, with graph-node's error texts.
import { describe, expect, it } from "vitest";
import { cmpStr } from "../../mocks/graph-node/graphql/values.ts";
import { HEAD } from "./fixtures/conformance-store.ts";
import { setup } from "./graphql-helpers.ts";

const { ids, run, store } = setup();
const A = "0x01",
  B = "0x02",
  N = "0x0a",
  G = "0xab";

describe("ordering", () => {
  it.each([
    [`orderBy: balance`, [G, B, A, N]], // ties (100) broken by id in the same direction
    [`orderBy: balance, orderDirection: desc`, [N, A, B, G]],
    [`orderBy: label`, [A, B, G, N]], // code point order, NULLS LAST
    [`orderBy: label, orderDirection: desc`, [N, G, B, A]], // NULLS FIRST
    [`orderBy: share`, [B, A, G, N]], // numeric decimals
    [`orderBy: data`, [B, G, A, N]], // bytewise
    [`orderBy: total8, orderDirection: desc`, [G, A, N, B]],
    [`orderBy: delegate__label`, [G, A, N, B]], // child sort, missing child last
    [`orderDirection: desc`, [A, B, N, G]], // no orderBy: graph-node's default id order
    [`orderBy: delegate`, "Ordering by `delegate` is not supported for type `Account`"],
    [`orderBy: tags`, "Ordering by `tags` is not supported for type `Account`"],
  ])("accounts(%s)", async (args, expected) => {
    expect(await ids("accounts", args)).toEqual(expected);
  });

  it("orders strings by code point (C collation), ids of Int8 numerically", async () => {
    expect(await ids("proposals", "orderBy: description")).toEqual(["10", "1", "2"]);
    expect(await ids("dailySupplies", "")).toEqual(["5", "19000", "19001"]);
    expect(cmpStr("\uffff", "😀")).toBeLessThan(0); // UTF-16 order would say the opposite
  });

  it("orders interface collections across implementors", async () => {
    expect(await ids("movements", "orderBy: amount, orderDirection: desc")).toEqual([
      "t2",
      "t1",
      "b1",
    ]);
    expect(await ids("movements", "")).toEqual(["b1", "t1", "t2"]);
  });
});

describe("pagination", () => {
  it.each([
    [`first: 0`, "The `first` argument must be between 0 and 1000, but is 0"],
    [`first: 1001`, "The `first` argument must be between 0 and 1000, but is 1001"],
    [`skip: 5001`, []], // no skip limit by default (graph/src/env/graphql.rs)
    [`skip: -1`, "The `skip` argument must be between 0 and 4294967295, but is -1"],
    [`skip: 10`, []],
    [`first: 2, skip: 1`, [B, N]],
    [`first: 1000`, [A, B, N, G]],
  ])("accounts(%s)", async (args, expected) => {
    expect(await ids("accounts", args)).toEqual(expected);
  });
});

describe("references, lists and @derivedFrom", () => {
  it("resolves derived fields with collection arguments", async () => {
    const r =
      await run(`{ proposal(id: "1") { votes(orderBy: weight, where: { support_gt: 0 }) { id }
      all: votes(first: 1, skip: 1) { id } } }`);
    expect(r).toEqual({
      data: { proposal: { votes: [{ id: "1-0xab" }, { id: "1-0x01" }], all: [{ id: "1-0x02" }] } },
    });
  });

  it("returns stored reference lists by id, not in stored order", async () => {
    const r = await run(
      `{ account(id: "0x01") { favourites { id } desc: favourites(orderBy: id, orderDirection: desc) { id } } }`,
    );
    expect(r.data).toEqual({
      account: { favourites: [{ id: "1" }, { id: "2" }], desc: [{ id: "2" }, { id: "1" }] },
    });
  });

  it("follows single references and self-references", async () => {
    const r = await run(
      `{ account(id: "0x0A") { id delegate { id delegators(orderBy: id) { id } } } }`,
    );
    expect(r.data).toEqual({
      account: { id: N, delegate: { id: B, delegators: [{ id: A }, { id: N }] } },
    });
  });

  it("queries interfaces by id and resolves their concrete types", async () => {
    const r = await run(
      `{ movement(id: "b1") { __typename id ... on Burn { amount } } account(id: "0x99") { id } }`,
    );
    expect(r.data).toEqual({
      movement: { __typename: "Burn", id: "b1", amount: "5" },
      account: null,
    });
  });

  it("serialises scalars as graph-node does", async () => {
    const r = await run(
      `{ account(id: "0xab") { id balance share total8 lastSeen data tags } dailySupply(id: "5") { id } }`,
    );
    expect(r.data).toEqual({
      account: {
        id: G,
        balance: "7",
        share: "10",
        total8: "9007199254740993",
        lastSeen: "1650000000000000",
        data: "0xbeef",
        tags: ["CORE"],
      },
      dailySupply: { id: "5" },
    });
  });

  it("accepts BigInt variables as strings or numbers", async () => {
    const q = `query($b: BigInt) { accounts(where: { balance: $b }) { id } }`;
    expect((await run(q, { b: "7" })).data).toEqual({ accounts: [{ id: G }] });
    expect((await run(q, { b: 7 })).data).toEqual({ accounts: [{ id: G }] });
  });
});

describe("_meta and block arguments", () => {
  const deploy = "QmConformance";
  it("reports the head block", async () => {
    const r = await run(
      `{ _meta { block { number hash timestamp parentHash } deployment hasIndexingErrors } }`,
    );
    expect(r.data).toEqual({
      _meta: { block: HEAD, deployment: deploy, hasIndexingErrors: false },
    });
  });

  it("leaves hash, timestamp and parentHash null for a block asked by number", async () => {
    const r = await run(
      `{ _meta(block: { number: 10 }) { block { number hash timestamp parentHash } } }`,
    );
    expect(r.data).toEqual({
      _meta: { block: { number: 10, hash: null, timestamp: null, parentHash: null } },
    });
  });

  it.each([
    [`{ number: 10 }`, null],
    [`{ number_gte: 10 }`, null],
    [`{ hash: "${HEAD.hash}" }`, null],
    [
      `{ number: 11 }`,
      `Failed to decode \`block.number\` value: \`subgraph ${deploy} has only indexed up to block number 10 and data for block number 11 is therefore not yet available\``,
    ],
    [
      `{ number_gte: 12 }`,
      `Failed to decode \`block.number_gte\` value: \`subgraph ${deploy} has only indexed up to block number 10 and data for block number 12 is therefore not yet available\``,
    ],
    [
      `{ number: 9 }`,
      `Failed to decode \`block.number\` value: \`subgraph ${deploy} only has data starting at block number 10 and data for block number 9 is therefore not available\``,
    ],
    [`{ hash: "0x00" }`, "Failed to decode `block.hash` value: `no block with that hash found`"],
  ])("proposals(block: %s)", async (block, error) => {
    const r = await run(`{ proposals(block: ${block}) { id } }`);
    if (error === null) expect(r.data?.proposals).toHaveLength(3);
    else expect(r).toEqual({ errors: [expect.objectContaining({ message: error })] });
  });

  it("applies subgraphError like graph-node when the subgraph has indexing errors", async () => {
    store.setIndexingErrors(true);
    try {
      expect(await run(`{ proposals { id } }`)).toEqual({
        errors: [{ message: "indexing_error" }],
      });
      const allow = await run(`{ proposals(first: 1, subgraphError: allow) { id } }`);
      expect(allow).toEqual({
        data: { proposals: [{ id: "1" }] },
        errors: [{ message: "indexing_error" }],
      });
      expect(await run(`{ _meta { hasIndexingErrors } }`)).toEqual({
        data: { _meta: { hasIndexingErrors: true } },
      });
      const mixed = await run(`{ proposals { id } _meta { hasIndexingErrors } }`);
      expect(mixed).toEqual({
        data: { _meta: { hasIndexingErrors: true } },
        errors: [{ message: "indexing_error" }],
      });
    } finally {
      store.setIndexingErrors(false);
    }
  });
});

describe("malformed queries and limits", () => {
  it("answers syntax and validation errors in GraphQL's shape", async () => {
    const syntax = await run(`{ accounts {`);
    expect(syntax.data).toBeUndefined();
    expect(syntax.errors?.[0]?.message).toMatch(/^Syntax Error/);
    expect(syntax.errors?.[0]?.locations).toEqual([{ line: 1, column: 13 }]);
    expect((await run(`{ nope { id } }`)).errors?.[0]?.message).toMatch(
      /^Cannot query field "nope" on type "Query"\./,
    );
    expect((await run("   ")).errors).toEqual([{ message: "The query is empty" }]);
    expect((await run(`mutation { x }`)).errors?.[0]?.message).toBeTruthy();
  });

  it("enforces depth, complexity, query length and result size", async () => {
    const deep = setup({ maxDepth: 3 });
    expect((await deep.run(`{ accounts { delegate { delegate { id } } } }`)).errors).toEqual([
      { message: "query has a depth that exceeds the limit of `3`" },
    ]);
    const complex = setup({ maxComplexity: 50 });
    expect((await complex.run(`{ accounts { votes { id } } }`)).errors?.[0]?.message).toMatch(
      /^query potentially returns `10100` entities or more and thereby exceeds the limit of `50` entities/,
    );
    const small = setup({ maxResultSize: 10, maxQueryLength: 40 });
    expect((await small.run(`{ accounts { id } }`)).errors?.[0]?.message).toMatch(
      /^the result size of \d+ is larger than the allowed limit of 10$/,
    );
    expect(
      (await small.run(`{ accounts { id label balance share txCount } }`)).errors?.[0]?.message,
    ).toMatch(/limit is 40/);
  });

  it("keeps introspection working", async () => {
    const r = await run(`{ __type(name: "Account_filter") { inputFields { name } } }`);
    const names = (r.data!.__type as { inputFields: { name: string }[] }).inputFields.map(
      (f) => f.name,
    );
    expect(names).toContain("delegate_");
    expect(names.slice(-3)).toEqual(["_change_block", "and", "or"]);
  });
});

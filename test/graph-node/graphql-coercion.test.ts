// Variables and argument values as graph-node coerces them, where graphql-js differs:
// - graphql/src/execution/query.rs `Transform::variable`: a declared variable that was not
//   sent is null (graphql-js drops the field, so a filter would silently disappear);
//   `coerce_variables`: an unsent non-null variable is "No value provided for required
//   variable";
// - graphql/src/values/coercion.rs `coerce_value`: `(ListType, non-list) => Err`, so a single
//   value is never wrapped into a list (graphql-js does wrap it), and the error names the
//   argument with the value as graph-node's `{:?}` prints it;
// - graphql/src/store/query.rs `build_range` with graph/src/env/graphql.rs: `skip` has no
//   limit unless GRAPH_GRAPHQL_MAX_SKIP is set; `first` keeps 1..GRAPH_GRAPHQL_MAX_FIRST.
import { describe, expect, it } from "vitest";
import { limitsFromEnv } from "../../mocks/graph-node/graphql/limits-env.ts";
import { setup } from "./graphql-helpers.ts";

const { run } = setup();
const A = "0x01",
  B = "0x02",
  N = "0x0a",
  G = "0xab";

async function ids(query: string, variables?: Record<string, unknown>) {
  const r = await run(query, variables);
  if (r.errors) return r.errors[0]!.message;
  return (Object.values(r.data!)[0] as { id: string }[]).map((x) => x.id);
}

describe("a declared variable that was not sent is null (query.rs `variable()`)", () => {
  it.each([
    // `_in` / `_not_in` with null: store/query.rs `list_values` refuses a non-list
    ["[String!]", "label_in", "Non-list value passed to `_in` filter"],
    ["[String!]", "label_not_in", "Non-list value passed to `_not_in` filter"],
    // equality filters on null: `label IS NULL` / `IS NOT NULL`
    ["String", "label", [N]],
    ["String", "label_not", [A, B, G]],
    // ordering and pattern filters have no meaning for null
    ["String", "label_gt", "Store error: unsupported filter `gt` for value `null`"],
    ["String", "label_lte", "Store error: unsupported filter `lte` for value `null`"],
    ["String", "label_contains", "Store error: unsupported filter `contains` for value `null`"],
    // list columns: `tags = NULL` never matches a non-null list
    ["[String!]", "tags", []],
    ["[String!]", "tags_not", [A, B, N, G]],
    ["[String!]", "tags_contains", "Store error: unsupported filter `contains` for value `null`"],
    // references compare as their id column
    ["String", "delegate", [B]],
  ])("$v: %s in `%s: $v`", async (type, filter, expected) => {
    expect(await ids(`query($v: ${type}) { accounts(where: { ${filter}: $v }) { id } }`)).toEqual(
      expected,
    );
  });

  it("a null `first`, `skip`, `orderBy`, `where` or `block` means the argument's default", async () => {
    const q = `query($f: Int, $s: Int, $o: Account_orderBy, $w: Account_filter, $b: Block_height) {
      accounts(first: $f, skip: $s, orderBy: $o, where: $w, block: $b) { id } }`;
    expect(await ids(q)).toEqual([A, B, N, G]);
  });

  it("a variable's default is used when it was not sent", async () => {
    expect(
      await ids(`query($v: String = "bob") { accounts(where: { label: $v }) { id } }`),
    ).toEqual([B]);
  });

  it("an explicit value still wins, and an unsent non-null variable is an error", async () => {
    const q = `query($v: String!) { accounts(where: { label: $v }) { id } }`;
    expect(await ids(q, { v: "Alice" })).toEqual([A]);
    expect(await ids(q)).toBe("No value provided for required variable `v`");
  });

  it("a null where the schema requires a value is an invalid argument", async () => {
    const q = `query($e: _SubgraphErrorPolicy_) { accounts(subgraphError: $e) { id } }`;
    expect(await ids(q)).toBe("Invalid value provided for argument `subgraphError`: Null");
  });
});

describe("a single value is not a list (coercion.rs `coerce_value`)", () => {
  it("rejects an enum literal for an enum list, naming the argument", async () => {
    expect(await ids(`{ proposals(where: { state_in: Active }) { id } }`)).toBe(
      'Invalid value provided for argument `where`: Object({"state_in": Enum("Active")})',
    );
    // graphql-js alone would have wrapped it and answered proposal 1
    expect(await ids(`{ proposals(where: { state_in: [Active] }) { id } }`)).toEqual(["1"]);
  });

  it("rejects scalars too, in nested filters and on nested collections", async () => {
    expect(await ids(`{ accounts(where: { label_in: "bob" }) { id } }`)).toBe(
      'Invalid value provided for argument `where`: Object({"label_in": String("bob")})',
    );
    expect(
      await ids(`{ proposals(where: { or: [{ state_in: Active }, { id: 3 }] }) { id } }`),
    ).toBe(
      'Invalid value provided for argument `where`: Object({"or": List([Object({"state_in": Enum("Active")}), Object({"id": Int(Number(3))})])})',
    );
    const nested = await run(`{ account(id: "0x01") { votes(where: { support_in: 1 }) { id } } }`);
    expect(nested.errors).toEqual([
      {
        message:
          'Invalid value provided for argument `where`: Object({"support_in": Int(Number(1))})',
      },
    ]);
  });

  it("rejects a variable holding a single value for a list type", async () => {
    const q = `query($s: [ProposalState!]) { proposals(where: { state_in: $s }) { id } }`;
    expect(await ids(q, { s: "Active" })).toBe(
      'Invalid value provided for argument `s`: String("Active")',
    );
    expect(await ids(q, { s: ["Active"] })).toEqual(["1"]);
    const w = `query($w: Proposal_filter) { proposals(where: $w) { id } }`;
    expect(await ids(w, { w: { state_in: "Active" } })).toBe(
      'Invalid value provided for argument `w`: Object({"state_in": String("Active")})',
    );
  });

  it("interpolates variables into the value it reports", async () => {
    const q = `query($l: String) { accounts(where: { label: $l, label_in: "x", txCount: 3 }) { id } }`;
    expect(await ids(q, { l: 'say "hi"' })).toBe(
      'Invalid value provided for argument `where`: Object({"label": String("say \\"hi\\""), "label_in": String("x"), "txCount": Int(Number(3))})',
    );
    expect(await ids(q)).toBe(
      'Invalid value provided for argument `where`: Object({"label": Null, "label_in": String("x"), "txCount": Int(Number(3))})',
    );
  });
});

describe("skip and first limits (env/graphql.rs)", () => {
  it("has no skip limit by default, and keeps first within 1..1000", async () => {
    expect(await ids(`{ accounts(skip: 5001) { id } }`)).toEqual([]);
    expect(await ids(`{ accounts(skip: 2147483647) { id } }`)).toEqual([]);
    expect(await ids(`{ accounts(skip: -1) { id } }`)).toBe(
      "The `skip` argument must be between 0 and 4294967295, but is -1",
    );
    expect(await ids(`{ accounts(first: 1001) { id } }`)).toBe(
      "The `first` argument must be between 0 and 1000, but is 1001",
    );
  });

  it("GRAPH_GRAPHQL_MAX_SKIP and GRAPH_GRAPHQL_MAX_FIRST set the limits", async () => {
    const limits = limitsFromEnv({ GRAPH_GRAPHQL_MAX_SKIP: "5_000", GRAPH_GRAPHQL_MAX_FIRST: "2" });
    expect(limits).toEqual({ maxSkip: 5000, maxFirst: 2 });
    const limited = setup(limits);
    const r = await limited.run(`{ a: accounts(first: 1, skip: 5001) { id } }`);
    expect(r.errors?.[0]?.message).toBe(
      "The `skip` argument must be between 0 and 5000, but is 5001",
    );
    // the schema's default `first: 100` is checked against the limit as well
    const f = await limited.run(`{ a: accounts { id } }`);
    expect(f.errors?.[0]?.message).toBe("The `first` argument must be between 0 and 2, but is 100");
    expect(() => limitsFromEnv({ GRAPH_GRAPHQL_MAX_SKIP: "lots" })).toThrow(/whole number/);
  });
});

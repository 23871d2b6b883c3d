// The generated API schema against a hand-reviewed print (test/graph-node/expected/), plus
// the schema parser's graph-node validation texts and graph-node's query field names.
// To regenerate after an intended change: UPDATE_EXPECTED=1 npx vitest run test/graph-node/graphql-api
import { readFileSync, writeFileSync } from "node:fs";
import { buildSchema, printSchema, validateSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { buildApiSchema, createQueryEngine } from "../../mocks/graph-node/graphql/engine.ts";
import { queryFieldNames } from "../../mocks/graph-node/graphql/inflect.ts";
import { parseSubgraphSchema } from "../../mocks/graph-node/schema/parse-schema.ts";
import { MemoryStore } from "../../mocks/graph-node/store/memory-store.ts";
import { conformanceSdl } from "./fixtures/conformance-store.ts";

describe("API schema generation", () => {
  it("prints the same API schema as the reviewed expectation", () => {
    const engine = createQueryEngine({ sdl: conformanceSdl, store: new MemoryStore() });
    const printed = printSchema(engine.schema);
    const file = new URL("./expected/conformance.graphql", import.meta.url);
    if (process.env.UPDATE_EXPECTED) writeFileSync(file, printed);
    expect(printed).toBe(readFileSync(file, "utf8"));
  });

  // the engine builds its schema assuming the generated SDL valid (buildApiSchema)
  it.each([
    ["the conformance schema", conformanceSdl],
    ["Watershed's subgraph", readFileSync("subgraph/schema.graphql", "utf8")],
  ])("generates a valid API schema for %s", (_name, sdl) => {
    const { apiSdl } = createQueryEngine({ sdl, store: new MemoryStore() });
    const checked = buildSchema(apiSdl);
    expect(validateSchema(checked).map((e) => e.message)).toEqual([]);
    expect(printSchema(buildApiSchema(apiSdl))).toBe(printSchema(checked));
  });

  it.each([
    ["Proposal", "proposal", "proposals"],
    ["DailySupply", "dailySupply", "dailySupplies"],
    ["TokenDayData", "tokenDayData", "tokenDayDatas"],
    ["Stats", "stats", "stats_collection"],
    ["Status", "status", "statuses"],
    ["Box", "box", "boxes"],
    ["ERC20Token", "erc20Token", "erc20Tokens"],
    ["Series", "series", "series_collection"],
    ["Leaf", "leaf", "leaves"],
    ["Analysis", "analysis", "analyses"],
  ])("names %s's query fields like graph-node", (type, singular, plural) => {
    expect(queryFieldNames(type)).toEqual([singular, plural]);
  });
});

describe("parseSubgraphSchema", () => {
  it("reads entities, ids, immutability, derived fields and interfaces", () => {
    const m = parseSubgraphSchema(conformanceSdl);
    expect(m.entities.get("Account")?.idType).toBe("Bytes");
    expect(m.entities.get("DailySupply")?.idType).toBe("Int8");
    expect(m.entities.get("Vote")?.immutable).toBe(true);
    expect(m.entities.get("Proposal")?.immutable).toBe(false);
    expect(m.interfaces.get("Movement")?.implementedBy).toEqual(["Transfer", "Burn"]);
    expect(m.entities.get("Account")?.fields.find((f) => f.name === "votes")).toMatchObject({
      kind: "entity",
      list: true,
      nonNull: true,
      itemNonNull: true,
      derivedFrom: "voter",
      typeName: "Vote",
    });
    expect(m.enums.get("ProposalState")).toContain("Executed");
  });

  it.each([
    [`type A @entity { id: ID! b: Foo }`, "Type `A`, field `b`: type `Foo` is not defined"],
    [
      `type A @entity { id: ID! bs: [B!]! @derivedFrom(field: "a") } type B @entity { id: ID! }`,
      "Field `bs` in type `A` has invalid @derivedFrom: field `a` does not exist on type `B`",
    ],
    [
      `type A @entity { id: ID! bs: [B!]! @derivedFrom(field: "x") } type B @entity { id: ID! x: String }`,
      "Field `bs` in type `A` has invalid @derivedFrom: field `x` on type `B` must have one of the following types: A, A!, [A!], [A!]!",
    ],
    [`type A { id: ID! }`, "@entity directive missing on the following types: `A`"],
    [`type A @entity { id: Int! }`, "Entity type A uses illegal type Int for id column"],
    [`type A @entity { name: String }`, "Type A is missing an `id` field"],
    [
      `type A @entity(immutable: 1) { id: ID! }`,
      "The `immutable` argument of the @entity directive must be a boolean",
    ],
    [`type A implements I @entity { id: ID! }`, "Interface `I` not defined"],
    [
      `interface I { id: ID! n: Int! } type A implements I @entity { id: ID! }`,
      "Entity type `A` does not satisfy interface `I` because it is missing the following fields: n: Int!",
    ],
    [
      `type A @entity { id: ID! } type A_filter @entity { id: ID! }`,
      "The following type names are reserved",
    ],
    [`type A @entity {`, "Invalid schema: Syntax Error"],
  ])("rejects %s", (sdl, message) => {
    expect(() => parseSubgraphSchema(sdl)).toThrow(message);
  });
});

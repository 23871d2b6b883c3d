// A resolved list of leaves is the answer's list as it is only where graphql-js's completion
// would give an equal list; anything else (a null where none may be, an Int out of range, an
// enum) goes through completion, which serialises or fails as graph-node does.
import { GraphQLEnumType, GraphQLInt, GraphQLScalarType, GraphQLString } from "graphql";
import { describe, expect, it } from "vitest";
import { answersAsIs } from "../../mocks/graph-node/graphql/leaf-lists.ts";
import { passThrough } from "../../mocks/graph-node/graphql/scalars.ts";

const bigInt = new GraphQLScalarType({ name: "BigInt", serialize: passThrough });
const otherScalar = new GraphQLScalarType({ name: "Other", serialize: (v) => String(v) });
const enumType = new GraphQLEnumType({ name: "Kind", values: { A: {} } });

describe("answersAsIs", () => {
  it("keeps lists whose completion changes nothing", () => {
    expect(answersAsIs(bigInt, false, ["1", "20000000000000000000"])).toBe(true);
    expect(answersAsIs(GraphQLInt, false, [0, 1, -2_147_483_648])).toBe(true);
    expect(answersAsIs(GraphQLString, true, ["a", null])).toBe(true);
  });

  it("completes anything else", () => {
    expect(answersAsIs(bigInt, false, ["1", null])).toBe(false); // a null in [BigInt!]
    expect(answersAsIs(GraphQLInt, false, [2_147_483_648])).toBe(false); // out of Int range
    expect(answersAsIs(GraphQLInt, false, [1.5])).toBe(false);
    expect(answersAsIs(GraphQLString, false, [1])).toBe(false);
    expect(answersAsIs(bigInt, false, [new Error("x")])).toBe(false);
    expect(answersAsIs(otherScalar, false, ["1"])).toBe(false);
    expect(answersAsIs(enumType, false, ["A"])).toBe(false);
  });
});

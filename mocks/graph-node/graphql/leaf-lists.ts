// Lists of leaves the lean executor (fast-execute.ts) can answer with as they are: the wire
// lists values.ts keeps on stored values, whose completion by graphql-js would give an equal
// list. Most of a heatmap's answer is such lists, so they are neither copied nor walked twice.
import {
  GraphQLBoolean,
  GraphQLID,
  GraphQLInt,
  type GraphQLOutputType,
  GraphQLScalarType,
  GraphQLString,
} from "graphql";
import { passThrough } from "./scalars.ts";

const isInt32 = (v: unknown) => typeof v === "number" && (v | 0) === v;
const isString = (v: unknown) => typeof v === "string";
const isBoolean = (v: unknown) => typeof v === "boolean";
const isPlain = (v: unknown) =>
  typeof v !== "object" || !(v instanceof Error || v instanceof Promise);

/** The values a leaf type's `serialize` returns unchanged, for the types lists hold. */
function unchangedBy(type: GraphQLOutputType): ((v: unknown) => boolean) | null {
  if (type === GraphQLInt) return isInt32;
  if (type === GraphQLString || type === GraphQLID) return isString;
  if (type === GraphQLBoolean) return isBoolean;
  // BigInt, Bytes, BigDecimal, Int8, Timestamp: resolvers give their wire text
  if (type instanceof GraphQLScalarType && type.serialize === passThrough) return isPlain;
  return null;
}

/** Whether completing this list of leaves would give an equal list (or anything but an error). */
export function answersAsIs(
  inner: GraphQLOutputType,
  nullable: boolean,
  value: unknown[],
): boolean {
  const unchanged = unchangedBy(inner);
  if (!unchanged) return false;
  for (let i = 0; i < value.length; i++) {
    const v = value[i];
    if (v === null || v === undefined ? !nullable : !unchanged(v)) return false;
  }
  return true;
}

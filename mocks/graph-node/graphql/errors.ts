// graph-node's QueryExecutionError texts (graph/src/data/query/error.rs), so clients that
// match on messages behave the same locally. Thrown from resolvers; the engine turns them
// into GraphQL `errors` entries.
export class QueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "QueryError";
  }
}

export const errors = {
  range: (arg: "first" | "skip", max: number, actual: number) =>
    new QueryError(`The \`${arg}\` argument must be between 0 and ${max}, but is ${actual}`),
  valueParse: (what: string, detail: string) =>
    new QueryError(`Failed to decode \`${what}\` value: \`${detail}\``),
  invalidFilter: () => new QueryError("Filter must by an object"),
  entityField: (entity: string, attr: string) =>
    new QueryError(`Entity \`${entity}\` has no attribute \`${attr}\``),
  orderByNotSupported: (entity: string, field: string) =>
    new QueryError(`Ordering by \`${field}\` is not supported for type \`${entity}\``),
  listTypes: (filter: string, values: string[]) =>
    new QueryError(
      `Values passed to filter \`${filter}\` must be of the same type but are of different types: ${values.join(", ")}`,
    ),
  listFilter: (filter: string) => new QueryError(`Non-list value passed to \`${filter}\` filter`),
  attributeType: (value: string, ty: string) =>
    new QueryError(`Query contains value with invalid type \`${ty}\`: \`${value}\``),
  childNesting: (attr: string, filter: string) =>
    new QueryError(`Child filter nesting not supported by value \`${attr}\`: \`${filter}\``),
  unsupportedFilter: (filter: string, value: string) =>
    new QueryError(`Store error: unsupported filter \`${filter}\` for value \`${value}\``),
  orMixed: (keys: string[]) => {
    const list = keys.join(", ");
    return new QueryError(
      `Cannot mix column filters with 'or' operator at the same level. Found column filter(s) ${list} alongside 'or' operator.\n\nInstead of:\nwhere: { ${list}, or: [...] }\n\nUse:\nwhere: { or: [{ ${list}, ... }, { ${list}, ... }] }`,
    );
  },
  ambiguousDerived: (field: string, type: string, via: string) =>
    new QueryError(
      `Ambiguous result for derived field \`${field}\`: Multiple \`${type}\` entities refer back via \`${via}\``,
    ),
  tooDeep: (max: number) =>
    new QueryError(`query has a depth that exceeds the limit of \`${max}\``),
  tooComplex: (c: number, max: number) =>
    new QueryError(
      `query potentially returns \`${c}\` entities or more and thereby exceeds the limit of \`${max}\` entities. Possible solutions are reducing the depth of the query, querying fewer relationships or using \`first\` to return smaller collections`,
    ),
  resultTooBig: (size: number, max: number) =>
    new QueryError(`the result size of ${size} is larger than the allowed limit of ${max}`),
  nonNull: (field: string) => new QueryError(`Null value resolved for non-null field \`${field}\``),
};

/** The response error graph-node adds when the subgraph has indexing errors. */
export const INDEXING_ERROR = "indexing_error";

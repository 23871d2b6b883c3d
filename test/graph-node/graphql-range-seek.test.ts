import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createQueryEngine } from "../../mocks/graph-node/graphql/engine.ts";
import { MemoryStore } from "../../mocks/graph-node/store/memory-store.ts";

// Ordered walks start at a binary-searched bound when the filter bounds the order field;
// the answer must equal a brute-force filter + sort + page, nulls and ties included.
const sdl = `type Sample @entity(immutable: true) { id: ID! window: BigInt n: Int }`;

type Sample = { id: string; window: bigint | null };

function brute(
  samples: Sample[],
  op: string,
  bound: bigint,
  desc: boolean,
  skip: number,
  first: number,
) {
  const pass = (w: bigint | null) =>
    w !== null &&
    (op === "_gte"
      ? w >= bound
      : op === "_gt"
        ? w > bound
        : op === "_lte"
          ? w <= bound
          : w < bound);
  const sorted = samples
    .filter((s) => pass(s.window))
    .sort((a, b) =>
      a.window! < b.window!
        ? -1
        : a.window! > b.window!
          ? 1
          : a.id < b.id
            ? -1
            : a.id > b.id
              ? 1
              : 0,
    );
  if (desc) sorted.reverse();
  return sorted.slice(skip, skip + first).map((s) => s.id);
}

describe("range seek on ordered collections", () => {
  it("answers exactly as a full walk", async () => {
    const sampleArb = fc.array(fc.option(fc.bigInt({ min: -20n, max: 20n }), { nil: null }), {
      maxLength: 60,
    });
    await fc.assert(
      fc.asyncProperty(
        sampleArb,
        fc.constantFrom("_gte", "_gt", "_lte", "_lt"),
        fc.bigInt({ min: -25n, max: 25n }),
        fc.boolean(),
        fc.nat(10),
        fc.integer({ min: 1, max: 15 }),
        async (windows, op, bound, desc, skip, first) => {
          const store = new MemoryStore();
          const samples = windows.map((window, i) => ({
            id: `s${String(i).padStart(3, "0")}`,
            window,
          }));
          for (const s of samples) {
            store.set("Sample", {
              id: { kind: "String", value: s.id },
              window: s.window === null ? { kind: "Null" } : { kind: "BigInt", value: s.window },
            });
          }
          store.setHead({
            number: 1,
            hash: `0x${"11".repeat(32)}`,
            timestamp: 1,
            parentHash: `0x${"00".repeat(32)}`,
          });
          const engine = createQueryEngine({ sdl, store });
          const query = `{ samples(where: { window${op}: "${bound}" }, orderBy: window, orderDirection: ${desc ? "desc" : "asc"}, skip: ${skip}, first: ${first}) { id } }`;
          const result = await engine.execute({ query });
          expect(result.errors).toBeUndefined();
          const ids = (result.data as { samples: { id: string }[] }).samples.map((s) => s.id);
          expect(ids).toEqual(brute(samples, op, bound, desc, skip, first));
        },
      ),
      { numRuns: 300 },
    );
  });
});

// The demo's lazily decoded store holds exactly what graph-node's snapshot reader loads from
// the recorded fixture, and the query engine answers the same over both.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureFiles } from "../fixture/fixture-files.ts";
import { storeFromLines } from "../fixture/fixture-store.ts";
import { ensureFixture } from "../fixture/load-fixture.ts";
import { createQueryEngine } from "../graph-node/graphql/engine.ts";
import { parseSubgraphSchema } from "../graph-node/schema/parse-schema.ts";
import { EntityStore } from "../graph-node/store/entity-store.ts";
import { entityEquals } from "../graph-node/store/entity-values.ts";
import { forEachTextLine } from "./fetch-store.ts";
import { addTypeLines, decodeRest, lazyStoreFromLines, splitEntityLine } from "./lazy-store.ts";

let sdl: string;
let eager: EntityStore;
let lazy: EntityStore;

beforeAll(async () => {
  const fixture = await ensureFixture();
  sdl = fixture.sdl;
  const text = readFileSync(fixtureFiles(fixture.dir).store, "utf8");
  eager = storeFromLines(sdl, (onLine) => forEachTextLine(text, onLine));
  lazy = lazyStoreFromLines(sdl, (onLine) => forEachTextLine(text, onLine));
});

describe("lazy demo store", () => {
  it("splits an entity line without parsing the entity, and leaves other lines alone", () => {
    const line = `{"e":["A\\"b","0x1\\\\",[{"x":["Int",1]},42]]}`;
    expect(splitEntityLine(line)).toEqual({
      type: 'A"b',
      id: "0x1\\",
      raw: '{"x":["Int",1]}',
      changedAt: 42,
    });
    expect(JSON.parse(line).e).toEqual(['A"b', "0x1\\", [{ x: ["Int", 1] }, 42]]);
    expect(splitEntityLine('{"b":{"numbers":[1]}}')).toBeNull();
    expect(splitEntityLine('{"format":"watershed-store/2"}')).toBeNull();
  });

  it("answers queries as the eager store does, before and after decoding the rest", async () => {
    const query = `{
      _meta { block { number hash timestamp } hasIndexingErrors deployment }
      proposals(first: 1000, orderBy: createdAt) { id title state forVotes voterCount proposer { id } }
      saturationSamples(first: 50, orderBy: id, where: { saturationBps_gt: 0 }) { id saturationBps }
    }`;
    const expected = await createQueryEngine({ sdl, store: eager }).execute({ query });
    expect(expected.errors).toBeUndefined();
    const before = await createQueryEngine({ sdl, store: lazy }).execute({ query });
    expect(before).toEqual(expected);
    await decodeRest(lazy);
    expect(await createQueryEngine({ sdl, store: lazy }).execute({ query })).toEqual(expected);
  });

  it("holds every entity the snapshot reader holds, field for field", () => {
    expect(lazy.head).toEqual(eager.head);
    expect(lazy.deployment).toBe(eager.deployment);
    expect([...lazy.rows.keys()].sort()).toEqual([...eager.rows.keys()].sort());
    for (const [type, rows] of eager.rows) {
      const other = lazy.rows.get(type);
      expect(other?.size, type).toBe(rows.size);
      for (const [id, row] of rows) {
        const mine = other?.get(id);
        expect(mine?.changedAt, `${type} ${id}`).toBe(row.changedAt);
        if (!mine || !entityEquals(mine.entity, row.entity))
          throw new Error(`${type} ${id} differs`);
      }
    }
  });

  it("adds a type's part: its entities, its past versions, nothing of another type", () => {
    const store = new EntityStore(parseSubgraphSchema(sdl), "");
    const lines = [
      `{"e":["Token","a",[{"id":["String","a"],"symbol":["String","A"]},7]]}`,
      // spaced as splitEntityLine does not expect: read as the snapshot reader would
      `{"e": ["Token", "b", [{"id": ["String", "b"], "symbol": ["String", "B"]}, 9]]}`,
      `{"v":["Token","a",{"id":["String","a"],"symbol":["String","old"]},2,7]}`,
    ];
    addTypeLines(store, "Token", (onLine) => lines.forEach(onLine));
    expect(store.rows.get("Token")?.get("a")?.changedAt).toBe(7);
    expect(store.rows.get("Token")?.get("b")?.entity.get("symbol")).toEqual({
      kind: "String",
      value: "B",
    });
    expect(store.history.get("Token")?.map((v) => [v.id, v.from, v.to])).toEqual([["a", 2, 7]]);
    const foreign = `{"e":["Account","x",[{"id":["String","x"]},1]]}`;
    expect(() => addTypeLines(store, "Token", (onLine) => onLine(foreign))).toThrow(/not a line/);
  });
});

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { forEachLine, LineWriter } from "../../mocks/graph-node/store/line-file.ts";

// Store snapshots are written and read line by line in chunks; a character split across
// a chunk boundary or a line longer than a chunk must come back intact.
const dir = mkdtempSync(join(tmpdir(), "line-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("line files", () => {
  it("round-trip any lines whatever the chunk size", () => {
    const lineArb = fc
      .string({ unit: "binary", minLength: 1, maxLength: 40 })
      .filter((l) => !l.includes("\n"));
    fc.assert(
      fc.property(
        fc.array(lineArb, { maxLength: 30 }),
        fc.integer({ min: 4, max: 64 }),
        (lines, chunk) => {
          const path = join(dir, "lines.txt");
          const writer = new LineWriter(path);
          for (const line of lines) writer.write(line);
          writer.close();
          const back: string[] = [];
          forEachLine(path, (line) => back.push(line), chunk);
          expect(back).toEqual(lines);
          expect(readFileSync(path, "utf8").split("\n").length).toBe(lines.length + 1);
        },
      ),
      { numRuns: 200 },
    );
  });
});

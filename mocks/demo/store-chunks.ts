// The recorded store cut into parts the demo downloads as its queries need them: a core (the
// header, the blocks, the template instances and every small entity type) and one part per
// large entity type (its current entities and its past versions, in the snapshot's order).
// The first route then waits for its own types only: the saturation samples alone are a
// quarter of the store and no Overview query reads them.

/** A type whose lines are larger than this (raw bytes) gets a part of its own. */
export const OWN_PART_MIN_BYTES = 256 * 1024;

const ENTITY = '{"e":["';
const VERSION = '{"v":["';

/** The entity type of an entity (`e`) or version (`v`) line of snapshot.ts; null otherwise. */
export function lineType(line: string): string | null {
  if (!line.startsWith(ENTITY) && !line.startsWith(VERSION)) return null;
  const start = ENTITY.length - 1;
  for (let i = start + 1; i < line.length; i++) {
    const c = line[i];
    if (c === "\\") i++;
    else if (c === '"') return JSON.parse(line.slice(start, i + 1)) as string;
  }
  return null;
}

export interface StoreParts {
  /** the header first, then every line not in a part of its own, in the snapshot's order */
  core: string[];
  /** entity type -> its lines, in the snapshot's order */
  types: Map<string, string[]>;
}

export function splitStore(lines: string[], minBytes = OWN_PART_MIN_BYTES): StoreParts {
  const bytes = new Map<string, number>();
  for (const line of lines) {
    const type = lineType(line);
    if (type !== null) bytes.set(type, (bytes.get(type) ?? 0) + line.length + 1);
  }
  const own = new Set([...bytes].filter(([, n]) => n > minBytes).map(([type]) => type));
  const parts: StoreParts = { core: [], types: new Map() };
  for (const type of [...own].sort()) parts.types.set(type, []);
  for (const line of lines) {
    const type = lineType(line);
    const part = type === null ? undefined : parts.types.get(type);
    (part ?? parts.core).push(line);
  }
  return parts;
}

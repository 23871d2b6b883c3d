// anvil's state dump (`--dump-state`) keeps every transaction's call traces, about 70% of
// the file: a 30-day history dumps ~460 MB and anvil then needs a minute to load it. Nothing
// here reads old traces (debug_traceTransaction is only used on a transaction that just
// failed), while receipts and logs, which the follower and the wallet read, are kept. So the
// dump is compacted after anvil exits: every `"traces":[...]` becomes `"traces":[]`.
import { closeSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";

const NEEDLE = Buffer.from('"traces":[');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x5b;
const CLOSE = 0x5d;

/** index just past the `]` closing the array whose `[` is at `open` */
function skipArray(bytes: Buffer, open: number): number {
  let depth = 0;
  let i = open;
  while (i < bytes.length) {
    const c = bytes[i]!;
    if (c === QUOTE) {
      // jump to the closing quote (hex strings are the bulk of a trace), minding escapes
      let end = bytes.indexOf(QUOTE, i + 1);
      while (end !== -1 && isEscaped(bytes, end)) end = bytes.indexOf(QUOTE, end + 1);
      if (end === -1) break;
      i = end + 1;
      continue;
    }
    if (c === OPEN) depth++;
    else if (c === CLOSE && --depth === 0) return i + 1;
    i++;
  }
  throw new Error("anvil state: unterminated traces array");
}

function isEscaped(bytes: Buffer, at: number): boolean {
  let n = 0;
  while (bytes[at - 1 - n] === BACKSLASH) n++;
  return n % 2 === 1;
}

/**
 * Rewrites `from` into `to` (atomically, through a temporary file) without call traces.
 * Returns the sizes before and after, in bytes.
 */
export function compactChainState(from: string, to = from): { before: number; after: number } {
  const bytes = readFileSync(from);
  const tmp = `${to}.tmp`;
  const fd = openSync(tmp, "w");
  let after = 0;
  const put = (part: Buffer) => {
    writeSync(fd, part);
    after += part.length;
  };
  try {
    let pos = 0;
    for (;;) {
      const at = bytes.indexOf(NEEDLE, pos);
      if (at === -1) break;
      const open = at + NEEDLE.length - 1;
      const end = skipArray(bytes, open);
      put(bytes.subarray(pos, open + 1));
      put(Buffer.from("]"));
      pos = end;
    }
    put(bytes.subarray(pos));
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, to);
  return { before: bytes.length, after };
}

// Rewrites a WASM binary so that every mutable global is exported as `__ws_global_<index>`.
// Why: handlers must start from the post-`_start` state (graph-node uses a fresh instance
// per trigger). Instantiating per trigger is slow, so we snapshot memory + globals once and
// restore them before every trigger; AssemblyScript keeps its allocator offset in an
// unexported global, hence this rewrite. Only the export section changes.

const SECTION_IMPORT = 2;
const SECTION_GLOBAL = 6;
const SECTION_EXPORT = 7;
const KIND_GLOBAL = 3;

export const GLOBAL_EXPORT_PREFIX = "__ws_global_";

class Reader {
  constructor(
    readonly bytes: Uint8Array,
    public pos = 0,
  ) {}
  byte(): number {
    const b = this.bytes[this.pos++];
    if (b === undefined) throw new Error("unexpected end of WASM binary");
    return b;
  }
  u32(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      result |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) return result >>> 0;
      shift += 7;
    }
  }
  skipLeb(): void {
    while (this.byte() & 0x80) {}
  }
  skipName(): void {
    const len = this.u32();
    this.pos += len;
  }
  skipLimits(): void {
    const flags = this.byte();
    this.u32();
    if (flags & 1) this.u32();
  }
  /** constant expressions of global initialisers: one instruction then `end` */
  skipInitExpr(): void {
    for (;;) {
      const op = this.byte();
      if (op === 0x0b) return;
      if (op === 0x41 || op === 0x42 || op === 0x23 || op === 0xd2) this.skipLeb();
      else if (op === 0x43) this.pos += 4;
      else if (op === 0x44) this.pos += 8;
      else if (op === 0xd0) this.byte();
      else throw new Error(`unsupported opcode 0x${op.toString(16)} in global initialiser`);
    }
  }
}

function leb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function nameBytes(name: string): number[] {
  const utf8 = new TextEncoder().encode(name);
  return [...leb(utf8.length), ...utf8];
}

export function exportMutableGlobals(binary: Uint8Array): {
  binary: Uint8Array;
  globals: number[];
} {
  const r = new Reader(binary, 8);
  let importedGlobals = 0;
  const mutable: number[] = [];
  let exportSection: { start: number; end: number; bodyStart: number } | undefined;
  while (r.pos < binary.length) {
    const start = r.pos;
    const id = r.byte();
    const size = r.u32();
    const bodyStart = r.pos;
    const end = bodyStart + size;
    if (id === SECTION_IMPORT) {
      const count = r.u32();
      for (let i = 0; i < count; i++) {
        r.skipName();
        r.skipName();
        const kind = r.byte();
        if (kind === 0) r.u32();
        else if (kind === 1) {
          r.byte(); // table element type
          r.skipLimits();
        } else if (kind === 2) r.skipLimits();
        else if (kind === KIND_GLOBAL) {
          r.byte(); // value type
          r.byte(); // mutability
          importedGlobals++;
        } else throw new Error(`unknown import kind ${kind}`);
      }
    } else if (id === SECTION_GLOBAL) {
      const count = r.u32();
      for (let i = 0; i < count; i++) {
        r.byte(); // value type
        if (r.byte() === 1) mutable.push(importedGlobals + i);
        r.skipInitExpr();
      }
    } else if (id === SECTION_EXPORT) {
      exportSection = { start, end, bodyStart };
    }
    r.pos = end;
  }
  if (mutable.length === 0) return { binary: Uint8Array.from(binary), globals: [] };
  const extra: number[] = [];
  for (const index of mutable) {
    extra.push(...nameBytes(`${GLOBAL_EXPORT_PREFIX}${index}`), KIND_GLOBAL, ...leb(index));
  }
  let oldCount = 0;
  let oldEntries: Uint8Array = new Uint8Array();
  if (exportSection) {
    const er = new Reader(binary, exportSection.bodyStart);
    oldCount = er.u32();
    oldEntries = binary.subarray(er.pos, exportSection.end);
  }
  const body = [...leb(oldCount + mutable.length), ...oldEntries, ...extra];
  const section = [SECTION_EXPORT, ...leb(body.length), ...body];
  // without an export section, append ours after the global section: sections must stay ordered
  const cut = exportSection ?? findInsertPoint(binary);
  const out = new Uint8Array(cut.start + section.length + (binary.length - cut.end));
  out.set(binary.subarray(0, cut.start), 0);
  out.set(section, cut.start);
  out.set(binary.subarray(cut.end), cut.start + section.length);
  return { binary: out, globals: mutable };
}

function findInsertPoint(binary: Uint8Array): { start: number; end: number } {
  const r = new Reader(binary, 8);
  while (r.pos < binary.length) {
    const start = r.pos;
    const id = r.byte();
    const size = r.u32();
    if (id !== 0 && id > SECTION_EXPORT) return { start, end: start };
    r.pos += size;
  }
  return { start: binary.length, end: binary.length };
}

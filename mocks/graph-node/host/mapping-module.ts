// One live WASM instance per mapping file, reset to its post-`_start` state before every
// trigger. graph-node instantiates a fresh module per trigger; restoring the memory image
// and all mutable globals gives handlers the same starting state at a fraction of the
// cost. Memory the previous trigger dirtied above the snapshot is zeroed, as fresh pages
// would be.
import { type AscExports, AscHeap } from "./asc/heap.ts";
import { exportMutableGlobals, GLOBAL_EXPORT_PREFIX } from "./export-globals.ts";
import { buildImports, StartNeedsTrigger } from "./fns/index.ts";
import type { HostEnv } from "./host-env.ts";

export interface CompiledMapping {
  module: WebAssembly.Module;
  globals: number[];
}

export function compileMapping(binary: Uint8Array): CompiledMapping {
  const rewritten = exportMutableGlobals(binary);
  return {
    module: new WebAssembly.Module(rewritten.binary as BufferSource),
    globals: rewritten.globals,
  };
}

type ExportsWithHandlers = AscExports & Record<string, unknown>;

export class MappingModule {
  readonly heap: AscHeap;
  private readonly exports: ExportsWithHandlers;
  private readonly globals: WebAssembly.Global[];
  private readonly globalValues: (number | bigint)[];
  private readonly snapshot: Uint8Array;
  /** the AssemblyScript bump-allocator offset, found by probing `__new` */
  private readonly offsetGlobal: WebAssembly.Global | undefined;
  private dirtyEnd: number;
  private readonly rerunStart: boolean;

  constructor(
    compiled: CompiledMapping,
    readonly env: HostEnv,
  ) {
    const instance = new WebAssembly.Instance(compiled.module, buildImports(compiled.module, env));
    this.exports = instance.exports as unknown as ExportsWithHandlers;
    for (const name of ["memory", "__new", "id_of_type", "_start"]) {
      if (!(name in this.exports)) throw new Error(`mapping WASM does not export \`${name}\``);
    }
    this.globals = compiled.globals.map(
      (i) => this.exports[`${GLOBAL_EXPORT_PREFIX}${i}`] as WebAssembly.Global,
    );
    // top-level mapping code may call host functions during `_start`
    this.heap = new AscHeap(this.exports);
    env.heap = this.heap;
    const initialGlobals = this.globals.map((g) => g.value);
    const initialMemory = this.memoryBytes().slice();
    env.startProbe = true;
    try {
      (this.exports._start as () => void)();
      this.rerunStart = false;
    } catch (e) {
      if (!(e instanceof StartNeedsTrigger)) throw e;
      // top-level code reads trigger state (dataSource.address()...): run `_start` per trigger
      this.rerunStart = true;
    } finally {
      env.startProbe = false;
    }
    this.heap.sync();
    if (this.rerunStart) {
      this.globalValues = initialGlobals;
      this.offsetGlobal = undefined;
      this.snapshot = initialMemory;
    } else {
      this.globalValues = this.globals.map((g) => g.value);
      this.offsetGlobal = this.findOffsetGlobal();
      const end = this.offsetGlobal ? Number(this.offsetGlobal.value) : this.memoryBytes().length;
      this.snapshot = this.memoryBytes().slice(0, end);
    }
    this.dirtyEnd = this.memoryBytes().length;
  }

  private memoryBytes(): Uint8Array {
    return new Uint8Array(this.exports.memory.buffer);
  }

  private findOffsetGlobal(): WebAssembly.Global | undefined {
    const before = this.globals.map((g) => g.value);
    this.exports.__new(256, 0);
    const moved = this.globals.find((g, i) => {
      const delta = Number(g.value) - Number(before[i]);
      return delta >= 256 && delta < 1024;
    });
    this.globals.forEach((g, i) => {
      g.value = before[i];
    });
    return moved;
  }

  /** back to the post-`_start` state */
  reset(): void {
    const mem = this.memoryBytes();
    mem.set(this.snapshot, 0);
    const end = Math.min(this.dirtyEnd, mem.length);
    if (end > this.snapshot.length) mem.fill(0, this.snapshot.length, end);
    const globals = this.globals;
    for (let i = 0; i < globals.length; i++)
      (globals[i] as WebAssembly.Global).value = this.globalValues[i];
    this.heap.sync();
  }

  hasHandler(name: string): boolean {
    return typeof this.exports[name] === "function";
  }

  /** Runs `handler(arg)` where `arg` is written by `writeArg` after the reset. */
  run(handler: string, writeArg: (heap: AscHeap) => number): void {
    const fn = this.exports[handler];
    if (typeof fn !== "function") throw new Error(`mapping does not export handler \`${handler}\``);
    this.reset();
    try {
      if (this.rerunStart) (this.exports._start as () => void)();
      const ptr = writeArg(this.heap);
      (fn as (p: number) => void)(ptr);
    } finally {
      this.dirtyEnd = this.offsetGlobal
        ? Math.max(Number(this.offsetGlobal.value), this.snapshot.length)
        : this.memoryBytes().length;
    }
  }
}

// Builds a module's import object from its declared imports. graph-node links host
// functions by import name whatever the module name ("index", "env", "conversion"...);
// anything we do not implement (ipfs.*, ens.*, arweave.*, box.*, yaml.*) links to a stub
// that fails when called, so subgraphs that import but never call them still run.
import { HostError } from "../asc/heap.ts";
import type { HostEnv } from "../host-env.ts";
import { conversionFns } from "./conversion.ts";
import { ethereumFns } from "./ethereum.ts";
import { miscFns } from "./misc.ts";
import { numberFns } from "./numbers.ts";
import { storeFns } from "./store.ts";

export class UnsupportedHostFunction extends HostError {
  override name = "UnsupportedHostFunction";
}

/** thrown when top-level code (run by `_start`) calls a trigger-dependent host function */
export class StartNeedsTrigger extends Error {}

const TRIGGER_DEPENDENT = /^(store\.|dataSource\.|log\.|ethereum\.(call|getBalance|hasCode)$)/;

// biome-ignore lint/suspicious/noExplicitAny: WASM imports take and return plain numbers/bigints
type AnyFn = (...args: any[]) => unknown;

export function hostFunctions(env: HostEnv): Record<string, AnyFn> {
  return {
    ...numberFns(env),
    ...conversionFns(env),
    ...storeFns(env),
    ...miscFns(env),
    ...ethereumFns(env),
  };
}

export function buildImports(module: WebAssembly.Module, env: HostEnv): WebAssembly.Imports {
  const fns = hostFunctions(env);
  const imports: Record<string, Record<string, WebAssembly.ImportValue>> = {};
  for (const imp of WebAssembly.Module.imports(module)) {
    if (imp.kind !== "function") {
      throw new Error(`unsupported WASM import ${imp.module}.${imp.name} of kind ${imp.kind}`);
    }
    const name = imp.name;
    const impl = fns[name];
    // WASM code may have grown the memory since the last host call: re-derive views first
    const guarded =
      impl && TRIGGER_DEPENDENT.test(name)
        ? (...args: unknown[]) => {
            if (env.startProbe) throw new StartNeedsTrigger(name);
            env.heap.sync();
            return impl(...args);
          }
        : impl &&
          ((...args: unknown[]) => {
            env.heap.sync();
            return impl(...args);
          });
    const fn =
      guarded ??
      (() => {
        throw new UnsupportedHostFunction(
          `host function '${name}' is not supported by the local graph-node`,
        );
      });
    imports[imp.module] ??= {};
    (imports[imp.module] as Record<string, WebAssembly.ImportValue>)[name] = fn as AnyFn;
  }
  return imports;
}

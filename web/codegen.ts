// Typed documents for the SPA: graphql-codegen's client preset over the API schema that our
// local graph-node prints for the subgraph (the same schema a real graph-node serves). Run
// programmatically because graphql-codegen's CLI needs Node 22; the preset and plugins are
// the same ones the CLI runs. `--check` (and the codegen test) fail when web/gql is stale.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { preset } from "@graphql-codegen/client-preset";
import { codegen } from "@graphql-codegen/core";
import type { Types } from "@graphql-codegen/plugin-helpers";
import { parse, printSchema } from "graphql";
import { createQueryEngine } from "../mocks/graph-node/graphql/engine.ts";
import { MemoryStore } from "../mocks/graph-node/store/memory-store.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const WEB = join(ROOT, "web");
const OUT = join(WEB, "gql");
const SDL = join(ROOT, "subgraph", "schema.graphql");

// graph-node's scalars arrive as JSON strings; amounts become bigint at the edge (web/lib).
const SCALARS = {
  BigInt: "string",
  BigDecimal: "string",
  Bytes: "string",
  Int8: "string",
  Timestamp: "string",
};

const DOCUMENT = /graphql\(\s*`([^`]*)`\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "gql" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

function documents(): Types.DocumentFile[] {
  return sourceFiles(WEB).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(DOCUMENT)].map((m) => ({
      location: relative(ROOT, file),
      document: parse(m[1] ?? ""),
      rawSDL: m[1],
    })),
  );
}

/** The generated files of web/gql, by path, computed in memory. */
export async function generateTypes(): Promise<Map<string, string>> {
  const engine = createQueryEngine({ sdl: readFileSync(SDL, "utf8"), store: new MemoryStore() });
  const printed = printSchema(engine.schema);
  const outputs = await preset.buildGeneratesSection({
    baseOutputDir: `${relative(ROOT, OUT)}/`,
    schema: parse(printed),
    schemaAst: engine.schema,
    documents: documents(),
    config: {
      scalars: SCALARS,
      useTypeImports: true,
      enumType: "const",
      skipTypeNameForRoot: true,
    },
    presetConfig: { fragmentMasking: false },
    plugins: [],
    pluginMap: {},
  });
  // The printed schema itself is pinned once, in test/graph-node/expected/watershed-api.graphql.
  const files = new Map<string, string>();
  for (const output of outputs) {
    files.set(join(ROOT, output.filename), await codegen(output));
  }
  return files;
}

/** Paths whose committed content differs from what codegen produces now. */
export async function staleFiles(): Promise<string[]> {
  const files = await generateTypes();
  return [...files].flatMap(([path, content]) =>
    existsSync(path) && readFileSync(path, "utf8") === content ? [] : [relative(ROOT, path)],
  );
}

async function main() {
  if (process.argv.includes("--check")) {
    const stale = await staleFiles();
    if (stale.length > 0) {
      console.error(`stale generated types: ${stale.join(", ")}; run npm run codegen`);
      process.exit(1);
    }
    return;
  }
  for (const [path, content] of await generateTypes()) writeFileSync(path, content);
  console.log(`web/gql written (${relative(ROOT, OUT)})`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

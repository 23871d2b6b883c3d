// The production bundle of web/, built with the project's own vite.config.ts into a folder
// of the caller's choosing, so a test or bench never races `npm run dev` or dist/web.
import { fileURLToPath } from "node:url";
import { build } from "vite";

export const VITE_CONFIG = fileURLToPath(new URL("../../vite.config.ts", import.meta.url));

/** What the bench needs of a built chunk to say what is in it and what loads it. */
export interface BuiltChunk {
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  dynamicImports: string[];
  /** module id → its code as rendered into the chunk (before minification) */
  modules: Record<string, { code: string | null; renderedLength: number }>;
}

/** Builds web/ into outDir; the app then asks its server for /watershed-config.json. */
export async function buildWeb(outDir: string): Promise<BuiltChunk[]> {
  // Vitest sets NODE_ENV=test, and Vite then bundles React's development build (twice the
  // size, with dev-only console messages): a production bundle needs production here.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    const result = await build({
      configFile: VITE_CONFIG,
      mode: "production",
      // A VITE_SUBGRAPH_URL in the caller's environment or a .env file would be baked in and
      // bypass the served config; a prefix nothing uses keeps every VITE_* variable out.
      envPrefix: "WATERSHED_BUILD_NOTHING_",
      build: { outDir, emptyOutDir: true },
      logLevel: "error",
    });
    const outputs = Array.isArray(result) ? result : "output" in result ? [result] : [];
    return outputs.flatMap((o) =>
      o.output.flatMap((item) => (item.type === "chunk" ? [item as BuiltChunk] : [])),
    );
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

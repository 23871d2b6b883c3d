import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Suites start real anvil chains and run real WASM, so they get generous timeouts and
// run files one at a time on this 2-core machine to keep port use and CPU predictable.
// The web project renders the SPA's views in jsdom against MSW over the real query engine.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          include: [
            "test/**/*.test.ts",
            "economy/**/*.test.ts",
            "mocks/**/*.test.ts",
            "web/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: "web",
          include: ["web/**/*.test.tsx"],
          environment: "jsdom",
          setupFiles: ["web/test/setup.ts"],
        },
      },
    ],
  },
});

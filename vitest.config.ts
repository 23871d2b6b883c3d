import { defineConfig } from "vitest/config";

// Suites start real anvil chains and run real WASM, so they get generous timeouts and
// run files one at a time on this 2-core machine to keep port use and CPU predictable.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "economy/**/*.test.ts", "mocks/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});

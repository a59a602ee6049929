import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // `server-only` throws outside React Server Components; unit tests run lib/ code directly.
    alias: { "server-only": path.resolve("node_modules/server-only/empty.js") },
  },
  test: {
    environment: "node",
    include: ["ground/**/*.test.ts", "config/**/*.test.ts", "db/**/*.test.ts", "lib/**/*.test.ts"],
    setupFiles: ["lib/test/setup.ts"],
    globalSetup: ["lib/test/redis-global-setup.ts", "lib/test/postgres-global-setup.ts"],
    // argon2id is deliberately slow (~12 ms per hash).
    testTimeout: 20_000,
  },
});

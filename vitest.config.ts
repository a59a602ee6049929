import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const ALL = ["ground/**/*.test.ts", "config/**/*.test.ts", "db/**/*.test.ts", "lib/**/*.test.ts"];

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // `server-only` throws outside React Server Components; unit tests run lib/ code directly.
    alias: { "server-only": path.resolve("node_modules/server-only/empty.js") },
  },
  test: {
    environment: "node",
    globalSetup: ["lib/test/redis-global-setup.ts", "lib/test/postgres-global-setup.ts"],
    // argon2id is deliberately slow (~12 ms per hash).
    testTimeout: 20_000,
    // vitest's own default is one worker fewer than the cores: one on a 2-core machine. The files
    // spend much of their time importing and waiting on PostgreSQL and Redis, so two share 2 cores
    // well: the whole run took 95 s here instead of 146 (three: no faster).
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    projects: [
      // Every test on the embedded default, SQLite.
      { extends: true, test: { name: "sqlite", include: ALL, setupFiles: ["lib/test/setup.ts"] } },
      // The same files on PostgreSQL (a database of their own each): the contract tests of every
      // store, the atomicity ones, and everything above them that touches the database.
      {
        extends: true,
        test: {
          name: "postgres",
          include: ALL,
          // What only SQLite has: its files on disk, two processes sharing one file.
          exclude: [
            "lib/auth/data-dir.test.ts",
            "lib/auth/login/throttle-processes.test.ts",
            "db/schema-pg.test.ts", // the same on either: it reads files
            "lib/threats/libraries/matrix.test.ts", // no database: other libraries' verifiers
          ],
          setupFiles: ["lib/test/setup.ts", "lib/test/setup-postgres.ts"],
        },
      },
    ],
  },
});

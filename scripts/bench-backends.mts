// What a session lookup costs on each backend, and what the app adds over each driver alone:
// `npm run bench:backends`. One run fills a private PostgreSQL and a private Redis (started here,
// stopped here, also on failure) to 1k, 100k and 1M sessions (BENCH_SCALE_MAX caps it) and times
// the SQL store on PostgreSQL, its statement with `pg` alone, the Redis store, and its HGETALL with
// `redis` alone, interleaved; SQLite's pair runs first in a process of its own
// (bench/backends/sqlite.mts). Writes bench/results/backends.json. Never run as a test.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchSizes } from "../bench/backends/rows.mjs";
import { printTable, writeResults, type Figures } from "../bench/backends/report.mjs";
import { createDatabase, startPostgresServer } from "./postgres.mjs";
import { startRedisServer } from "./redis.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const RESULTS = path.join(root, "bench", "results", "backends.json");

/** SQLite's figures, from a child process on a database of its own. */
function measureSqlite(dir: string): Promise<{ version: string; figures: Figures[] }> {
  const out = path.join(dir, "sqlite.json");
  const env: NodeJS.ProcessEnv = { ...process.env, BENCH_BACKENDS_OUT: out };
  delete env.DATABASE_URL;
  const child = spawn(
    path.join(root, "node_modules", ".bin", "tsx"),
    ["--conditions=react-server", "bench/backends/sqlite.mts"],
    {
      cwd: root,
      env,
      stdio: "inherit",
    },
  );
  const stop = (): void => void child.kill("SIGTERM");
  process.on("exit", stop);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      process.off("exit", stop);
      if (code !== 0) reject(new Error(`the SQLite bench exited with ${code}`));
      else
        resolve(JSON.parse(readFileSync(out, "utf8")) as { version: string; figures: Figures[] });
    });
  });
}

const sizes = benchSizes();
const dir = mkdtempSync(path.join(os.tmpdir(), "lab-bench-backends-"));
const stops: Array<() => void> = [() => rmSync(dir, { recursive: true, force: true })];
try {
  console.log(`▶ SQLite: the SQL store and better-sqlite3 alone (${sizes.join(", ")} sessions)`);
  const sqlite = await measureSqlite(dir);
  console.log("▶ PostgreSQL and Redis: private servers on loopback");
  const postgres = await startPostgresServer();
  stops.push(postgres.stop);
  const redis = await startRedisServer();
  stops.push(redis.stop);
  // The app reads its database from the environment as it loads: set it before the import.
  process.env.DATA_DIR = path.join(dir, "data");
  process.env.DATABASE_URL = await createDatabase(postgres.url, "bench");
  const { measureServers } = await import("../bench/backends/servers.mjs");
  const servers = await measureServers(sizes, process.env.DATABASE_URL, redis.url);
  const figures = servers.figures.map((figure, i) => ({ ...figure, ...sqlite.figures[i] }));
  printTable(sizes, figures);
  writeResults(RESULTS, sizes, figures, { ...servers.facts, sqliteLibrary: sqlite.version });
} finally {
  for (const stop of stops.reverse()) stop();
}

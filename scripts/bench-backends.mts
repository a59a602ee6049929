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

const sizes = benchSizes();
const dir = mkdtempSync(path.join(os.tmpdir(), "lab-bench-backends-"));
// What this run started, undone last first: the directory, the servers, the SQLite process.
const stops: Array<() => void> = [() => rmSync(dir, { recursive: true, force: true })];
const stopAll = (): void => {
  for (const stop of stops.splice(0).reverse()) stop();
};
// Ended by a signal, Node runs no exit handler (and no finally): exit instead, so they all run.
process.on("exit", stopAll);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(1));

/** SQLite's figures, from a child process on a database of its own under `dir`. */
function measureSqlite(): Promise<{ version: string; figures: Figures[] }> {
  const out = path.join(dir, "sqlite.json");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: path.join(dir, "sqlite"),
    BENCH_BACKENDS_OUT: out,
  };
  delete env.DATABASE_URL;
  // tsx as a loader in a plain node, not its CLI: the kill below reaches the script's process.
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "bench/backends/sqlite.mts"],
    { cwd: root, env, stdio: "inherit" },
  );
  // Its lookups never yield to the event loop, so it could not act on a gentler signal.
  stops.push(() => void (child.exitCode === null && child.kill("SIGKILL")));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`the SQLite bench exited with ${code}`));
      else
        resolve(JSON.parse(readFileSync(out, "utf8")) as { version: string; figures: Figures[] });
    });
  });
}

try {
  console.log(`▶ SQLite: the SQL store and better-sqlite3 alone (${sizes.join(", ")} sessions)`);
  const sqlite = await measureSqlite();
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
  stopAll();
}

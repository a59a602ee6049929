// The reference: SQLite through the app's SQL store against better-sqlite3 alone, at the same
// sizes, on a throw-away data directory. Its own process (scripts/bench-backends.mts starts it),
// as the app picks its database once per process; the figures go to BENCH_BACKENDS_OUT as JSON.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { benchSizes, N, WARMUP, randomIds } from "./rows.mjs";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "lab-bench-sqlite-"));
process.env.DATA_DIR = dataDir;
delete process.env.DATABASE_URL;

const { closeDb, getSqlite } = await import("@/db/client");
const { config } = await import("@/config/settings");
const { SESSION_LOOKUP_SQL } = await import("@/db/queries/sessions");
const { SHARED_LAB } = await import("@/ground/context");
const { createSqliteSessionStore } = await import("@/lib/session-store/sqlite");
const { addSqliteSessions, addSqliteUsers } = await import("./fill.mjs");
const { interleaved } = await import("./timing.mjs");

const out = process.env.BENCH_BACKENDS_OUT;
if (out === undefined) throw new Error("BENCH_BACKENDS_OUT: where to write the figures");
try {
  const sqlite = getSqlite(); // opens the file and applies the migrations
  addSqliteUsers(sqlite);
  // The floor: the very statement, on a better-sqlite3 connection of its own, rows as arrays.
  const raw = new Database(config.databasePath);
  const lookupRaw = raw.prepare(SESSION_LOOKUP_SQL).raw();
  const store = createSqliteSessionStore();
  const figures = [];
  let filled = 0;
  for (const size of benchSizes()) {
    const started = Date.now();
    addSqliteSessions(sqlite, filled + 1, size);
    console.log(`  filled SQLite to ${size} sessions (${Date.now() - started} ms)`);
    filled = size;
    figures.push(
      await interleaved([
        {
          name: "sqliteApp",
          lookup: async (id) => (await store.findWithUser(id)) !== null,
          ids: randomIds(size, WARMUP + N),
        },
        {
          name: "sqliteRaw",
          lookup: async (id) => lookupRaw.get(id, SHARED_LAB) !== undefined,
          ids: randomIds(size, WARMUP + N),
        },
      ]),
    );
  }
  raw.close();
  writeFileSync(
    out,
    JSON.stringify({ version: sqlite.prepare("SELECT sqlite_version()").pluck().get(), figures }),
  );
} finally {
  await closeDb();
  rmSync(dataDir, { recursive: true, force: true });
}

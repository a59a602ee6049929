// The reference: SQLite through the app's SQL store against better-sqlite3 alone, at the same
// sizes. A process of its own, as the app picks its database once per process:
// scripts/bench-backends.mts starts it with DATA_DIR (a throw-away directory the parent removes)
// and BENCH_BACKENDS_OUT, where the figures go as JSON.
import { writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { benchSizes, N, WARMUP, randomIds } from "./rows.mjs";

const out = process.env.BENCH_BACKENDS_OUT;
if (out === undefined || process.env.DATA_DIR === undefined) {
  throw new Error("Started by scripts/bench-backends.mts: DATA_DIR and BENCH_BACKENDS_OUT needed.");
}
delete process.env.DATABASE_URL;

const { closeDb, getSqlite } = await import("@/db/client");
const { config } = await import("@/config/settings");
const { SESSION_LOOKUP_SQL } = await import("@/db/queries/sessions");
const { SHARED_LAB } = await import("@/ground/context");
const { createSqliteSessionStore } = await import("@/lib/session-store/sqlite");
const { addSqliteSessions, addSqliteUsers } = await import("./fill.mjs");
const { interleaved } = await import("./timing.mjs");

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
}

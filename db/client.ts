import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { config } from "@/config/settings";
import { currentRequest } from "@/ground/context";
import * as schema from "./schema";
import { dropProcessSingleton, peekProcessSingleton, processSingleton } from "@/ground/singleton";

export type AppDatabase = BetterSQLite3Database<typeof schema>;

interface DatabaseHandle {
  sqlite: Database.Database;
  db: AppDatabase;
  queries: { count: number };
}

/**
 * The database holds password hashes and sealed keys: readable by the server's user alone. SQLite
 * gives its -wal and -shm files the main file's mode, so the file is made 0600 before it opens
 * (and older installs' files are tightened too).
 */
function restrictFiles(file: string): void {
  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(config.dataDir, 0o700);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, "a", 0o600));
  for (const suffix of ["", "-wal", "-shm", "-journal"]) {
    if (fs.existsSync(file + suffix)) fs.chmodSync(file + suffix, 0o600);
  }
}

function open(): DatabaseHandle {
  restrictFiles(config.databasePath);
  const queries = { count: 0 };
  // Counting at the driver, not by guessing: every statement the app executes passes here.
  const sqlite = new Database(config.databasePath, {
    verbose: () => {
      queries.count += 1;
      const request = currentRequest();
      if (request !== undefined) request.queries += 1;
    },
  });
  sqlite.pragma("journal_mode = WAL");
  // An acknowledged logout or revocation must survive a crash: fsync every commit.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: path.join(process.cwd(), "db", "migrations") });
  queries.count = 0;
  return { sqlite, db, queries };
}

// proxy.ts and the app's routes are bundled separately but run in one process: keep one
// connection (and one query counter) per process, not one per bundle.
function handle(): DatabaseHandle {
  return processSingleton("db", open);
}

/** The process-wide drizzle instance (opened, configured and migrated on first use). */
export function getDb(): AppDatabase {
  return handle().db;
}

/** The underlying better-sqlite3 connection, for what drizzle cannot say (dbstat, pragmas). */
export function getSqlite(): Database.Database {
  return handle().sqlite;
}

/** Number of SQL statements executed by this process so far, counted by the driver. */
export function getQueryCount(): number {
  return handle().queries.count;
}

/** Closes the connection (tests and scripts); the next getDb() opens a fresh one. */
export function closeDb(): void {
  peekProcessSingleton<DatabaseHandle>("db")?.sqlite.close();
  dropProcessSingleton("db");
}

/**
 * Runs `work` in one `BEGIN IMMEDIATE` transaction: read, check and write cannot interleave with
 * another connection's (or another racing request's) — a limit, a rotation, a counter.
 */
export function inImmediateTransaction<T>(work: () => T): T {
  return getSqlite().transaction(work).immediate();
}

/**
 * A statement prepared once per connection, for the queries on the request path: drizzle's query
 * builder costs several times the indexed lookup itself, so it must not run per request.
 */
export function preparedPerConnection<T>(prepare: (db: AppDatabase) => T): () => T {
  const statements = new WeakMap<AppDatabase, T>();
  return () => {
    const db = getDb();
    let statement = statements.get(db);
    if (statement === undefined) {
      statement = prepare(db);
      statements.set(db, statement);
    }
    return statement;
  };
}

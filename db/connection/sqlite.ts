import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { SQL } from "drizzle-orm";
import { drizzle as drizzleSync } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle } from "drizzle-orm/sqlite-proxy";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import * as schema from "@/db/description";
import { databaseContext, inDatabaseContext } from "./context";
import type { Connection, QueryCounter } from "./types";

/**
 * The database holds password hashes and sealed keys: readable by the server's user alone. SQLite
 * gives its -wal and -shm files the main file's mode, so the file is made 0600 before it opens
 * (and older installs' files are tightened too).
 */
function restrictFiles(dataDir: string, file: string): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dataDir, 0o700);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, "a", 0o600));
  for (const suffix of ["", "-wal", "-shm", "-journal"]) {
    if (fs.existsSync(file + suffix)) fs.chmodSync(file + suffix, 0o600);
  }
}

function openFile(dataDir: string, file: string): Database.Database {
  restrictFiles(dataDir, file);
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  // An acknowledged logout or revocation must survive a crash: fsync every commit.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  migrate(drizzleSync(sqlite, { schema }), {
    migrationsFolder: path.join(process.cwd(), "db", "migrations"),
  });
  return sqlite;
}

/** Prepared statements by their text, kept per connection (the app has a fixed set of them). */
function statementCache(sqlite: Database.Database): (text: string) => Database.Statement {
  const statements = new Map<string, Database.Statement>();
  return (text) => {
    let statement = statements.get(text);
    if (statement === undefined) {
      if (statements.size >= 1000) statements.clear();
      statement = sqlite.prepare(text);
      statements.set(text, statement);
    }
    return statement;
  };
}

/**
 * One better-sqlite3 connection behind drizzle's asynchronous SQLite driver. better-sqlite3 runs a
 * statement synchronously, but the app's transactions are asynchronous (they are written once for
 * PostgreSQL too), so other requests' statements could run between a transaction's: a gate holds
 * every statement from outside the open transaction until it ends — what BEGIN IMMEDIATE did for
 * the whole process when transactions were synchronous.
 */
export function openSqlite(
  dataDir: string,
  file: string,
  counted: QueryCounter,
): Connection & {
  sqlite: Database.Database;
} {
  const sqlite = openFile(dataDir, file);
  const prepare = statementCache(sqlite);
  let open: Promise<void> | null = null;

  // A statement may run when no transaction is open, or inside the open one. Callers check it
  // and execute with no await in between: a transaction begun in that gap would take them in.
  const mayRun = (): boolean => open === null || databaseContext()?.transaction !== undefined;
  const execute = (
    text: string,
    params: unknown[],
    method: string,
  ): { rows: unknown[] } & {
    changes?: number;
  } => {
    counted();
    const statement = prepare(text);
    const relaxed = databaseContext()?.relaxed === true && !sqlite.inTransaction;
    // A relaxed statement skips the fsync of its own commit; nothing runs between the pragmas.
    if (relaxed) sqlite.pragma("synchronous = NORMAL");
    try {
      if (!statement.reader) return { rows: [], changes: statement.run(...params).changes };
      if (method === "get") return { rows: statement.raw(true).get(...params) as unknown[] };
      return { rows: statement.raw(true).all(...params) as unknown[][] };
    } finally {
      if (relaxed) sqlite.pragma("synchronous = FULL");
    }
  };
  const db = drizzle(
    async (text, params, method) => {
      while (!mayRun()) await open;
      return execute(text, params, method);
    },
    { schema },
  );
  const dialect = new SQLiteSyncDialect();

  return {
    kind: "sqlite",
    sqlite,
    db,
    async exclusive(work) {
      // Nothing may run between this check and taking the gate: no await once the loop ends.
      while (open !== null) {
        if (databaseContext()?.transaction !== undefined) return work(db); // nested: join it
        await open;
      }
      let release = (): void => {};
      open = new Promise((resolve) => (release = resolve));
      try {
        sqlite.exec("BEGIN IMMEDIATE");
        const result = await inDatabaseContext({ transaction: db }, () => work(db));
        sqlite.exec("COMMIT");
        return result;
      } catch (error) {
        if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
        throw error;
      } finally {
        open = null;
        release();
      }
    },
    async rows(query: SQL) {
      const { sql: text, params } = dialect.sqlToQuery(query);
      while (!mayRun()) await open;
      return execute(text, params, "all").rows as unknown[][];
    },
    prepareRaw(text) {
      return {
        async rows(params) {
          while (!mayRun()) await open;
          return execute(text, [...params], "all").rows as unknown[][];
        },
      };
    },
    relaxed: (work) => inDatabaseContext({ relaxed: true }, work),
    async close() {
      sqlite.close();
    },
  };
}

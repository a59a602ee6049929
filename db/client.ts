import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type Database from "better-sqlite3";
import { config } from "@/config/settings";
import { currentRequest } from "@/ground/context";
import { dropProcessSingleton, peekProcessSingleton, processSingleton } from "@/ground/singleton";
import { databaseContext } from "./connection/context";
import { migratePostgres, openPostgres } from "./connection/postgres";
import { openSqlite } from "./connection/sqlite";
import type { AppDatabase, Connection, DatabaseKind, RawStatement } from "./connection/types";

export type { AppDatabase, DatabaseKind, RawStatement } from "./connection/types";

interface Handle {
  connection: Connection;
  queries: { count: number };
}

// Counting at the driver, not by guessing: every statement the app executes passes here.
function counter(queries: { count: number }): () => void {
  return () => {
    queries.count += 1;
    const request = currentRequest();
    if (request !== undefined) request.queries += 1;
  };
}

function open(): Handle {
  const queries = { count: 0 };
  const connection =
    config.databaseUrl === null
      ? openSqlite(config.dataDir, config.databasePath, counter(queries))
      : openPostgres(config.databaseUrl, counter(queries));
  queries.count = 0;
  return { connection, queries };
}

// proxy.ts and the app's routes are bundled separately but run in one process: keep one
// connection (and one query counter) per process, not one per bundle.
function handle(): Handle {
  return processSingleton("db", open);
}

/** Which database this process uses: SQLite (the default), or PostgreSQL when DATABASE_URL is set. */
export function databaseKind(): DatabaseKind {
  return config.databaseUrl === null ? "sqlite" : "postgres";
}

/**
 * The process-wide database (opened on first use; SQLite's migrations are applied as it opens,
 * PostgreSQL's by migrateDatabase). Inside inImmediateTransaction, that transaction.
 */
export function getDb(): AppDatabase {
  return databaseContext()?.transaction ?? handle().connection.db;
}

/** Applies pending migrations: SQLite's at open, PostgreSQL's here (one instance at a time). */
export async function migrateDatabase(): Promise<void> {
  const { connection } = handle();
  if (connection.kind === "postgres") {
    await migratePostgres((connection as Connection & { pool: import("pg").Pool }).pool);
  }
}

/** The underlying better-sqlite3 connection, for what only SQLite says (dbstat, pragmas). */
export function getSqlite(): Database.Database {
  const { connection } = handle();
  if (connection.kind !== "sqlite") throw new Error("getSqlite: the database is PostgreSQL");
  return (connection as Connection & { sqlite: Database.Database }).sqlite;
}

/** Number of SQL statements executed by this process so far, counted by the driver. */
export function getQueryCount(): number {
  return handle().queries.count;
}

/** Closes the connection (tests and scripts); the next getDb() opens a fresh one. */
export async function closeDb(): Promise<void> {
  const held = peekProcessSingleton<Handle>("db");
  dropProcessSingleton("db");
  await held?.connection.close();
}

/**
 * Runs `work` in one exclusive transaction — BEGIN IMMEDIATE on SQLite, an advisory lock taken
 * first on PostgreSQL — so read, check and write cannot interleave with another writer's, on any
 * instance: a limit, a rotation, a counter. getDb() inside it is the transaction; a nested call
 * joins it.
 */
export function inImmediateTransaction<T>(work: () => Promise<T>): Promise<T> {
  if (databaseContext()?.transaction !== undefined) return work();
  return handle().connection.exclusive(() => work());
}

/** `?` placeholders filled with `params`, as drizzle's `sql` (each value bound, never spliced). */
function withParameters(text: string, params: readonly unknown[]): SQL {
  const parts = text.split("?");
  if (parts.length !== params.length + 1) throw new Error("rawStatement: placeholders ≠ values");
  const chunks: SQL[] = [sql.raw(parts[0]!)];
  params.forEach((value, i) => chunks.push(sql`${value}`, sql.raw(parts[i + 1]!)));
  return sql.join(chunks);
}

/** An ad-hoc query in drizzle's `sql` (written once, placeholders by the dialect); rows as arrays. */
export async function queryRows(query: SQL): Promise<unknown[][]> {
  const transaction = databaseContext()?.transaction;
  if (transaction === undefined || databaseKind() === "sqlite") {
    return handle().connection.rows(query);
  }
  // PostgreSQL's transaction runs on a client of its own: the query must go through it.
  const pgTransaction = transaction as unknown as { execute(q: SQL): Promise<{ rows: object[] }> };
  return (await pgTransaction.execute(query)).rows.map((row) => Object.values(row));
}

/**
 * A statement written once in plain SQL with `?` placeholders, prepared once per connection: for
 * the query every session request runs, where drizzle's mapping costs as much as the lookup.
 */
export function rawStatement(text: string): () => RawStatement {
  const statements = new WeakMap<Connection, RawStatement>();
  return () => {
    const { connection } = handle();
    // PostgreSQL's transaction holds a client of its own: a statement inside it must go through
    // it (the pool's other clients may all be waiting for this very transaction's lock).
    if (connection.kind === "postgres" && databaseContext()?.transaction !== undefined) {
      return { rows: (params) => queryRows(withParameters(text, params)) };
    }
    let statement = statements.get(connection);
    if (statement === undefined) {
      statement = connection.prepareRaw(text);
      statements.set(connection, statement);
    }
    return statement;
  };
}

/**
 * A statement built once per connection, for the queries on the request path: drizzle's query
 * builder costs several times the indexed lookup itself, so it must not run per request.
 */
export function preparedPerConnection<T>(prepare: (db: AppDatabase) => T): () => T {
  const statements = new WeakMap<AppDatabase, T>();
  return () => {
    // Inside a transaction, a statement of the transaction's (PostgreSQL's runs on its own client).
    const db = getDb();
    let statement = statements.get(db);
    if (statement === undefined) {
      statement = prepare(db);
      statements.set(db, statement);
    }
    return statement;
  };
}

/**
 * A query prepared under a name: PostgreSQL runs an unnamed statement through parse and plan on
 * every execution, a named one once per connection. SQLite's `prepare` takes no name (its
 * statement is prepared once anyway) and ignores it.
 */
export function preparedAs<T>(name: string, query: { prepare(): T }): T {
  return (query.prepare as (this: typeof query, name: string) => T).call(query, name);
}

/**
 * Runs `work` with a cheaper durability for what it writes: on SQLite its statements commit
 * without a disk flush of their own (the next ordinary commit flushes them too). For what a crash
 * may lose without harm — a replay cache's entry — never for a logout or a revocation.
 */
export function withRelaxedDurability<T>(work: () => Promise<T>): Promise<T> {
  return handle().connection.relaxed(work);
}

/** How many rows a write changed, whichever driver ran it. */
export function changedRows(result: unknown): number {
  const counts = result as { changes?: number; rowCount?: number | null };
  return counts.changes ?? counts.rowCount ?? 0;
}

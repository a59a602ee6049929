import path from "node:path";
import pg from "pg";
import { sql, type SQL } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { PgDialect } from "drizzle-orm/pg-core";
import * as pgSchema from "@/db/schema-pg";
import { StoreUnavailableError } from "@/ground/store-unavailable";
import { inDatabaseContext } from "./context";
import type { AppDatabase, Connection, QueryCounter } from "./types";

// Every exclusive transaction takes this one lock first: writers that must not interleave (a
// limit, a rotation, a counter, the last admin) run one at a time across every instance, as
// BEGIN IMMEDIATE makes them on SQLite. Readers are never held.
const EXCLUSIVE_LOCK = 0x5e55_1a8;
// Migrations from several instances starting at once run one after the other, not side by side.
const MIGRATION_LOCK = EXCLUSIVE_LOCK + 1;

// What a lost or refused connection looks like (Node's socket errors, PostgreSQL's class 08 —
// connection exception — and 57P0x, a server shutting down or starting): the database is away, a
// 503, not a bug. Every other error (a constraint, a syntax error) stays what it is.
const AWAY = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "EPIPE",
]);

function isConnectionLost(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === "string" && (AWAY.has(code) || /^(08|57P0)/.test(code))) return true;
  return (
    typeof message === "string" &&
    /Connection terminated|connect ECONN|timeout exceeded when trying to connect/.test(message)
  );
}

const away = (error: unknown): unknown =>
  isConnectionLost(error) ? new StoreUnavailableError("PostgreSQL database", error) : error;

/**
 * The pool, its failures to reach the server marked as such (ground/store-unavailable.ts): a
 * query on the pool, taking a client for a transaction, and each query on that client.
 */
function markUnreachable(pool: pg.Pool): pg.Pool {
  // Promise-style calls only (drizzle's and ours); a callback-style call is passed on untouched.
  const guard =
    (run: (...args: unknown[]) => unknown) =>
    (...args: unknown[]): unknown => {
      const result = run(...args);
      return result instanceof Promise
        ? result.catch((error: unknown) => Promise.reject(away(error)))
        : result;
    };
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  // The pool hands the same clients out again: each is guarded once.
  const guarded = new WeakSet<pg.PoolClient>();
  const guardClient = (client: pg.PoolClient): pg.PoolClient => {
    if (guarded.has(client)) return client;
    guarded.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    return Object.assign(client, { query: guard(query) });
  };
  Object.assign(pool, {
    query: guard(pool.query.bind(pool) as (...args: unknown[]) => unknown),
    // pg's own pool.query takes its client with a callback: that form is left as it is.
    connect: (...args: unknown[]) =>
      args.length > 0
        ? connect(...args)
        : (connect() as Promise<pg.PoolClient>).then(guardClient, (error: unknown) =>
            Promise.reject(away(error)),
          ),
  });
  return pool;
}

/** `?` placeholders (the SQL the app writes once) as PostgreSQL's `$1, $2…`. */
export function numberedPlaceholders(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}

/**
 * A pool of node-postgres connections behind drizzle. The app's queries are typed against the
 * asynchronous SQLite database (./types.ts); the builder methods they use exist alike here.
 */
export function openPostgres(url: string, counted: QueryCounter): Connection & { pool: pg.Pool } {
  const pool = markUnreachable(new pg.Pool({ connectionString: url, max: 10 }));
  // An idle client's error (the server restarted) must not crash the process: the next query
  // gets a fresh connection, or its own error, answered as a 503 by the caller.
  pool.on("error", () => {});
  const logger = { logQuery: counted };
  const db = drizzle(pool, { schema: pgSchema, logger }) as unknown as AppDatabase;
  const dialect = new PgDialect();
  let names = 0;

  const arrays = async (text: string, values: unknown[], name?: string): Promise<unknown[][]> => {
    counted();
    const result = await pool.query({ text, values, rowMode: "array", name });
    return result.rows as unknown[][];
  };

  return {
    kind: "postgres",
    pool,
    db,
    exclusive(work) {
      const pgDb = db as unknown as ReturnType<typeof drizzle>;
      return pgDb.transaction(async (tx) => {
        await tx.execute(sql`SELECT pg_advisory_xact_lock(${EXCLUSIVE_LOCK})`);
        const txDb = tx as unknown as AppDatabase;
        return inDatabaseContext({ transaction: txDb }, () => work(txDb));
      });
    },
    rows(query: SQL) {
      const { sql: text, params } = dialect.sqlToQuery(query);
      return arrays(text, params);
    },
    prepareRaw(text) {
      const name = `raw_${++names}`;
      const numbered = numberedPlaceholders(text);
      return { rows: (params) => arrays(numbered, [...params], name) };
    },
    // A commit here waits for its WAL flush like any other (synchronous_commit stays on).
    relaxed: (work) => work(),
    close: () => pool.end(),
  };
}

/** Applies PostgreSQL's migrations (db/migrations/pg), one instance at a time. */
export async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migrate(drizzle(client), {
      migrationsFolder: path.join(process.cwd(), "db", "migrations", "pg"),
    });
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

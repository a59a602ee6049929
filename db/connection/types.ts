import type { SQL } from "drizzle-orm";
import type { SqliteRemoteDatabase } from "drizzle-orm/sqlite-proxy";
import type * as schema from "@/db/description";

/**
 * The app's queries are written once, against the schema's description (db/schema.ts) and an
 * asynchronous database — awaited builders, nothing dialect-only — and run on whichever database is
 * configured: SQLite by default, PostgreSQL when DATABASE_URL is set. On PostgreSQL the value is
 * drizzle's node-postgres database over tables derived from the same description (db/schema-pg.ts):
 * the builder methods the queries use (select, insert … returning, update, delete, onConflict…)
 * are the same on both, and the contract tests run every store on both.
 */
export type AppDatabase = SqliteRemoteDatabase<typeof schema>;

export type DatabaseKind = "sqlite" | "postgres";

/** A statement written once in SQL with `?` placeholders, for the few queries run raw. */
export interface RawStatement {
  /** The rows as arrays of column values, in the statement's column order. */
  rows(params: readonly unknown[]): Promise<unknown[][]>;
}

/** One open database: what db/client.ts needs of either dialect. */
export interface Connection {
  readonly kind: DatabaseKind;
  readonly db: AppDatabase;
  /** Runs `work` so that its reads, checks and writes cannot interleave with another writer's. */
  exclusive<T>(work: (db: AppDatabase) => Promise<T>): Promise<T>;
  /** Runs an ad-hoc query (counts, sizes); rows as arrays. */
  rows(query: SQL): Promise<unknown[][]>;
  prepareRaw(sql: string): RawStatement;
  /** Runs the statements `work` issues with a cheaper durability (see withRelaxedDurability). */
  relaxed<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Counts statements as the driver runs them: the whole process's, and the current request's. */
export type QueryCounter = () => void;

import { is, SQL, sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
  type PgColumnBuilderBase,
  type PgTableWithColumns,
} from "drizzle-orm/pg-core";
import { getTableConfig, type SQLiteColumn, type SQLiteTable } from "drizzle-orm/sqlite-core";
import * as description from "./description";

/**
 * PostgreSQL's tables, derived from the one description in ./description.ts — never written by hand, so
 * the two dialects cannot drift: a column type, default or constraint this deriver does not know
 * throws here (and in schema-pg.test.ts), and drizzle-kit generates PostgreSQL's migrations from
 * these tables as it does SQLite's from the description (drizzle-pg.config.ts).
 *
 * The mapping: text → text (its enum kept); a millisecond timestamp → timestamptz(3), returned as
 * a Date like SQLite's; a boolean → boolean; any other integer → bigint read as a number (epoch
 * milliseconds pass 2³¹); an integer primary key (SQLite's rowid) → a bigint identity.
 */

// The one SQL default the description uses: "now" in epoch milliseconds.
const NOW_DEFAULT = "(unixepoch('subsec') * 1000)";

function defaultOf(column: SQLiteColumn): unknown {
  if (!column.hasDefault || column.default === undefined) return undefined;
  if (!is(column.default, SQL)) return column.default;
  const text = column.default.queryChunks
    .map((chunk) => (chunk as { value?: string[] }).value?.join("") ?? "")
    .join("");
  if (text === NOW_DEFAULT) return sql`now()`;
  throw new Error(`schema-pg: no PostgreSQL default for ${column.name}: ${text}`);
}

function baseColumn(column: SQLiteColumn): PgColumnBuilderBase {
  const settings = column as SQLiteColumn & { mode?: string; autoIncrement?: boolean };
  switch (column.columnType) {
    case "SQLiteText":
      return text(column.name, { enum: column.enumValues as [string, ...string[]] });
    case "SQLiteTimestamp":
      if (settings.mode !== "timestamp_ms") break;
      return timestamp(column.name, { precision: 3, withTimezone: true, mode: "date" });
    case "SQLiteBoolean":
      return boolean(column.name);
    case "SQLiteInteger":
      return bigint(column.name, { mode: "number" });
  }
  throw new Error(`schema-pg: no PostgreSQL type for ${column.name} (${column.columnType})`);
}

type Builder = PgColumnBuilderBase & {
  notNull(): Builder;
  primaryKey(): Builder;
  default(value: unknown): Builder;
  unique(name?: string): Builder;
  generatedByDefaultAsIdentity(): Builder;
  references(ref: () => AnyPgColumn, actions: { onDelete?: string }): Builder;
};

function columnOf(column: SQLiteColumn, derived: Map<SQLiteTable, AnyTable>): Builder {
  const settings = column as SQLiteColumn & { autoIncrement?: boolean };
  let builder = baseColumn(column) as unknown as Builder;
  if (column.primary) builder = builder.primaryKey();
  // SQLite assigns an INTEGER PRIMARY KEY itself (it is the rowid), AUTOINCREMENT or not.
  const assigned =
    settings.autoIncrement === true || (column.primary && column.columnType === "SQLiteInteger");
  if (assigned) builder = builder.generatedByDefaultAsIdentity();
  else if (column.notNull && !column.primary) builder = builder.notNull();
  const fallback = defaultOf(column);
  if (fallback !== undefined) builder = builder.default(fallback);
  if (column.isUnique) builder = builder.unique(column.uniqueName);
  for (const key of getTableConfig(column.table).foreignKeys) {
    const { columns, foreignColumns, foreignTable } = key.reference();
    if (columns.length !== 1 || columns[0] !== column) continue;
    const target = derived.get(foreignTable);
    if (target === undefined) throw new Error(`schema-pg: ${foreignTable} is not derived yet`);
    const targetName = foreignColumns[0]?.name;
    const targetColumn = Object.values(target).find(
      (candidate) => (candidate as { name?: string }).name === targetName,
    ) as AnyPgColumn;
    builder = builder.references(() => targetColumn, { onDelete: key.onDelete });
  }
  return builder;
}

type AnyTable = PgTableWithColumns<never> & Record<string, unknown>;

/** The PostgreSQL table of a described one (its columns, keys, indexes and names). */
export function derivePgTable(table: SQLiteTable, derived: Map<SQLiteTable, AnyTable>): AnyTable {
  const config = getTableConfig(table);
  if (config.checks.length + config.primaryKeys.length + config.uniqueConstraints.length > 0) {
    throw new Error(`schema-pg: ${config.name} has a table constraint the deriver does not map`);
  }
  const columns: Record<string, Builder> = {};
  const keyOf = new Map<SQLiteColumn, string>();
  for (const [key, column] of Object.entries(table)) {
    if (!config.columns.includes(column as SQLiteColumn)) continue;
    columns[key] = columnOf(column as SQLiteColumn, derived);
    keyOf.set(column as SQLiteColumn, key);
  }
  const pg = pgTable(config.name, columns, (t) =>
    config.indexes.map(({ config: ix }) => {
      const on = ix.columns.map((c) => t[keyOf.get(c as SQLiteColumn)!]) as [never];
      return (ix.unique ? uniqueIndex(ix.name) : index(ix.name)).on(...on);
    }),
  ) as unknown as AnyTable;
  derived.set(table, pg);
  return pg;
}

// Every table of the description, by the same name (schema-pg.test.ts checks none is missing).
const derived = new Map<SQLiteTable, AnyTable>();
export const labs = derivePgTable(description.labs, derived);
export const users = derivePgTable(description.users, derived);
export const sessions = derivePgTable(description.sessions, derived);
export const signingKeys = derivePgTable(description.signingKeys, derived);
export const jwtSettings = derivePgTable(description.jwtSettings, derived);
export const sealSettings = derivePgTable(description.sealSettings, derived);
export const jwtDenylist = derivePgTable(description.jwtDenylist, derived);
export const refreshTokens = derivePgTable(description.refreshTokens, derived);
export const bffSessions = derivePgTable(description.bffSessions, derived);
export const throttleCounters = derivePgTable(description.throttleCounters, derived);
export const usedOnce = derivePgTable(description.usedOnce, derived);
export const instances = derivePgTable(description.instances, derived);

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { real, sqliteTable, SQLiteTable, text } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as description from "./description";
import * as derived from "./schema-pg";

// The one description (./description.ts), PostgreSQL's tables derived from it (./schema-pg.ts):
// nothing kept by hand in two places, and these checks fail the moment the two could differ.

const tablesOf = (module: object, kind: typeof SQLiteTable | typeof PgTable): string[] =>
  Object.entries(module)
    .filter(([, value]) => is(value, kind))
    .map(([name]) => name)
    .sort();

/** Runs drizzle-kit's generate on a copy of a dialect's migrations (its `out` is read as relative); what it says. */
function generate(config: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lab-drift-"));
  const source = fs.readFileSync(config, "utf8");
  const out = source.match(/out: "([^"]+)"/)![1]!;
  fs.cpSync(out, path.join(dir, "migrations"), { recursive: true });
  const copy = path.join(dir, "drizzle.config.ts");
  const schema = source.match(/schema: "([^"]+)"/)![1]!;
  fs.writeFileSync(
    copy,
    source
      .replace(
        `out: "${out}"`,
        `out: ${JSON.stringify(path.relative(".", path.join(dir, "migrations")))}`,
      )
      .replace(`schema: "${schema}"`, `schema: ${JSON.stringify(path.resolve(schema))}`)
      .replace(
        'from "drizzle-kit"',
        `from ${JSON.stringify(path.resolve("node_modules/drizzle-kit/index.mjs"))}`,
      ),
  );
  const run = spawnSync(
    path.resolve("node_modules/.bin/drizzle-kit"),
    ["generate", "--config", copy],
    {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: "postgres://unused" },
    },
  );
  fs.rmSync(dir, { recursive: true, force: true });
  return `${run.stdout}${run.stderr}`;
}

describe("one schema, two dialects", () => {
  it("derives a PostgreSQL table for every described table, under the same name", () => {
    const described = tablesOf(description, SQLiteTable);
    expect(described.length).toBeGreaterThan(5);
    expect(tablesOf(derived, PgTable)).toEqual(described);
  });

  it("refuses a column it has no PostgreSQL type for, instead of guessing", () => {
    const odd = sqliteTable("odd", { id: text("id").primaryKey(), ratio: real("ratio") });
    expect(() => derived.derivePgTable(odd, new Map())).toThrow(/no PostgreSQL type for ratio/);
  });

  it.each([
    ["SQLite", "drizzle.config.ts"],
    ["PostgreSQL", "drizzle-pg.config.ts"],
  ])(
    "has %s's migrations up to date with the description",
    (_, config) => {
      expect(generate(config)).toMatch(/No schema changes/);
    },
    60_000,
  );
});

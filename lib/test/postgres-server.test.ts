import crypto from "node:crypto";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase } from "../../scripts/postgres.mjs";

// The PostgreSQL every PostgreSQL test stands on (lib/test/postgres-global-setup.ts): it answers,
// and a test can have a database of its own and drop it.
const adminUrl = inject("postgresUrl");

async function query(url: string, sql: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}

const databaseExists = async (name: string): Promise<boolean> =>
  (await query(adminUrl, "select 1 from pg_database where datname = $1", [name])).rowCount === 1;

describe("the tests' PostgreSQL", () => {
  it("answers a query on the URL provided", async () => {
    const result = await query(adminUrl, "select 1 as one");
    expect(result.rows).toEqual([{ one: 1 }]);
  });

  it("creates a database of a test's own, reachable at the URL returned, and drops it", async () => {
    const name = `throwaway_${crypto.randomUUID().replaceAll("-", "_")}`;
    const url = await createDatabase(adminUrl, name);
    expect(new URL(url).pathname).toBe(`/${name}`);
    const held = new pg.Client({ connectionString: url });
    // The drop below ends this connection: the client reports it as an error event.
    held.on("error", () => {});
    await held.connect();
    expect((await held.query("select current_database() as name")).rows).toEqual([{ name }]);
    // Left connected on purpose: a failed test's pool must not keep its database alive.
    await dropDatabase(adminUrl, name);
    expect(await databaseExists(name)).toBe(false);
    await held.end().catch(() => {});
  });

  it("refuses a database name that is not a plain identifier", async () => {
    await expect(createDatabase(adminUrl, "x; drop")).rejects.toThrow(/not a test database name/);
    await expect(dropDatabase(adminUrl, "x; drop")).rejects.toThrow(/not a test database name/);
    expect(await databaseExists("x; drop")).toBe(false);
  });
});

import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { isStoreUnavailable } from "@/ground/store-unavailable";
import { storeAware } from "@/lib/http/store-aware";
import { openPostgres } from "./postgres";

// A PostgreSQL that cannot be reached is a store away (a 503), like a Redis that is down — not a
// bug (a 500). Port 1 on loopback: nothing listens there.
const unreachable = () => openPostgres("postgres://postgres@127.0.0.1:1/none", () => {});

describe("an unreachable PostgreSQL", () => {
  it("fails a query, a raw statement and a transaction as 'store unavailable'", async () => {
    const connection = unreachable();
    const failures = await Promise.all([
      connection.rows(sql`SELECT 1`).catch((error: unknown) => error),
      connection
        .prepareRaw("SELECT ?")
        .rows([1])
        .catch((error: unknown) => error),
      connection.exclusive(async () => 1).catch((error: unknown) => error),
      (connection.db as unknown as { execute(q: unknown): Promise<unknown> })
        .execute(sql`SELECT 1`)
        .catch((error: unknown) => error),
    ]);
    for (const failure of failures) expect(isStoreUnavailable(failure)).toBe(true);
    await connection.close();
  });

  it("is answered 503 store_unavailable by a route, not 500", async () => {
    const connection = unreachable();
    const handler = storeAware(async () => {
      await connection.rows(sql`SELECT 1`);
      return new Response("never");
    });
    const answer = await handler();
    expect(answer.status).toBe(503);
    expect(await answer.json()).toMatchObject({ error: "store_unavailable" });
    await connection.close();
  });

  it("leaves an ordinary error alone: a bug stays a bug", () => {
    expect(isStoreUnavailable(new Error("duplicate key value violates unique constraint"))).toBe(
      false,
    );
  });
});

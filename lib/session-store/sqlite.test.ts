import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { findSessionWithUser } from "@/db/queries/sessions";
import { sessions, users } from "@/db/schema";
import { createSqliteSessionStore } from "@/lib/session-store/sqlite";
import { createSession, makeUser } from "@/lib/test/fixtures";
import { sessionStoreContract } from "@/lib/test/session-store-contract";

const store = createSqliteSessionStore();
sessionStoreContract("sqlite", () => store);

it("maps the hand-written session lookup exactly as the schema does (and leaves the hash out)", async () => {
  const user = await makeUser({ disabledAt: new Date(1_790_000_000_000) });
  const { session } = await createSession(user.id, { userAgent: "ua", ip: "127.0.0.1" });
  const [schema] = await getDb()
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .where(eq(sessions.id, session.id));
  const { id, username, displayName, role, disabledAt } = schema!.user;
  expect(await findSessionWithUser(session.id)).toEqual({
    session: schema!.session,
    user: { id, username, displayName, role, disabledAt },
  });
  expect(await findSessionWithUser("no-such-id")).toBeNull();
});

describe("the SQL store's replay cache (DPoP jti)", () => {
  it("drops keys whose time is over as it goes, so it stays about one proof window large", async () => {
    const { claimUsedOnce } = await import("@/db/queries/used-once");
    const { queryRows } = await import("@/db/client");
    const { sql } = await import("drizzle-orm");
    // Counts this test's own keys only: other tests' rows (expired ones too) come and go.
    const count = async (prefix: string): Promise<number> =>
      Number(
        (
          await queryRows(sql`SELECT count(*) FROM used_once WHERE key LIKE ${`${prefix}%`}`)
        )[0]![0],
      );
    const now = Date.now();
    for (let i = 0; i < 300; i++) await claimUsedOnce(`stale-${now}-${i}`, now + 1, now);
    for (let i = 0; i < 300; i++) await claimUsedOnce(`live-${now}-${i}`, now + 120_000, now + 2);
    // The stale keys expired before the second batch: all but the last few are gone by now; the
    // live ones all stay.
    expect(await count(`stale-${now}-`)).toBeLessThanOrEqual(64);
    expect(await count(`live-${now}-`)).toBe(300);
  });
});

import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { getDb } from "@/db/client";
import { findSessionWithUser } from "@/db/queries/sessions";
import { sessions, users } from "@/db/schema";
import { createSqliteSessionStore } from "@/lib/session-store/sqlite";
import { createSession, makeUser } from "@/lib/test/fixtures";
import { sessionStoreContract } from "@/lib/test/session-store-contract";

const store = createSqliteSessionStore();
sessionStoreContract("sqlite", () => store);

it("maps the hand-written session lookup exactly as the schema does (and leaves the hash out)", async () => {
  const user = makeUser({ disabledAt: new Date(1_790_000_000_000) });
  const { session } = await createSession(user.id, { userAgent: "ua", ip: "127.0.0.1" });
  const [schema] = getDb()
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .where(eq(sessions.id, session.id))
    .all();
  const { id, username, displayName, role, disabledAt } = schema!.user;
  expect(findSessionWithUser(session.id)).toEqual({
    session: schema!.session,
    user: { id, username, displayName, role, disabledAt },
  });
  expect(findSessionWithUser("no-such-id")).toBeNull();
});

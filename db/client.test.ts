import { describe, expect, it } from "vitest";
import { inImmediateTransaction } from "@/db/client";
import { findSessionWithUser, insertSession } from "@/db/queries/sessions";
import { newSessionRecord } from "@/lib/auth/session/tokens";
import { makeUser } from "@/lib/test/fixtures";

// Run on both dialects (vitest.config.ts): inside an exclusive transaction every statement goes
// through it — the hand-written session lookup too, which on PostgreSQL would otherwise take
// another client from the pool, miss what the transaction wrote, and could wait for its lock.
describe("an exclusive transaction", () => {
  it("reads its own writes through the raw session lookup, and commits them", async () => {
    const user = await makeUser();
    const { session } = newSessionRecord(user.id, { userAgent: null, ip: null });
    await inImmediateTransaction(async () => {
      await insertSession(session);
      expect((await findSessionWithUser(session.id))?.session.id).toBe(session.id);
    });
    expect((await findSessionWithUser(session.id))?.user.id).toBe(user.id);
  });

  it("writes nothing when it throws", async () => {
    const user = await makeUser();
    const { session } = newSessionRecord(user.id, { userAgent: null, ip: null });
    await expect(
      inImmediateTransaction(async () => {
        await insertSession(session);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await findSessionWithUser(session.id)).toBeNull();
  });
});

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

  it("does not take in, nor lose with its rollback, a write issued just before it began", async () => {
    const user = await makeUser();
    // The transaction begins a few microtasks after the write set off — at each possible moment
    // of the write's way to the database.
    for (let delay = 0; delay < 12; delay++) {
      const { session } = newSessionRecord(user.id, { userAgent: null, ip: null });
      const write = insertSession(session);
      for (let tick = 0; tick < delay; tick++) await Promise.resolve();
      const rolledBack = inImmediateTransaction(async () => {
        for (let tick = 0; tick < 10; tick++) await Promise.resolve();
        throw new Error("rolled back");
      });
      await expect(rolledBack).rejects.toThrow("rolled back");
      await write;
      expect((await findSessionWithUser(session.id))?.session.id, `delay ${delay}`).toBe(
        session.id,
      );
    }
  });
});

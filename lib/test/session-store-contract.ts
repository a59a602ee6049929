import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users, type Session } from "@/db/schema";
import type { SessionStore } from "@/lib/session-store/store";
import { makeUser } from "@/lib/test/fixtures";

/**
 * What every session store must do, run against each of them (sqlite, memory, a real Redis):
 * the app may switch stores by configuration alone, so they must be indistinguishable from above.
 */

const MINUTE = 60_000;
let sequence = 0;

function record(userId: number, createdAt: number, overrides: Partial<Session> = {}): Session {
  sequence += 1;
  return {
    id: `${sequence.toString(16).padStart(8, "0")}${"a".repeat(56)}`,
    userId,
    createdAt: new Date(createdAt),
    lastSeenAt: new Date(createdAt),
    idleExpiresAt: new Date(createdAt + 30 * MINUTE),
    expiresAt: new Date(createdAt + 7 * 24 * 60 * MINUTE),
    userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0",
    ip: "127.0.0.1",
    ...overrides,
  };
}

export function sessionStoreContract(kind: string, store: () => SessionStore): void {
  // The record alone, as the one lookup the app makes returns it.
  const find = async (id: string): Promise<Session | null> =>
    (await store().findWithUser(id))?.session ?? null;

  describe(`${kind} session store`, () => {
    it("stores a record and finds it again, with its user, exactly as it was", async () => {
      const user = await makeUser();
      const session = record(user.id, Date.now(), { userAgent: null, ip: null });
      await store().insert(session);
      expect(await find(session.id)).toEqual(session);
      const found = await store().findWithUser(session.id);
      expect(found?.session).toEqual(session);
      expect(found?.user.username).toBe(user.username);
      expect(await find("f".repeat(64))).toBeNull();
      expect(await store().findWithUser("f".repeat(64))).toBeNull();
    });

    it("reads the user live: a role change is seen by the next lookup", async () => {
      const user = await makeUser();
      const session = record(user.id, Date.now());
      await store().insert(session);
      await getDb().update(users).set({ role: "admin" }).where(eq(users.id, user.id));
      expect((await store().findWithUser(session.id))?.user.role).toBe("admin");
    });

    it("slides the idle expiry, and never re-creates a deleted record by touching it", async () => {
      const user = await makeUser();
      const now = Date.now();
      const session = record(user.id, now);
      await store().insert(session);
      const seen = new Date(now + 5 * MINUTE);
      const idle = new Date(now + 35 * MINUTE);
      await store().touch(session.id, seen, idle);
      expect(await find(session.id)).toEqual({
        ...session,
        lastSeenAt: seen,
        idleExpiresAt: idle,
      });
      expect(await store().delete(session.id)).toBe(true);
      expect(await store().delete(session.id)).toBe(false);
      await store().touch(session.id, seen, idle);
      expect(await find(session.id)).toBeNull();
    });

    it("lists a user's records newest first, and only theirs", async () => {
      const [user, other] = [await makeUser(), await makeUser()];
      const now = Date.now();
      const sessions = [0, 1, 2].map((i) => record(user.id, now + i));
      for (const session of sessions) await store().insert(session);
      await store().insert(record(other.id, now));
      const listed = await store().listForUser(user.id);
      expect(listed.map((s) => s.id)).toEqual(sessions.map((s) => s.id).reverse());
      expect(await store().listForUser((await makeUser()).id)).toEqual([]);
    });

    it("deletes all of a user's records, or all but the caller's", async () => {
      const [user, other] = [await makeUser(), await makeUser()];
      const now = Date.now();
      const sessions = [0, 1, 2].map((i) => record(user.id, now + i));
      for (const session of sessions) await store().insert(session);
      const untouched = record(other.id, now);
      await store().insert(untouched);
      expect(await store().deleteOthers(user.id, sessions[1]!.id)).toBe(2);
      expect((await store().listForUser(user.id)).map((s) => s.id)).toEqual([sessions[1]!.id]);
      expect(await store().deleteForUser(user.id)).toBe(1);
      expect(await store().listForUser(user.id)).toEqual([]);
      expect(await find(untouched.id)).toEqual(untouched);
    });

    it("ends one other record by id, never the caller's own nor another user's", async () => {
      const [user, other] = [await makeUser(), await makeUser()];
      const now = Date.now();
      const [mine, target, kept] = [0, 1, 2].map((i) => record(user.id, now + i));
      const theirs = record(other.id, now);
      for (const session of [mine!, target!, kept!, theirs]) await store().insert(session);
      expect(await store().deleteOthers(user.id, mine!.id, theirs.id)).toBe(0);
      expect(await store().deleteOthers(user.id, mine!.id, mine!.id)).toBe(0);
      expect(await store().deleteOthers(user.id, mine!.id, target!.id)).toBe(1);
      expect((await store().listForUser(user.id)).map((s) => s.id)).toEqual([kept!.id, mine!.id]);
      expect(await store().deleteOthers(user.id, theirs.id)).toBeNull(); // not the user's record
      expect(await find(theirs.id)).toEqual(theirs);
    });

    it("of two sessions ending each other at once, one wins and survives", async () => {
      for (const oneByOne of [false, true]) {
        const user = await makeUser();
        const now = Date.now();
        const [a, b, c] = [0, 1, 2].map((i) => record(user.id, now + i));
        for (const session of [a!, b!, c!]) await store().insert(session);
        const answers = await Promise.all([
          store().deleteOthers(user.id, a!.id, oneByOne ? b!.id : undefined),
          store().deleteOthers(user.id, b!.id, oneByOne ? a!.id : undefined),
        ]);
        const left = (await store().listForUser(user.id)).map((s) => s.id);
        expect(answers.filter((answer) => answer === null)).toHaveLength(1);
        const winner = answers[0] === null ? b! : a!;
        expect(left).toContain(winner.id);
        expect(left).toHaveLength(oneByOne ? 2 : 1);
      }
    });

    it("evict-oldest: the insert past the limit deletes the oldest record", async () => {
      const user = await makeUser();
      const now = Date.now();
      const sessions = [0, 1, 2, 3].map((i) => record(user.id, now + i));
      for (const session of sessions.slice(0, 3)) {
        expect(await store().insertWithinLimit(session, 3, "evict-oldest", now)).toEqual({
          ok: true,
          evicted: 0,
        });
      }
      expect(await store().insertWithinLimit(sessions[3]!, 3, "evict-oldest", now)).toEqual({
        ok: true,
        evicted: 1,
      });
      expect(await find(sessions[0]!.id)).toBeNull();
      expect((await store().listForUser(user.id)).length).toBe(3);
    });

    it("refuse-new: the insert past the limit is refused and changes nothing", async () => {
      const user = await makeUser();
      const now = Date.now();
      const first = record(user.id, now);
      await store().insertWithinLimit(first, 1, "refuse-new", now);
      const second = record(user.id, now + 1);
      expect(await store().insertWithinLimit(second, 1, "refuse-new", now)).toEqual({
        ok: false,
        reason: "session_limit",
      });
      expect(await find(second.id)).toBeNull();
      expect(await find(first.id)).toEqual(first);
    });

    it("expired records do not count against the limit, and are removed", async () => {
      const user = await makeUser();
      const now = Date.now();
      const idleGone = record(user.id, now - 40 * MINUTE);
      await store().insert(idleGone);
      const fresh = record(user.id, now);
      expect(await store().insertWithinLimit(fresh, 1, "refuse-new", now)).toEqual({
        ok: true,
        evicted: 0,
      });
      expect(await find(idleGone.id)).toBeNull();
    });

    it("never lets 20 racing inserts exceed the limit, under either policy", async () => {
      for (const policy of ["evict-oldest", "refuse-new"] as const) {
        const user = await makeUser();
        const now = Date.now();
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            store().insertWithinLimit(record(user.id, now + i), 3, policy, now),
          ),
        );
        expect((await store().listForUser(user.id)).length).toBe(3);
        const accepted = results.filter((r) => r.ok).length;
        expect(accepted).toBe(policy === "refuse-new" ? 3 : 20);
      }
    });

    it("counts and totals only unexpired records", async () => {
      const user = await makeUser();
      const now = Date.now();
      const before = await store().totals(now);
      await store().insert(record(user.id, now));
      await store().insert(record(user.id, now + 1));
      await store().insert(record(user.id, now - 40 * MINUTE)); // idle-expired
      expect((await store().countByUser(now)).get(user.id)).toBe(2);
      const after = await store().totals(now);
      expect(after.kind).toBe(kind);
      expect(after.rows - before.rows).toBe(2);
      expect(after.dataBytes).toBeGreaterThan(0);
    });

    it("sweeps expired records in batches and leaves live ones", async () => {
      const user = await makeUser();
      const now = Date.now();
      const expired = [1, 2, 3].map((i) =>
        record(user.id, now - 40 * MINUTE - i, {
          expiresAt: new Date(now + 7 * 24 * 60 * MINUTE),
        }),
      );
      const live = record(user.id, now);
      for (const session of [...expired, live]) await store().insert(session);
      let swept = 0;
      for (let round = 0; round < 10; round++) {
        const deleted = await store().deleteExpired(now, 2);
        expect(deleted).toBeLessThanOrEqual(2);
        swept += deleted;
        if (deleted === 0) break;
      }
      expect(swept).toBeGreaterThanOrEqual(3);
      for (const session of expired) expect(await find(session.id)).toBeNull();
      expect(await find(live.id)).toEqual(live);
    });

    it("claims a one-time value once, atomically, and forgets it when its time is over", async () => {
      const key = `jti-${sequence++}-${Math.random()}`;
      const now = Date.now();
      expect(await store().claimOnce(key, now + 60_000, now)).toBe(true);
      expect(await store().claimOnce(key, now + 60_000, now)).toBe(false);
      expect(await store().claimOnce(`${key}-other`, now + 60_000, now)).toBe(true);
      const raced = `${key}-raced`;
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => store().claimOnce(raced, now + 60_000, now)),
      );
      expect(answers.filter(Boolean)).toHaveLength(1);
      const brief = `${key}-brief`;
      expect(await store().claimOnce(brief, Date.now() + 40, Date.now())).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect(await store().claimOnce(brief, Date.now() + 60_000, Date.now())).toBe(true);
    });

    it("says whether a one-time value is held, claiming nothing by asking", async () => {
      const key = `held-${sequence++}-${Math.random()}`;
      const now = Date.now();
      expect(await store().heldOnce(key, now)).toBe(false);
      expect(await store().heldOnce(key, now)).toBe(false); // asking twice claims nothing
      expect(await store().claimOnce(key, now + 60_000, now)).toBe(true); // still free to claim
      expect(await store().heldOnce(key, now)).toBe(true);
      const brief = `${key}-brief`;
      expect(await store().claimOnce(brief, Date.now() + 40, Date.now())).toBe(true);
      await expect.poll(() => store().heldOnce(brief, Date.now())).toBe(false);
    });
  });
}

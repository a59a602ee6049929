import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { getDb } from "@/db/client";
import { usedOnce } from "@/db/schema";
import { validateSessionToken } from "@/lib/auth/session/validation";
import { createSession, makeUser } from "@/lib/test/fixtures";
import { startSession } from "@/lib/auth/session/tokens";
import { revokeSession } from "@/lib/auth/session/revocation";

const meta = { userAgent: null, ip: null };

describe("startSession", () => {
  it("evict-oldest: the login past the limit logs out the oldest session", async () => {
    const user = await makeUser();
    const t = Date.now();
    const tokens: string[] = [];
    for (const i of [0, 1, 2]) {
      const started = await startSession(user.id, meta, t + i, {
        limit: 3,
        policy: "evict-oldest",
      });
      if (!started.ok) throw new Error("refused");
      tokens.push(started.token);
    }
    const fourth = await startSession(user.id, meta, t + 3, { limit: 3, policy: "evict-oldest" });
    expect(fourth).toMatchObject({ ok: true, evicted: 1 });
    const valid = await Promise.all(tokens.map((token) => validateSessionToken(token, t + 4)));
    expect(valid.map((result) => result.ok)).toEqual([false, true, true]);
  });

  it("the evicted session is refused with its own reason; one logged out stays 'not found'", async () => {
    const user = await makeUser();
    const t = Date.now();
    const limits = { limit: 2, policy: "evict-oldest" } as const;
    const first = await startSession(user.id, meta, t, limits);
    const second = await startSession(user.id, meta, t + 1, limits);
    if (!first.ok || !second.ok) throw new Error("refused");
    const third = await startSession(user.id, meta, t + 2, limits);
    expect(third).toMatchObject({ ok: true, evicted: 1, evictedIds: [first.session.id] });
    // Asked twice: the answer stays (every request of the evicted device is told why).
    for (const at of [t + 3, t + 4]) {
      expect(await validateSessionToken(first.token, at)).toEqual({
        ok: false,
        reason: "session_evicted",
      });
    }
    await revokeSession(second.session.id);
    expect(await validateSessionToken(second.token, t + 5)).toEqual({
      ok: false,
      reason: "session_not_found",
    });
  });

  it("refuse-new: the login past the limit is refused, and nothing changes", async () => {
    const user = await makeUser();
    const first = await startSession(user.id, meta, undefined, { limit: 1, policy: "refuse-new" });
    expect(
      await startSession(user.id, meta, undefined, { limit: 1, policy: "refuse-new" }),
    ).toEqual({
      ok: false,
      reason: "session_limit",
      limit: 1,
    });
    expect(first.ok && (await validateSessionToken(first.token)).ok).toBe(true);
  });

  it("expired sessions do not count against the limit", async () => {
    const user = await makeUser();
    const longAgo = Date.now() - 8 * 24 * 3600 * 1000;
    await createSession(user.id, meta, longAgo);
    expect(
      (await startSession(user.id, meta, undefined, { limit: 1, policy: "refuse-new" })).ok,
    ).toBe(true);
  });

  it("a made-up token is 'not found', and asking whether it was evicted writes nothing", async () => {
    const rows = async (): Promise<number> =>
      (await getDb().select({ n: count() }).from(usedOnce))[0]!.n;
    const before = await rows();
    for (let i = 0; i < 5; i++) {
      const madeUp = crypto.randomBytes(32).toString("base64url");
      expect(await validateSessionToken(madeUp)).toEqual({
        ok: false,
        reason: "session_not_found",
      });
    }
    expect(await rows()).toBe(before);
  });
});

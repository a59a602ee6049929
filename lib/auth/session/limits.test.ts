import { describe, expect, it } from "vitest";
import { validateSessionToken } from "@/lib/auth/session/validation";
import { createSession, makeUser } from "@/lib/test/fixtures";
import { startSession } from "@/lib/auth/session/tokens";

const meta = { userAgent: null, ip: null };

describe("startSession", () => {
  it("evict-oldest: the login past the limit logs out the oldest session", async () => {
    const user = makeUser();
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

  it("refuse-new: the login past the limit is refused, and nothing changes", async () => {
    const user = makeUser();
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
    const user = makeUser();
    const longAgo = Date.now() - 8 * 24 * 3600 * 1000;
    await createSession(user.id, meta, longAgo);
    expect(
      (await startSession(user.id, meta, undefined, { limit: 1, policy: "refuse-new" })).ok,
    ).toBe(true);
  });
});

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { config } from "@/config";
import { makeUser } from "@/lib/test/fixtures";
import { rotateRefreshToken, startRefreshFamily } from "@/lib/auth/jwt/refresh";
import { revokeRefreshTokenFamily } from "@/lib/auth/jwt/refresh-revocation";
import { describeRefreshFamily } from "@/lib/inspect/jwt-server";

const SECOND = 1000;

describe("refresh-token rotation (C25)", () => {
  it("spends the token and issues the next generation of the same family", async () => {
    const user = await makeUser();
    const t = Date.now();
    const first = await startRefreshFamily(user.id, t);
    const second = await rotateRefreshToken(first.token, t + 10 * SECOND);
    expect(second).toMatchObject({ ok: true, familyId: first.familyId, generation: 2 });
    if (!second.ok) throw new Error("refused");
    expect(second.token).not.toBe(first.token);
    const third = await rotateRefreshToken(second.token, t + 20 * SECOND);
    expect(third).toMatchObject({ ok: true, generation: 3 });
    const family = await describeRefreshFamily(first.familyId, t + 20 * SECOND);
    expect(family?.generations.map((g) => g.state)).toEqual(["used", "used", "live"]);
  });

  it("reuse of a spent token (after the grace window) revokes the whole family", async () => {
    const user = await makeUser();
    const t = Date.now();
    const first = await startRefreshFamily(user.id, t);
    const second = await rotateRefreshToken(first.token, t);
    if (!second.ok) throw new Error("refused");
    const later = t + (config.jwt.refreshGraceSeconds + 1) * SECOND;
    expect(await rotateRefreshToken(first.token, later)).toEqual({
      ok: false,
      reason: "refresh_reused",
    });
    // The legitimate holder's newer token dies with it: the family is gone.
    expect(await rotateRefreshToken(second.token, later)).toEqual({
      ok: false,
      reason: "refresh_revoked",
    });
    expect((await describeRefreshFamily(first.familyId))?.revokedReason).toBe("reuse");
  });

  it("a double-submit within the grace window gets the same successor: no fork", async () => {
    const user = await makeUser();
    const t = Date.now();
    const first = await startRefreshFamily(user.id, t);
    const a = await rotateRefreshToken(first.token, t);
    const b = await rotateRefreshToken(first.token, t + 500);
    expect(a.ok && b.ok && a.token === b.token).toBe(true);
    expect(b).toMatchObject({ graced: true });
    const family = await describeRefreshFamily(first.familyId, t + 500);
    expect(family?.generations).toHaveLength(2);
  });

  it("parallel refreshes with one token never fork the family", async () => {
    const user = await makeUser();
    const first = await startRefreshFamily(user.id);
    const results = await Promise.all(
      Array.from({ length: 10 }, async () => rotateRefreshToken(first.token)),
    );
    const tokens = new Set(results.map((r) => (r.ok ? r.token : r.reason)));
    expect(tokens.size).toBe(1);
    expect((await describeRefreshFamily(first.familyId))?.generations).toHaveLength(2);
  });

  it("expires after the idle lifetime and after the absolute lifetime", async () => {
    const user = await makeUser();
    const t = Date.now();
    const idle = await startRefreshFamily(user.id, t);
    const afterIdle = t + config.jwt.refreshIdleTtlSeconds * SECOND;
    expect(await rotateRefreshToken(idle.token, afterIdle)).toEqual({
      ok: false,
      reason: "refresh_expired",
    });
    let current = (await startRefreshFamily(user.id, t)).token;
    let now = t;
    const end = t + config.jwt.refreshAbsoluteTtlSeconds * SECOND;
    while (now + 20 * 3600 * SECOND < end) {
      now += 20 * 3600 * SECOND; // used often enough never to hit the idle limit
      const next = await rotateRefreshToken(current, now);
      if (!next.ok) throw new Error(next.reason);
      current = next.token;
    }
    expect(await rotateRefreshToken(current, end)).toEqual({
      ok: false,
      reason: "refresh_expired",
    });
  });

  it("judges expiry at the fast-forwarded instant but stores real times", async () => {
    const user = await makeUser();
    const t = Date.now();
    const family = await startRefreshFamily(user.id, t);
    const judged = t + config.jwt.refreshIdleTtlSeconds * SECOND;
    expect(await rotateRefreshToken(family.token, t, judged)).toEqual({
      ok: false,
      reason: "refresh_expired",
    });
  });

  it("logout revokes the family; a disabled user cannot refresh", async () => {
    const user = await makeUser();
    const family = await startRefreshFamily(user.id);
    expect(await revokeRefreshTokenFamily(family.familyId)).toBe(1);
    expect(await rotateRefreshToken(family.token)).toEqual({
      ok: false,
      reason: "refresh_revoked",
    });
    const other = await makeUser();
    const otherFamily = await startRefreshFamily(other.id);
    await getDb().update(users).set({ disabledAt: new Date() }).where(eq(users.id, other.id));
    expect(await rotateRefreshToken(otherFamily.token)).toEqual({
      ok: false,
      reason: "user_disabled",
    });
  });

  it("rejects unknown and malformed tokens without throwing", async () => {
    for (const token of ["", "short", "x".repeat(500), "A".repeat(43), "not a token at all!!"]) {
      expect(await rotateRefreshToken(token)).toEqual({ ok: false, reason: "refresh_invalid" });
    }
  });
});

describe("a DPoP-bound refresh family (RFC 9449 §5) and auth_time (for step-up)", () => {
  const JKT = "A".repeat(43);

  it("refreshes only with a proof by its key; a wrong or missing key spends nothing", async () => {
    const user = await makeUser();
    const t = Date.now();
    const first = await startRefreshFamily(user.id, t, { jkt: JKT });
    for (const proofJkt of [null, "B".repeat(43)]) {
      expect(await rotateRefreshToken(first.token, t + SECOND, t + SECOND, proofJkt)).toEqual({
        ok: false,
        reason: "refresh_key_mismatch",
      });
    }
    const next = await rotateRefreshToken(first.token, t + 2 * SECOND, t + 2 * SECOND, JKT);
    expect(next).toMatchObject({ ok: true, generation: 2, graced: false, jkt: JKT });
    if (!next.ok) throw new Error("refused");
    // Every generation inherits the binding.
    expect(
      await rotateRefreshToken(next.token, t + 3 * SECOND, t + 3 * SECOND, null),
    ).toMatchObject({
      reason: "refresh_key_mismatch",
    });
  });

  it("every generation keeps the login's auth_time; an unbound family takes any client", async () => {
    const user = await makeUser();
    const t = Date.now() - 60 * SECOND;
    const first = await startRefreshFamily(user.id, t);
    const second = await rotateRefreshToken(
      first.token,
      t + 30 * SECOND,
      t + 30 * SECOND,
      "C".repeat(43),
    );
    expect(second).toMatchObject({ ok: true, jkt: null, authTime: t });
    if (!second.ok) throw new Error("refused");
    expect(await rotateRefreshToken(second.token, t + 50 * SECOND)).toMatchObject({ authTime: t });
  });
});

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
  it("spends the token and issues the next generation of the same family", () => {
    const user = makeUser();
    const t = Date.now();
    const first = startRefreshFamily(user.id, t);
    const second = rotateRefreshToken(first.token, t + 10 * SECOND);
    expect(second).toMatchObject({ ok: true, familyId: first.familyId, generation: 2 });
    if (!second.ok) throw new Error("refused");
    expect(second.token).not.toBe(first.token);
    const third = rotateRefreshToken(second.token, t + 20 * SECOND);
    expect(third).toMatchObject({ ok: true, generation: 3 });
    const family = describeRefreshFamily(first.familyId, t + 20 * SECOND);
    expect(family?.generations.map((g) => g.state)).toEqual(["used", "used", "live"]);
  });

  it("reuse of a spent token (after the grace window) revokes the whole family", () => {
    const user = makeUser();
    const t = Date.now();
    const first = startRefreshFamily(user.id, t);
    const second = rotateRefreshToken(first.token, t);
    if (!second.ok) throw new Error("refused");
    const later = t + (config.jwt.refreshGraceSeconds + 1) * SECOND;
    expect(rotateRefreshToken(first.token, later)).toEqual({ ok: false, reason: "refresh_reused" });
    // The legitimate holder's newer token dies with it: the family is gone.
    expect(rotateRefreshToken(second.token, later)).toEqual({
      ok: false,
      reason: "refresh_revoked",
    });
    expect(describeRefreshFamily(first.familyId)?.revokedReason).toBe("reuse");
  });

  it("a double-submit within the grace window gets the same successor: no fork", () => {
    const user = makeUser();
    const t = Date.now();
    const first = startRefreshFamily(user.id, t);
    const a = rotateRefreshToken(first.token, t);
    const b = rotateRefreshToken(first.token, t + 500);
    expect(a.ok && b.ok && a.token === b.token).toBe(true);
    expect(b).toMatchObject({ graced: true });
    const family = describeRefreshFamily(first.familyId, t + 500);
    expect(family?.generations).toHaveLength(2);
  });

  it("parallel refreshes with one token never fork the family", async () => {
    const user = makeUser();
    const first = startRefreshFamily(user.id);
    const results = await Promise.all(
      Array.from({ length: 10 }, async () => rotateRefreshToken(first.token)),
    );
    const tokens = new Set(results.map((r) => (r.ok ? r.token : r.reason)));
    expect(tokens.size).toBe(1);
    expect(describeRefreshFamily(first.familyId)?.generations).toHaveLength(2);
  });

  it("expires after the idle lifetime and after the absolute lifetime", () => {
    const user = makeUser();
    const t = Date.now();
    const idle = startRefreshFamily(user.id, t);
    const afterIdle = t + config.jwt.refreshIdleTtlSeconds * SECOND;
    expect(rotateRefreshToken(idle.token, afterIdle)).toEqual({
      ok: false,
      reason: "refresh_expired",
    });
    let current = startRefreshFamily(user.id, t).token;
    let now = t;
    const end = t + config.jwt.refreshAbsoluteTtlSeconds * SECOND;
    while (now + 20 * 3600 * SECOND < end) {
      now += 20 * 3600 * SECOND; // used often enough never to hit the idle limit
      const next = rotateRefreshToken(current, now);
      if (!next.ok) throw new Error(next.reason);
      current = next.token;
    }
    expect(rotateRefreshToken(current, end)).toEqual({ ok: false, reason: "refresh_expired" });
  });

  it("judges expiry at the fast-forwarded instant but stores real times", () => {
    const user = makeUser();
    const t = Date.now();
    const family = startRefreshFamily(user.id, t);
    const judged = t + config.jwt.refreshIdleTtlSeconds * SECOND;
    expect(rotateRefreshToken(family.token, t, judged)).toEqual({
      ok: false,
      reason: "refresh_expired",
    });
  });

  it("logout revokes the family; a disabled user cannot refresh", () => {
    const user = makeUser();
    const family = startRefreshFamily(user.id);
    expect(revokeRefreshTokenFamily(family.familyId)).toBe(1);
    expect(rotateRefreshToken(family.token)).toEqual({ ok: false, reason: "refresh_revoked" });
    const other = makeUser();
    const otherFamily = startRefreshFamily(other.id);
    getDb().update(users).set({ disabledAt: new Date() }).where(eq(users.id, other.id)).run();
    expect(rotateRefreshToken(otherFamily.token)).toEqual({ ok: false, reason: "user_disabled" });
  });

  it("rejects unknown and malformed tokens without throwing", () => {
    for (const token of ["", "short", "x".repeat(500), "A".repeat(43), "not a token at all!!"]) {
      expect(rotateRefreshToken(token)).toEqual({ ok: false, reason: "refresh_invalid" });
    }
  });
});

describe("a DPoP-bound refresh family (RFC 9449 §5) and auth_time (for step-up)", () => {
  const JKT = "A".repeat(43);

  it("refreshes only with a proof by its key; a wrong or missing key spends nothing", () => {
    const user = makeUser();
    const t = Date.now();
    const first = startRefreshFamily(user.id, t, { jkt: JKT });
    for (const proofJkt of [null, "B".repeat(43)]) {
      expect(rotateRefreshToken(first.token, t + SECOND, t + SECOND, proofJkt)).toEqual({
        ok: false,
        reason: "refresh_key_mismatch",
      });
    }
    const next = rotateRefreshToken(first.token, t + 2 * SECOND, t + 2 * SECOND, JKT);
    expect(next).toMatchObject({ ok: true, generation: 2, graced: false, jkt: JKT });
    if (!next.ok) throw new Error("refused");
    // Every generation inherits the binding.
    expect(rotateRefreshToken(next.token, t + 3 * SECOND, t + 3 * SECOND, null)).toMatchObject({
      reason: "refresh_key_mismatch",
    });
  });

  it("every generation keeps the login's auth_time; an unbound family takes any client", () => {
    const user = makeUser();
    const t = Date.now() - 60 * SECOND;
    const first = startRefreshFamily(user.id, t);
    const second = rotateRefreshToken(
      first.token,
      t + 30 * SECOND,
      t + 30 * SECOND,
      "C".repeat(43),
    );
    expect(second).toMatchObject({ ok: true, jkt: null, authTime: t });
    if (!second.ok) throw new Error("refused");
    expect(rotateRefreshToken(second.token, t + 50 * SECOND)).toMatchObject({ authTime: t });
  });
});

import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { findUserByUsername, listUsers } from "@/db/queries/users";
import { inLab, SHARED_LAB } from "@/ground/context";
import { forceLogoutUser, updateUserAsAdmin } from "@/lib/accounts/admin";
import { changeJwtSettings, retireKeyAsAdmin, rotateKeys } from "@/lib/auth/jwt/admin";
import { describeSigningKeys, getSigningKeys } from "@/lib/auth/jwt/keys";
import { rotateRefreshToken, startRefreshFamily } from "@/lib/auth/jwt/refresh";
import { getJwtSettings } from "@/lib/auth/jwt/settings";
import { createAccessToken } from "@/lib/auth/jwt/tokens";
import { validateAccessToken } from "@/lib/auth/jwt/validation";
import { beginLoginAttempt } from "@/lib/auth/login/throttle";
import {
  getSealSettings,
  rotateSealPassword,
  setCookieCacheSeconds,
} from "@/lib/auth/sealed/settings";
import { createSealedSession } from "@/lib/auth/sealed/tokens";
import { validateSealedSession } from "@/lib/auth/sealed/validation";
import { readSessionCache, sealSessionCache } from "@/lib/auth/session/cookie-cache";
import { revokeSession } from "@/lib/auth/session/revocation";
import { hashSessionToken } from "@/lib/auth/session/tokens";
import { validateSessionToken } from "@/lib/auth/session/validation";
import { retireSealPasswordAsAdmin } from "@/lib/accounts/admin";
import { toPublicUser } from "@/lib/users/public-user";
import { createSession, makeUser } from "@/lib/test/fixtures";
import type { User } from "@/db/schema";
import { freshProof } from "@/lib/test/step-up";

// The cross-lab check (docs/hosting.md): with one lab's credentials — and with the power of its
// admin — nothing in another lab can be read, changed or ended. Two labs, each with its own
// alice (the same name, as every lab's demo accounts have) and its own admin.

const newLab = () => crypto.randomBytes(16).toString("base64url");

function populate(lab: string): Promise<{ alice: User; admin: User }> {
  return inLab(lab, async () => ({
    alice: await makeUser({ username: "alice" }),
    admin: await makeUser({ username: "admin", role: "admin" }),
  }));
}

describe("two visitors' labs", () => {
  const A = newLab();
  const B = newLab();
  let a: { alice: User; admin: User };
  let b: { alice: User; admin: User };
  beforeAll(async () => {
    a = await populate(A);
    b = await populate(B);
  });

  it("keep their own accounts: the same name is two people, and no id crosses", async () => {
    expect(a.alice.id).not.toBe(b.alice.id);
    expect((await inLab(B, () => findUserByUsername("alice")))?.id).toBe(b.alice.id);
    const ids = (await inLab(B, () => listUsers())).map((user) => user.id);
    expect(ids).not.toContain(a.alice.id);
  });

  it("refuse another lab's session token (the store finds its record, the lab's user does not)", async () => {
    const { token } = await inLab(A, () =>
      createSession(a.alice.id, { userAgent: null, ip: null }),
    );
    expect((await inLab(A, () => validateSessionToken(token))).ok).toBe(true);
    expect(await inLab(B, () => validateSessionToken(token))).toMatchObject({ ok: false });
    expect(await inLab(SHARED_LAB, () => validateSessionToken(token))).toMatchObject({ ok: false });
    // Nor can another lab end it (a logout, or a login's no-fixation step, over that cookie).
    expect(await inLab(B, () => revokeSession(hashSessionToken(token)))).toBe(false);
    // And it still works in its own lab: presenting it elsewhere ended nothing.
    expect((await inLab(A, () => validateSessionToken(token))).ok).toBe(true);
  });

  it("refuse another lab's sealed session, even once it was opened (memoised) in its own", async () => {
    const { seal } = await inLab(A, () => createSealedSession(toPublicUser(a.alice)));
    expect((await inLab(A, () => validateSealedSession(seal))).ok).toBe(true);
    expect(await inLab(B, () => validateSealedSession(seal))).toMatchObject({ ok: false });
  });

  it("refuse another lab's session cookie cache", async () => {
    await inLab(A, () => setCookieCacheSeconds(30));
    await inLab(B, () => setCookieCacheSeconds(30));
    const { token } = await inLab(A, () =>
      createSession(a.alice.id, { userAgent: null, ip: null }),
    );
    const found = await inLab(A, () => validateSessionToken(token));
    if (!found.ok) throw new Error("the session must be valid in its lab");
    const cache = await inLab(A, () => sealSessionCache(found));
    const now = Date.now();
    expect((await inLab(A, () => readSessionCache(cache!.value, token, now, now))).ok).toBe(true);
    expect(await inLab(B, () => readSessionCache(cache!.value, token, now, now))).toMatchObject({
      ok: false,
    });
  });

  it("refuse another lab's access token, whichever key it names, memoised or not", async () => {
    const { token, claims } = await inLab(A, () => createAccessToken(toPublicUser(a.alice)));
    expect(claims.lab).toBe(A);
    expect((await inLab(A, () => validateAccessToken(token))).ok).toBe(true);
    expect(await inLab(B, () => validateAccessToken(token))).toMatchObject({ ok: false });
    expect(await inLab(SHARED_LAB, () => validateAccessToken(token))).toMatchObject({ ok: false });
    // Each lab signs with a key of its own, found only in its own set.
    const [keysA, keysB] = await Promise.all([
      inLab(A, () => getSigningKeys()),
      inLab(B, () => getSigningKeys()),
    ]);
    expect(keysA.current.kid).not.toBe(keysB.current.kid);
    expect(keysB.verification.has(keysA.current.kid)).toBe(false);
  });

  it("refuse another lab's refresh token without spending it or ending its family", async () => {
    const family = await inLab(A, () => startRefreshFamily(a.alice.id));
    expect(await inLab(B, () => rotateRefreshToken(family.token))).toEqual({
      ok: false,
      reason: "refresh_invalid",
    });
    // Twice, as a reuse would be: still nothing ended in A.
    await inLab(B, () => rotateRefreshToken(family.token));
    expect((await inLab(A, () => rotateRefreshToken(family.token))).ok).toBe(true);
  });

  it("give another lab's admin no power here: users, keys, seal passwords", async () => {
    // A's admin, acting in B, is nobody's admin there.
    expect(await inLab(B, () => forceLogoutUser(freshProof(a.admin.id), b.alice.id))).toEqual({
      ok: false,
      reason: "forbidden",
    });
    // B's admin, in B, cannot reach A's people by their ids.
    expect(await inLab(B, () => forceLogoutUser(freshProof(b.admin.id), a.alice.id))).toEqual({
      ok: false,
      reason: "user_not_found",
    });
    expect(
      await inLab(B, () =>
        updateUserAsAdmin(freshProof(b.admin.id), a.alice.id, { disabled: true }),
      ),
    ).toMatchObject({ ok: false, reason: "user_not_found" });
    expect((await inLab(A, () => findUserByUsername("alice")))?.disabledAt).toBeNull();
    // Nor A's keys by their kid.
    const kidA = (await inLab(A, () => getSigningKeys())).current.kid;
    await inLab(A, () => rotateKeys(freshProof(a.admin.id)));
    expect(await inLab(B, () => retireKeyAsAdmin(freshProof(b.admin.id), kidA))).toBe("not_found");
    expect((await inLab(A, () => describeSigningKeys())).find((k) => k.kid === kidA)?.status).toBe(
      "previous",
    );
    // Nor A's seal passwords: B's admin retires only within B's ring.
    await inLab(A, () => rotateSealPassword());
    const ringA = (await inLab(A, () => getSealSettings())).passwordIds;
    await inLab(B, () => retireSealPasswordAsAdmin(freshProof(b.admin.id), ringA[0]!));
    expect((await inLab(A, () => getSealSettings())).passwordIds).toEqual(ringA);
  });

  it("keep their own switches: one lab's JWT settings and cookie cache are not the other's", async () => {
    const before = await inLab(B, () => getJwtSettings());
    const beforeKeys = (await inLab(B, () => describeSigningKeys())).map((k) => k.kid);
    await inLab(A, () =>
      changeJwtSettings(freshProof(a.admin.id), {
        revocation: "denylist",
        algorithm: "ES256",
        accessTtl: 60,
        encrypted: true,
      }),
    );
    expect(await inLab(A, () => getJwtSettings())).toMatchObject({
      algorithm: "ES256",
      encrypted: true,
    });
    expect(await inLab(B, () => getJwtSettings())).toEqual(before);
    expect((await inLab(B, () => describeSigningKeys())).map((k) => k.kid)).toEqual(beforeKeys);
    await inLab(A, () => setCookieCacheSeconds(45));
    expect((await inLab(B, () => getSealSettings())).cookieCacheSeconds).not.toBe(45);
  });

  it("count login failures per lab: one lab's alice cannot be throttled from another", async () => {
    const now = Date.now();
    for (let i = 0; i < 12; i += 1) await inLab(A, () => beginLoginAttempt("alice", null, now));
    expect((await inLab(A, () => beginLoginAttempt("alice", null, now))).allowed).toBe(false);
    expect((await inLab(B, () => beginLoginAttempt("alice", null, now))).allowed).toBe(true);
  });
});

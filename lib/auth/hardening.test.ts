// What an attack run found that unit tests can reach, one test each, written before the fixes.
import { CompactEncrypt } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { changePassword } from "@/lib/accounts/self-service";
import { config } from "@/config";
import { validateSessionToken } from "@/lib/auth/session/validation";
import { createSession } from "@/lib/test/fixtures";
import { makeUser } from "@/lib/test/fixtures";
import { toPublicUser } from "@/lib/users/public-user";
import { registerUser } from "@/lib/auth/login/authenticate";
import { createAccessToken } from "@/lib/auth/jwt/tokens";
import { validateAccessToken } from "@/lib/auth/jwt/validation";
import { checkRevocation, revokeLogin, revokeUserAccessTokens } from "@/lib/auth/jwt/revocation";
import { getJwtSettings, updateJwtSettings } from "@/lib/auth/jwt/settings";
import { jweKey } from "@/lib/auth/jwt/key-material";
import { startRefreshFamily } from "@/lib/auth/jwt/refresh";

afterEach(async () => {
  await updateJwtSettings({
    revocation: "none",
    algorithm: "EdDSA",
    encrypted: false,
    accessTtlSeconds: config.jwt.accessTtlSeconds,
  });
});

describe("revoking a login revokes every token minted from it", () => {
  it("denylist: a token re-issued from the same login (same fid, fresh jti) dies with logout", async () => {
    await updateJwtSettings({ revocation: "denylist" });
    const user = toPublicUser(await makeUser());
    const { familyId } = await startRefreshFamily(user.id);
    const original = await createAccessToken(user, Date.now(), { familyId });
    const sibling = await createAccessToken(user, Date.now(), {
      familyId,
      custom: { theme: "dark" },
      exp: original.claims.exp,
    });
    const stranger = await createAccessToken(user, Date.now(), {
      familyId: (await startRefreshFamily(user.id)).familyId,
    });
    expect(sibling.claims.jti).not.toBe(original.claims.jti);
    await revokeLogin(original.claims); // what logout does with the token it is given
    expect(await checkRevocation(original.claims)).toEqual({ ok: false, reason: "token_revoked" });
    expect(await checkRevocation(sibling.claims)).toEqual({ ok: false, reason: "token_revoked" });
    expect(await checkRevocation(stranger.claims)).toEqual({ ok: true });
  });
});

describe("ending a login ends its tokens under the deny-list, whoever ends it", () => {
  it("an admin's force logout (every family of the user) refuses the tokens of every login", async () => {
    await updateJwtSettings({ revocation: "denylist" });
    const user = toPublicUser(await makeUser());
    const logins = [await startRefreshFamily(user.id), await startRefreshFamily(user.id)];
    const tokens = await Promise.all(
      logins.map(({ familyId }) => createAccessToken(user, Date.now(), { familyId })),
    );
    for (const { claims } of tokens) expect(await checkRevocation(claims)).toEqual({ ok: true });
    await revokeUserAccessTokens(user.id, "admin_logout");
    for (const { claims } of tokens) {
      expect(await checkRevocation(claims)).toEqual({ ok: false, reason: "token_revoked" });
    }
  });
});

describe("JWE: no compression (a small token must not inflate into a large one)", () => {
  it('refuses a JWE with zip: "DEF", even one that is otherwise valid', async () => {
    await updateJwtSettings({ encrypted: true });
    const user = toPublicUser(await makeUser());
    const { token } = await createAccessToken(user);
    expect((await validateAccessToken(token)).ok).toBe(true);
    // The same signed token inside, compressed: only the zip header differs.
    await updateJwtSettings({ encrypted: false });
    const { token: signed } = await createAccessToken(user);
    const zipped = await new CompactEncrypt(new TextEncoder().encode(signed))
      .setProtectedHeader({ alg: "dir", enc: "A256GCM", cty: "JWT", zip: "DEF" })
      .encrypt(jweKey());
    const result = await validateAccessToken(zipped);
    expect(result).toMatchObject({ ok: false, reason: "ERR_JOSE_NOT_SUPPORTED" });
  });
});

describe("a memoised verdict re-applies the rules that can change", () => {
  it("after the access TTL is lowered, a token seen before is refused like its unseen twin", async () => {
    const user = toPublicUser(await makeUser());
    const issuedAt = Date.now();
    const seen = await createAccessToken(user, issuedAt);
    const twin = await createAccessToken(user, issuedAt);
    expect((await validateAccessToken(seen.token, issuedAt)).ok).toBe(true);
    await updateJwtSettings({ accessTtlSeconds: 60 });
    expect((await getJwtSettings()).accessTtlSeconds).toBe(60);
    const later = issuedAt + 120_000;
    const unseen = await validateAccessToken(twin.token, later);
    const memoised = await validateAccessToken(seen.token, later);
    expect(unseen.ok).toBe(false);
    expect(memoised).toEqual(unseen);
  });

  it("the memo still answers within the rules (cached: true)", async () => {
    const user = toPublicUser(await makeUser());
    const { token } = await createAccessToken(user);
    await validateAccessToken(token);
    expect(await validateAccessToken(token)).toMatchObject({ ok: true, cached: true });
  });
});

describe("two password changes racing with the same current password", () => {
  it("only one wins; the other is refused and changes nothing", async () => {
    const registered = await registerUser({
      username: `racer-${Date.now()}`,
      displayName: "Racer",
      password: "first-passphrase",
    });
    if (!registered.ok) throw new Error("setup");
    const user = toPublicUser(registered.user);
    const meta = { userAgent: null, ip: null };
    const [a, b] = [await createSession(user.id, meta), await createSession(user.id, meta)];
    const change = (session: typeof a.session, newPassword: string) =>
      changePassword(
        user,
        session,
        { currentPassword: "first-passphrase", newPassword, logoutOthers: true },
        null,
        meta,
      );
    const results = await Promise.all([
      change(a.session, "second-passphrase"),
      change(b.session, "third-passphrase"),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, reason: "invalid_credentials" });
    // The winner's fresh session survives: the loser revoked nothing.
    const winner = results.find((r) => r.ok);
    expect(winner?.ok && (await validateSessionToken(winner.token)).ok).toBe(true);
  });
});

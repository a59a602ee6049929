import { decodeProtectedHeader } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { findSigningKeys, insertFirstSigningKey } from "@/db/queries/jwt";
import { makeUser } from "@/lib/test/fixtures";
import type { User } from "@/db/schema";
import { createAccessToken } from "@/lib/auth/jwt/tokens";
import { validateAccessToken } from "@/lib/auth/jwt/validation";
import {
  checkRevocation,
  revokeAccessToken,
  revokeUserAccessTokens,
} from "@/lib/auth/jwt/revocation";
import { getJwtSettings, updateJwtSettings } from "@/lib/auth/jwt/settings";
import { describeSigningKeys, publicJwks, retireKey, rotateSigningKey } from "@/lib/auth/jwt/keys";
import { toPublicUser } from "@/lib/users/public-user";

afterEach(async () => {
  await updateJwtSettings({ revocation: "none", algorithm: "EdDSA", encrypted: false });
});

async function tokenFor(given?: User) {
  const user = given ?? (await makeUser());
  return createAccessToken(toPublicUser(user));
}

describe("revocation strategies (C22, C23)", () => {
  it("none: a revoked token still passes — nothing is looked up", async () => {
    const { claims } = await tokenFor();
    expect(await revokeAccessToken(claims, "none")).toBe("nothing");
    expect(await checkRevocation(claims, "none")).toEqual({ ok: true });
  });

  it("denylist: logout lists the jti; that token fails, another of the same user does not", async () => {
    const user = await makeUser();
    const { claims } = await tokenFor(user);
    const { claims: other } = await tokenFor(user);
    expect(await checkRevocation(claims, "denylist")).toEqual({ ok: true });
    expect(await revokeAccessToken(claims, "denylist")).toBe("denylisted");
    expect(await checkRevocation(claims, "denylist")).toEqual({
      ok: false,
      reason: "token_revoked",
    });
    expect(await checkRevocation(other, "denylist")).toEqual({ ok: true });
  });

  it("token-version: raising the counter kills every earlier token of that user only", async () => {
    const [user, bystander] = [await makeUser(), await makeUser()];
    const { claims } = await tokenFor(user);
    const { claims: theirs } = await tokenFor(bystander);
    await revokeUserAccessTokens(user.id);
    expect(await checkRevocation(claims, "token-version")).toEqual({
      ok: false,
      reason: "token_version_stale",
    });
    expect(await checkRevocation(theirs, "token-version")).toEqual({ ok: true });
    const { claims: fresh } = await tokenFor(user);
    expect(await checkRevocation(fresh, "token-version")).toEqual({ ok: true });
  });
});

describe("key rotation and retirement (C24)", () => {
  it("seeding the key set again (another instance starting) changes nothing and never throws", async () => {
    const before = await describeSigningKeys();
    const seed = { ...before[0]!, sealedPrivateJwk: "x", publicJwk: null, retiredAt: null };
    expect(() => insertFirstSigningKey({ ...seed, kid: "another-instance" })).not.toThrow();
    expect(() => insertFirstSigningKey(seed)).not.toThrow();
    expect((await findSigningKeys()).map((k) => k.kid)).toEqual(before.map((k) => k.kid));
  });

  it("rotate: new tokens use the new kid, old tokens still verify; retire: old tokens die", async () => {
    const { token: before } = await tokenFor();
    const oldKid = decodeProtectedHeader(before).kid!;
    const rotated = await rotateSigningKey("EdDSA");
    if (rotated === "too_many_keys") throw new Error("the shared world's key set is not capped");
    const { token: after } = await tokenFor();
    expect(decodeProtectedHeader(after).kid).toBe(rotated.kid);
    expect((await validateAccessToken(before)).ok).toBe(true);
    expect((await publicJwks()).keys.map((k) => k.kid)).toEqual(
      expect.arrayContaining([oldKid, rotated.kid]),
    );
    expect(await retireKey(rotated.kid)).toBe("current");
    expect(await retireKey(oldKid)).toBe("retired");
    // A fresh copy of the same bytes, so the verification memo cannot answer.
    expect(await validateAccessToken(`${before}`, Date.now() + 1)).toMatchObject({ ok: false });
    expect((await publicJwks()).keys.map((k) => k.kid)).not.toContain(oldKid);
    expect((await validateAccessToken(after)).ok).toBe(true);
    expect(await retireKey("no-such-kid")).toBe("not_found");
  });

  it("switching algorithm makes a key of that algorithm; HS256 keys are never published", async () => {
    for (const alg of ["ES256", "HS256", "EdDSA"] as const) {
      await updateJwtSettings({ algorithm: alg });
      const { token } = await tokenFor();
      expect(decodeProtectedHeader(token).alg).toBe(alg);
      expect(await validateAccessToken(token)).toMatchObject({ ok: true });
    }
    const keys = await describeSigningKeys();
    const hs = keys.filter((k) => k.alg === "HS256").map((k) => k.kid);
    const published = (await publicJwks()).keys;
    expect(published.some((k) => hs.includes(k.kid!))).toBe(false);
    expect(published.every((k) => !("d" in k) && !("k" in k))).toBe(true);
  });
});

describe("JWE (C28)", () => {
  it("issues five segments whose payload is unreadable, and verifies them", async () => {
    await updateJwtSettings({ encrypted: true });
    const { token, claims } = await tokenFor();
    expect(token.split(".")).toHaveLength(5);
    const [header] = token.split(".");
    expect(JSON.parse(Buffer.from(header!, "base64url").toString())).toEqual({
      alg: "dir",
      enc: "A256GCM",
      cty: "JWT",
    });
    expect(token).not.toContain(Buffer.from(claims.sub).toString("base64url").slice(0, 4) + "x");
    for (const part of token.split(".").slice(1)) {
      expect(Buffer.from(part, "base64url").toString()).not.toContain(claims.jti);
    }
    expect(await validateAccessToken(token)).toMatchObject({ ok: true, encrypted: true });
    expect((await getJwtSettings()).encrypted).toBe(true);
  });

  it("rejects a tampered JWE and other key-management algorithms", async () => {
    await updateJwtSettings({ encrypted: true });
    const { token } = await tokenFor();
    const parts = token.split(".");
    const body = parts[3]!;
    parts[3] = (body[0] === "A" ? "B" : "A") + body.slice(1);
    expect(await validateAccessToken(parts.join("."))).toMatchObject({
      ok: false,
      reason: "ERR_JWE_DECRYPTION_FAILED",
    });
    const otherAlg = Buffer.from(JSON.stringify({ alg: "A256KW", enc: "A256GCM" })).toString(
      "base64url",
    );
    expect(
      await validateAccessToken([otherAlg, ...token.split(".").slice(1)].join(".")),
    ).toMatchObject({ ok: false });
  });
});

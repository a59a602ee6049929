import { afterEach, describe, expect, it } from "vitest";
import { config } from "@/config";
import { PASS_ISSUER, verifyPass } from "@/lib/pass/verify";
import { makeUser } from "@/lib/test/fixtures";
import { toPublicUser } from "@/lib/users/public-user";
import { createAccessToken } from "@/lib/auth/jwt/tokens";
import { validateAccessToken } from "@/lib/auth/jwt/validation";
import { updateJwtSettings } from "@/lib/auth/jwt/settings";
import { getSigningKeys, publicJwks, retireKey, rotateSigningKey } from "@/lib/auth/jwt/keys";
import { issueCheckInPass } from "@/lib/pass/issue";

afterEach(async () => {
  await updateJwtSettings({ algorithm: "EdDSA" });
});

async function pass(now = Date.now()) {
  const issued = await issueCheckInPass(toPublicUser(await makeUser()), now);
  if (!issued.ok) throw new Error(issued.reason);
  return issued;
}

describe("check-in passes (C30)", () => {
  it("verify with the published JWKS alone, and say whose pass and which event", async () => {
    const issued = await pass();
    const check = await verifyPass(issued.token, await publicJwks());
    expect(check).toMatchObject({ ok: true, kid: issued.kid, claims: { evt: config.pass.event } });
    expect(PASS_ISSUER).toBe(config.jwt.issuer);
  });

  it("fail when tampered, expired, or checked against keys that do not include theirs", async () => {
    const issued = await pass();
    const jwks = await publicJwks();
    const [h, p, s] = issued.token.split(".");
    const forged = Buffer.from(JSON.stringify({ ...issued.claims, name: "Mallory" })).toString(
      "base64url",
    );
    expect(await verifyPass(`${h}.${forged}.${s}`, jwks)).toEqual({
      ok: false,
      reason: "ERR_JWS_SIGNATURE_VERIFICATION_FAILED",
    });
    expect(await verifyPass(`${h}.${p}`, jwks)).toMatchObject({ ok: false });
    expect(await verifyPass("not a token", jwks)).toMatchObject({ ok: false });
    expect(await verifyPass("x".repeat(5000), jwks)).toEqual({
      ok: false,
      reason: "pass_too_large",
    });
    const later = (issued.claims.exp + 60) * 1000;
    expect(await verifyPass(issued.token, jwks, later)).toEqual({
      ok: false,
      reason: "ERR_JWT_EXPIRED",
    });
    expect(await verifyPass(issued.token, { keys: [] })).toMatchObject({ ok: false });
  });

  it("are never access tokens, and access tokens are never passes", async () => {
    const issued = await pass();
    expect(await validateAccessToken(issued.token)).toMatchObject({ ok: false });
    const { token } = await createAccessToken(toPublicUser(await makeUser()));
    expect(await verifyPass(token, await publicJwks())).toMatchObject({
      ok: false,
      reason: "ERR_JWT_CLAIM_VALIDATION_FAILED",
    });
  });

  it("are refused under HS256: a door holding the secret could mint passes", async () => {
    await updateJwtSettings({ algorithm: "HS256" });
    expect((await getSigningKeys()).current.alg).toBe("HS256");
    expect(await issueCheckInPass(toPublicUser(await makeUser()))).toEqual({
      ok: false,
      reason: "symmetric_key",
    });
  });

  it("die with their key: a door with the fresh JWKS refuses a pass signed by a retired key", async () => {
    const issued = await pass();
    await rotateSigningKey("EdDSA");
    expect(await retireKey(issued.kid)).toBe("retired");
    expect(await verifyPass(issued.token, await publicJwks())).toMatchObject({ ok: false });
    expect((await pass()).kid).not.toBe(issued.kid);
  });
});

import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { insertCurrentSigningKey } from "@/db/queries/jwt";
import { config } from "@/config";
import { refreshJwtConfigVersion } from "@/lib/auth/jwt/config-version";
import { sealKeyMaterial } from "@/lib/auth/jwt/key-material";
import { getSigningKeys } from "@/lib/auth/jwt/keys";
import { ACCESS_TOKEN_TYPE } from "@/lib/auth/jwt/tokens";
import { verifySignedAccessToken } from "@/lib/auth/jwt/signature";

// An empty or one-byte HMAC key: anyone can sign with it. The key set refuses to hold one, and
// the verifier refuses to use one, whoever's key set it came from. (This file ends with a broken
// key set: it runs in a data directory of its own.)

const now = Math.floor(Date.now() / 1000);

/** An HS256 token signed by hand (jose will not sign with an empty key). */
function hs256(secret: Uint8Array, kid: string): string {
  const header = { alg: "HS256", typ: ACCESS_TOKEN_TYPE, kid };
  const claims = {
    iss: config.jwt.issuer,
    aud: config.jwt.audience,
    sub: "1",
    name: "Admin",
    role: "admin",
    ver: 0,
    iat: now,
    exp: now + 60,
    jti: crypto.randomUUID(),
  };
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const input = `${encode(header)}.${encode(claims)}`;
  const mac = crypto.createHmac("sha256", secret).update(input).digest("base64url");
  return `${input}.${mac}`;
}

describe("weak HMAC keys", () => {
  it.each([
    ["empty", 0],
    ["one-byte", 1],
    ["31-byte", 31],
  ])("the verifier refuses to verify with an %s secret", async (_name, bytes) => {
    const secret = new Uint8Array(bytes).fill(7);
    const result = await verifySignedAccessToken(
      hs256(secret, "weak"),
      {
        resolveKey: () => secret,
        algorithms: ["HS256"],
        issuer: config.jwt.issuer,
        audience: config.jwt.audience,
      },
      Date.now(),
    );
    expect(result).toEqual({ ok: false, reason: "key_too_weak" });
  });

  it("a 256-bit secret verifies", async () => {
    const secret = crypto.randomBytes(32);
    const result = await verifySignedAccessToken(
      hs256(secret, "strong"),
      {
        resolveKey: () => secret,
        algorithms: ["HS256"],
        issuer: config.jwt.issuer,
        audience: config.jwt.audience,
      },
      Date.now(),
    );
    expect(result).toMatchObject({ ok: true });
  });

  it("the key set refuses to load a one-byte HS256 key, saying which and why", async () => {
    await getSigningKeys();
    await insertCurrentSigningKey({
      kid: "one-byte",
      alg: "HS256",
      status: "current",
      sealedPrivateJwk: sealKeyMaterial({ kty: "oct", k: "Bw" }),
      publicJwk: null,
      createdAt: new Date(),
      retiredAt: null,
    });
    await refreshJwtConfigVersion(); // as another instance would within a second
    await expect(getSigningKeys()).rejects.toThrow(/one-byte.*8 bits.*256/);
  });
});

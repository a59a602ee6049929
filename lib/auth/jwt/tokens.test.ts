import crypto from "node:crypto";
import { SignJWT, UnsecuredJWT, decodeJwt, decodeProtectedHeader, generateKeyPair } from "jose";
import { describe, expect, it } from "vitest";
import { getQueryCount } from "@/db/client";
import { config } from "@/config";
import { getSigningKeys } from "@/lib/auth/jwt/keys";
import { ACCESS_TOKEN_TYPE, createAccessToken } from "@/lib/auth/jwt/tokens";
import { userFromClaims, validateAccessToken } from "@/lib/auth/jwt/validation";

const alice = { id: 7, username: "alice", displayName: "Alice", role: "user" } as const;

/** Signs arbitrary claims/header with the server's own key, to test claim checks in isolation. */
async function signWith(
  overrides: {
    header?: Record<string, unknown>;
    claims?: Record<string, unknown>;
    key?: CryptoKey | Uint8Array;
  } = {},
): Promise<string> {
  const { current } = await getSigningKeys();
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: config.jwt.issuer,
    aud: config.jwt.audience,
    sub: "7",
    name: "Alice",
    role: "user",
    iat: now,
    exp: now + 60,
    jti: crypto.randomUUID(),
    ...overrides.claims,
  };
  const header = {
    alg: current.alg,
    typ: ACCESS_TOKEN_TYPE,
    kid: current.kid,
    ...overrides.header,
  };
  return new SignJWT(claims)
    .setProtectedHeader(header as { alg: string })
    .sign(overrides.key ?? current.privateKey);
}

function b64(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

describe("createAccessToken", () => {
  it("signs the claims SECURITY.md requires, with typ and kid in the header", async () => {
    const { token, claims } = await createAccessToken(alice);
    const header = decodeProtectedHeader(token);
    const { current } = await getSigningKeys();
    expect(header).toEqual({ alg: "EdDSA", typ: "at+jwt", kid: current.kid });
    expect(decodeJwt(token)).toEqual(claims);
    expect(claims).toMatchObject({
      iss: config.jwt.issuer,
      aud: config.jwt.audience,
      sub: "7",
      role: "user",
    });
    expect(claims.exp - claims.iat).toBe(config.jwt.accessTtlSeconds);
    expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("is readable by anyone: the payload is only base64url-encoded JSON", async () => {
    const { token } = await createAccessToken(alice);
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString());
    expect(payload.name).toBe("Alice");
  });
});

describe("validateAccessToken", () => {
  it("accepts its own token with zero database queries, then serves it from the memo", async () => {
    const { token, claims } = await createAccessToken(alice);
    const before = getQueryCount();
    const first = await validateAccessToken(token);
    const second = await validateAccessToken(token);
    expect(getQueryCount() - before).toBe(0);
    expect(first).toMatchObject({ ok: true, cached: false, claims });
    expect(second).toMatchObject({ ok: true, cached: true, claims });
    expect(first.ok && userFromClaims(first.claims)).toEqual({
      id: 7,
      displayName: "Alice",
      role: "user",
    });
  });

  it("rejects a tampered payload (role upgraded) with jose's signature error", async () => {
    const { token } = await createAccessToken(alice);
    const [header, payload, signature] = token.split(".");
    const forged = {
      ...JSON.parse(Buffer.from(payload ?? "", "base64url").toString()),
      role: "admin",
    };
    const result = await validateAccessToken(`${header}.${b64(forged)}.${signature}`);
    expect(result).toEqual({ ok: false, reason: "ERR_JWS_SIGNATURE_VERIFICATION_FAILED" });
  });

  it("rejects a tampered signature and a tampered header", async () => {
    const { token } = await createAccessToken(alice);
    const [header, payload, signature = ""] = token.split(".");
    const flipped = (signature[0] === "A" ? "B" : "A") + signature.slice(1);
    expect(await validateAccessToken(`${header}.${payload}.${flipped}`)).toMatchObject({
      ok: false,
    });
    const otherHeader = b64({ ...decodeProtectedHeader(token), typ: "at+jwt", extra: 1 });
    expect(await validateAccessToken(`${otherHeader}.${payload}.${signature}`)).toEqual({
      ok: false,
      reason: "ERR_JWS_SIGNATURE_VERIFICATION_FAILED",
    });
  });

  it("rejects a token signed by another key under our kid", async () => {
    const { privateKey } = await generateKeyPair("EdDSA");
    const token = await signWith({ key: privateKey });
    expect(await validateAccessToken(token)).toEqual({
      ok: false,
      reason: "ERR_JWS_SIGNATURE_VERIFICATION_FAILED",
    });
  });

  it("rejects another algorithm (HS256) even under our kid: one algorithm per key", async () => {
    const { current } = await getSigningKeys();
    const secret = new TextEncoder().encode(current.kid.padEnd(32, "x"));
    const token = await signWith({ header: { alg: "HS256" }, key: secret });
    expect(await validateAccessToken(token)).toEqual({
      ok: false,
      reason: "ERR_JOSE_ALG_NOT_ALLOWED",
    });
  });

  it('rejects alg "none"', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = new UnsecuredJWT({ sub: "7", role: "admin", jti: "x", name: "A" })
      .setIssuer(config.jwt.issuer)
      .setAudience(config.jwt.audience)
      .setIssuedAt(now)
      .setExpirationTime(now + 60)
      .encode();
    expect(await validateAccessToken(token)).toMatchObject({ ok: false });
  });

  it("rejects an expired token", async () => {
    const { token } = await createAccessToken(
      alice,
      Date.now() - (config.jwt.accessTtlSeconds + 60) * 1000,
    );
    expect(await validateAccessToken(token)).toEqual({ ok: false, reason: "ERR_JWT_EXPIRED" });
  });

  it("stops serving a memoised token once it expires", async () => {
    const { token, claims } = await createAccessToken(alice);
    expect((await validateAccessToken(token)).ok).toBe(true);
    const afterExp = (claims.exp + config.jwt.clockToleranceSeconds + 1) * 1000;
    expect(await validateAccessToken(token, afterExp)).toEqual({
      ok: false,
      reason: "ERR_JWT_EXPIRED",
    });
  });

  it.each([
    ["wrong issuer", { claims: { iss: "someone-else" } }, "ERR_JWT_CLAIM_VALIDATION_FAILED"],
    ["wrong audience", { claims: { aud: "another-api" } }, "ERR_JWT_CLAIM_VALIDATION_FAILED"],
    [
      "wrong typ (not an access token)",
      { header: { typ: "JWT" } },
      "ERR_JWT_CLAIM_VALIDATION_FAILED",
    ],
    ["missing jti", { claims: { jti: undefined } }, "ERR_JWT_CLAIM_VALIDATION_FAILED"],
    [
      "issued in the future",
      { claims: { iat: Math.floor(Date.now() / 1000) + 3600 } },
      "ERR_JWT_CLAIM_VALIDATION_FAILED",
    ],
    ["older than the access lifetime", { claims: { iat: 1 } }, "ERR_JWT_EXPIRED"],
    ["unknown kid", { header: { kid: "not-our-key" } }, "ERR_JWKS_NO_MATCHING_KEY"],
    ["no kid", { header: { kid: undefined } }, "ERR_JWKS_NO_MATCHING_KEY"],
    ["role outside the enum", { claims: { role: "root" } }, "claims_invalid"],
    ["non-numeric subject", { claims: { sub: "../admin" } }, "claims_invalid"],
  ])("rejects %s", async (_name, overrides, reason) => {
    const token = await signWith(overrides);
    expect(await validateAccessToken(token)).toEqual({ ok: false, reason });
  });

  it("ignores an embedded jwk header: keys come only from our own key set", async () => {
    const { privateKey, publicKey } = await generateKeyPair("EdDSA", { extractable: true });
    const { exportJWK } = await import("jose");
    const token = await signWith({ header: { jwk: await exportJWK(publicKey) }, key: privateKey });
    expect(await validateAccessToken(token)).toEqual({
      ok: false,
      reason: "ERR_JWS_SIGNATURE_VERIFICATION_FAILED",
    });
  });

  it.each(["", "garbage", "a.b.c", "a.b", "....", "eyJhbGciOiJFZERTQSJ9.e30.", "\u0000", "é.é.é"])(
    "rejects garbage %j without throwing",
    async (token) => {
      expect(await validateAccessToken(token)).toMatchObject({ ok: false });
    },
  );

  it("rejects an oversized token before doing any crypto", async () => {
    const token = "a".repeat(config.limits.maxJwtBytes + 1);
    expect(await validateAccessToken(token)).toEqual({ ok: false, reason: "token_too_large" });
  });
});

describe("publicJwks", () => {
  it("publishes the public half of each key, which verifies our tokens", async () => {
    const { publicJwks } = await import("./keys");
    const { createLocalJWKSet, jwtVerify } = await import("jose");
    const jwks = await publicJwks();
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).not.toHaveProperty("d");
    const { token } = await createAccessToken(alice);
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), { algorithms: ["EdDSA"] });
    expect(payload.sub).toBe("7");
  });
});

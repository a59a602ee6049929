import crypto from "node:crypto";
import {
  CompactEncrypt,
  CompactSign,
  decodeProtectedHeader,
  exportJWK,
  FlattenedSign,
  generateKeyPair,
} from "jose";
import { describe, expect, it } from "vitest";
import { config } from "@/lib/config";
import { jweKey, unsealKeyMaterial } from "@/lib/auth/jwt/key-material";
import { getSigningKeys } from "@/lib/auth/jwt/keys";
import { updateJwtSettings } from "@/lib/auth/jwt/settings";
import { ACCESS_TOKEN_TYPE, createAccessToken } from "@/lib/auth/jwt/tokens";
import { validateAccessToken } from "@/lib/auth/jwt/validation";
import { processMemo } from "@/lib/server/memo";
import { makeUser } from "@/lib/test/fixtures";
import { toPublicUser } from "@/lib/users";

// The 2025–26 JWT attack classes (RFC 8725bis and that year's CVEs), each against the app's real
// verifier. Where jose already refuses, the test pins it, so an upgrade that stops refusing fails.

const encoder = new TextEncoder();

/** The claims of a valid access token, as JSON text so a test can write numbers JSON allows. */
function claimsJson(overrides: Record<string, string> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const fields: Record<string, string> = {
    iss: JSON.stringify(config.jwt.issuer),
    aud: JSON.stringify(config.jwt.audience),
    sub: '"7"',
    name: '"Alice"',
    role: '"user"',
    ver: "0",
    iat: String(now),
    exp: String(now + 60),
    jti: JSON.stringify(crypto.randomUUID()),
    ...overrides,
  };
  const body = Object.entries(fields)
    .filter(([, value]) => value !== "")
    .map(([name, value]) => `${JSON.stringify(name)}:${value}`);
  return `{${body.join(",")}}`;
}

/** Signs raw payload text with the server's own current key (a test of the claim checks alone). */
async function signRaw(payload: string, header: Record<string, unknown> = {}): Promise<string> {
  const { current } = await getSigningKeys();
  return new CompactSign(encoder.encode(payload))
    .setProtectedHeader({ alg: current.alg, typ: ACCESS_TOKEN_TYPE, kid: current.kid, ...header })
    .sign(current.privateKey);
}

function base64(text: string): string {
  return Buffer.from(text).toString("base64url");
}

async function ownToken(): Promise<string> {
  return (await createAccessToken(toPublicUser(makeUser()))).token;
}

describe("non-canonical encodings: one token, one spelling", () => {
  it("refuses a signature with trailing == padding, or any other padded segment", async () => {
    const token = await ownToken();
    expect((await validateAccessToken(token)).ok).toBe(true);
    const [header, payload, signature] = token.split(".");
    for (const variant of [
      `${header}.${payload}.${signature}==`,
      `${header}.${payload}.${signature}=`,
      `${header}=.${payload}.${signature}`,
      `${header}.${payload}==.${signature}`,
    ]) {
      expect(await validateAccessToken(variant), variant).toMatchObject({
        ok: false,
        reason: "token_not_canonical",
      });
    }
  });

  it("refuses a last character whose unused bits are set (another spelling of the same bytes)", async () => {
    const token = await ownToken();
    const [header, payload, signature = ""] = token.split(".");
    // An Ed25519 signature is 64 bytes: 86 characters, the last carrying 4 unused bits.
    const last = signature.at(-1)!;
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const twin = alphabet[alphabet.indexOf(last) + 1]!;
    const respelled = `${header}.${payload}.${signature.slice(0, -1)}${twin}`;
    expect(Buffer.from(respelled.split(".")[2]!, "base64url")).toEqual(
      Buffer.from(signature, "base64url"),
    );
    expect(await validateAccessToken(respelled)).toMatchObject({
      ok: false,
      reason: "token_not_canonical",
    });
  });

  it("refuses characters outside the base64url alphabet (standard base64, whitespace)", async () => {
    const token = await ownToken();
    const [header, payload, signature = ""] = token.split(".");
    const standard = signature.replaceAll("-", "+").replaceAll("_", "/");
    for (const variant of [
      `${header}.${payload}.${standard === signature ? `${signature.slice(0, -2)}+A` : standard}`,
      `${header}.${payload}.${signature.slice(0, 10)} ${signature.slice(10)}`,
      `${header}.${payload}.${signature.slice(0, 10)}\n${signature.slice(10)}`,
    ]) {
      expect(await validateAccessToken(variant)).toMatchObject({ ok: false });
    }
  });
});

describe("non-finite, non-integer and out-of-range numeric claims", () => {
  it.each([
    ["exp 1e400 (Infinity once parsed)", { exp: "1e400" }],
    ["exp -1e400", { exp: "-1e400" }],
    ["exp with a fraction", { exp: String(Math.floor(Date.now() / 1000) + 60.5) }],
    ["exp as a string", { exp: JSON.stringify(String(Math.floor(Date.now() / 1000) + 60)) }],
    ["exp past the year 9999", { exp: "1e15" }],
    ["iat 1e400", { iat: "1e400" }],
    ["iat with a fraction", { iat: String(Math.floor(Date.now() / 1000) - 0.5) }],
    ["iat negative", { iat: "-1" }],
    ["nbf 1e400", { nbf: "1e400" }],
    ["nbf -1e400", { nbf: "-1e400" }],
    ["auth_time 1e400", { auth_time: "1e400" }],
    ["auth_time after iat", { auth_time: String(Math.floor(Date.now() / 1000) + 30) }],
    ["ver 1e400", { ver: "1e400" }],
    ["ver 1.5", { ver: "1.5" }],
    ["ver negative", { ver: "-1" }],
    ["exp before iat", { exp: String(Math.floor(Date.now() / 1000) - 1) }],
  ])("refuses %s", async (_name, overrides) => {
    const token = await signRaw(claimsJson(overrides));
    const result = await validateAccessToken(token);
    expect(result.ok).toBe(false);
  });

  it("an exp of 1e400 is never memoised: the memo holds nothing past a sane bound", async () => {
    const memo = processMemo<unknown>("jwt-verified");
    const token = await signRaw(claimsJson({ exp: "1e400" }));
    expect(await validateAccessToken(token)).toMatchObject({ ok: false });
    expect(memo.get(token, Date.now())).toBeUndefined();
  });

  it("a good token is memoised no longer than its lifetime from iat", async () => {
    const memo = processMemo<unknown>("jwt-verified");
    const token = await ownToken();
    expect((await validateAccessToken(token)).ok).toBe(true);
    const afterLifetime = Date.now() + (config.jwt.accessTtlSeconds + 60) * 1000;
    expect(memo.get(token, afterLifetime)).toBeUndefined();
  });
});

describe("cache keys: two different tokens never share one memo entry", () => {
  it("a respelling of a memoised token is judged on its own and refused", async () => {
    const token = await ownToken();
    expect(await validateAccessToken(token)).toMatchObject({ ok: true, cached: false });
    expect(await validateAccessToken(token)).toMatchObject({ ok: true, cached: true });
    expect(await validateAccessToken(`${token}==`)).toMatchObject({ ok: false });
    expect(await validateAccessToken(` ${token}`)).toMatchObject({ ok: false });
  });

  it("a token for another user with the same jti and times is a different entry", async () => {
    const jti = JSON.stringify(crypto.randomUUID());
    const alice = await signRaw(claimsJson({ jti, sub: '"7"' }));
    const bob = await signRaw(claimsJson({ jti, sub: '"8"', role: '"admin"' }));
    const first = await validateAccessToken(alice);
    const second = await validateAccessToken(bob);
    expect(first).toMatchObject({ ok: true, claims: { sub: "7" } });
    expect(second).toMatchObject({ ok: true, cached: false, claims: { sub: "8" } });
  });
});

describe("format confusion", () => {
  it("refuses JSON serialization (flattened and general) where a compact token is expected", async () => {
    const { current } = await getSigningKeys();
    const flattened = await new FlattenedSign(encoder.encode(claimsJson()))
      .setProtectedHeader({ alg: current.alg, typ: ACCESS_TOKEN_TYPE, kid: current.kid })
      .sign(current.privateKey);
    const general = { payload: flattened.payload, signatures: [{ ...flattened }] };
    for (const variant of [JSON.stringify(flattened), JSON.stringify(general)]) {
      expect(await validateAccessToken(variant)).toMatchObject({
        ok: false,
        reason: "token_malformed",
      });
    }
  });

  it("refuses a JWE whose plaintext is another JWE, or is not a JWT at all", async () => {
    await updateJwtSettings({ encrypted: true });
    try {
      const inner = await ownToken();
      expect(inner.split(".")).toHaveLength(5);
      const twice = await new CompactEncrypt(encoder.encode(inner))
        .setProtectedHeader({ alg: "dir", enc: "A256GCM", cty: "JWT" })
        .encrypt(jweKey());
      expect(await validateAccessToken(twice)).toMatchObject({ ok: false });
      const notJwt = await new CompactEncrypt(encoder.encode(claimsJson()))
        .setProtectedHeader({ alg: "dir", enc: "A256GCM", cty: "JWT" })
        .encrypt(jweKey());
      expect(await validateAccessToken(notJwt)).toMatchObject({ ok: false });
      // The 2026 JWE-wrapped plain JWT: decrypting is not verifying, the inside must be signed.
      const none = base64(JSON.stringify({ alg: "none", typ: ACCESS_TOKEN_TYPE }));
      const plain = await new CompactEncrypt(encoder.encode(`${none}.${base64(claimsJson())}.`))
        .setProtectedHeader({ alg: "dir", enc: "A256GCM", cty: "JWT" })
        .encrypt(jweKey());
      expect(await validateAccessToken(plain)).toEqual({
        ok: false,
        reason: "ERR_JOSE_ALG_NOT_ALLOWED",
      });
    } finally {
      await updateJwtSettings({ encrypted: false });
    }
  });

  it("refuses a JWE header on a three-segment token, and a JWS header on a five-segment one", async () => {
    const token = await ownToken();
    const [, payload, signature] = token.split(".");
    const jweHeader = Buffer.from(JSON.stringify({ alg: "dir", enc: "A256GCM" })).toString(
      "base64url",
    );
    expect(await validateAccessToken(`${jweHeader}.${payload}.${signature}`)).toMatchObject({
      ok: false,
    });
    const [header] = token.split(".");
    expect(await validateAccessToken(`${header}..${payload}.${signature}.AAAA`)).toMatchObject({
      ok: false,
    });
  });

  it("refuses a token with no signature (an unsecured JWS with alg none or our alg)", async () => {
    const token = await ownToken();
    const [header, payload] = token.split(".");
    expect(await validateAccessToken(`${header}.${payload}.`)).toMatchObject({ ok: false });
    const none = Buffer.from(JSON.stringify({ alg: "none", typ: ACCESS_TOKEN_TYPE })).toString(
      "base64url",
    );
    expect(await validateAccessToken(`${none}.${payload}.`)).toEqual({
      ok: false,
      reason: "ERR_JOSE_ALG_NOT_ALLOWED",
    });
  });
});

describe("headers that try to bring their own key or rules", () => {
  it("an embedded jwk without alg is refused (no algorithm taken from the key)", async () => {
    const { privateKey, publicKey } = await generateKeyPair("EdDSA", { extractable: true });
    const jwk = await exportJWK(publicKey);
    const { current } = await getSigningKeys();
    const header = { typ: ACCESS_TOKEN_TYPE, kid: current.kid, jwk };
    const headerText = Buffer.from(JSON.stringify(header)).toString("base64url");
    const payloadText = Buffer.from(claimsJson()).toString("base64url");
    const signature = crypto
      .sign(null, Buffer.from(`${headerText}.${payloadText}`), await toNodeKey(privateKey))
      .toString("base64url");
    expect(await validateAccessToken(`${headerText}.${payloadText}.${signature}`)).toEqual({
      ok: false,
      reason: "ERR_JWS_INVALID",
    });
  });

  it("an embedded jwk with alg is ignored: the key comes from our set by kid", async () => {
    const { privateKey, publicKey } = await generateKeyPair("EdDSA", { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), alg: "EdDSA" };
    const { current } = await getSigningKeys();
    const token = await new CompactSign(encoder.encode(claimsJson()))
      .setProtectedHeader({ alg: "EdDSA", typ: ACCESS_TOKEN_TYPE, kid: current.kid, jwk })
      .sign(privateKey);
    expect(await validateAccessToken(token)).toEqual({
      ok: false,
      reason: "ERR_JWS_SIGNATURE_VERIFICATION_FAILED",
    });
  });

  it("an unknown crit parameter is refused, even on a token signed with our key", async () => {
    // jose will not even sign it: the bytes are signed by hand, with our own key.
    const { current, rows } = await getSigningKeys();
    const row = rows.find((r) => r.kid === current.kid)!;
    const key = crypto.createPrivateKey({
      key: unsealKeyMaterial(row.sealedPrivateJwk),
      format: "jwk",
    } as never);
    const signed = (header: Record<string, unknown>) => {
      const full = { alg: current.alg, typ: ACCESS_TOKEN_TYPE, kid: current.kid, ...header };
      const input = `${base64(JSON.stringify(full))}.${base64(claimsJson())}`;
      return `${input}.${crypto.sign(null, Buffer.from(input), key).toString("base64url")}`;
    };
    expect((await validateAccessToken(signed({}))).ok).toBe(true);
    const unknown = signed({ crit: ["urn:example:unknown"], "urn:example:unknown": 1 });
    expect(await validateAccessToken(unknown)).toEqual({
      ok: false,
      reason: "ERR_JOSE_NOT_SUPPORTED",
    });
    expect(await validateAccessToken(signed({ crit: [] }))).toMatchObject({ ok: false });
    expect(await validateAccessToken(signed({ crit: ["kid"] }))).toMatchObject({ ok: false });
  });
});

describe("size and shape, before any decoding, in bounded time", () => {
  it.each([
    ["thousands of dots", () => ".".repeat(5000)],
    ["a token of thousands of segments", () => Array(3000).fill("eyJ9").join(".")],
    ["megabytes of one segment", () => `eyJhbGciOiJFZERTQSJ9.${"A".repeat(4 * 1024 * 1024)}.AAAA`],
    ["megabytes of dots and letters", () => "a.".repeat(2 * 1024 * 1024)],
  ])("refuses %s at once", async (_name, make) => {
    const token = make();
    const started = performance.now();
    const result = await validateAccessToken(token);
    expect(result).toMatchObject({ ok: false });
    expect(["token_too_large", "token_malformed"]).toContain((result as { reason: string }).reason);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it("caps the length of an encrypted token too", async () => {
    const token = `${"A".repeat(20)}.${"".padEnd(4, "A")}.${"A".repeat(config.limits.maxJwtBytes)}.AAAA.AAAA`;
    expect(await validateAccessToken(token)).toEqual({ ok: false, reason: "token_too_large" });
  });
});

describe("JWE: the allow-list, and PBES2's iteration count", () => {
  it("refuses PBES2 with a huge p2c before deriving any key", async () => {
    const token = await ownToken();
    const pbes2 = await new CompactEncrypt(encoder.encode(token))
      .setProtectedHeader({ alg: "PBES2-HS256+A128KW", enc: "A256GCM", cty: "JWT" })
      .setKeyManagementParameters({ p2c: 1000, p2s: crypto.randomBytes(16) })
      .encrypt(encoder.encode("a password the attacker chose"));
    const [header, ...rest] = pbes2.split(".");
    const raised = { ...JSON.parse(Buffer.from(header!, "base64url").toString()), p2c: 2 ** 31 };
    const huge = [Buffer.from(JSON.stringify(raised)).toString("base64url"), ...rest].join(".");
    const started = performance.now();
    expect(await validateAccessToken(huge)).toEqual({
      ok: false,
      reason: "ERR_JOSE_ALG_NOT_ALLOWED",
    });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(decodeProtectedHeader(huge)).toMatchObject({ p2c: 2 ** 31 });
  });

  it.each([
    ["RSA-OAEP-256", "A256GCM"],
    ["ECDH-ES", "A256GCM"],
    ["dir", "A128CBC-HS256"],
  ])("refuses alg %s with enc %s (only dir + A256GCM)", async (alg, enc) => {
    const token = await ownToken();
    const [, ...rest] = (
      await new CompactEncrypt(encoder.encode(token))
        .setProtectedHeader({ alg: "dir", enc: "A256GCM", cty: "JWT" })
        .encrypt(jweKey())
    ).split(".");
    const header = Buffer.from(JSON.stringify({ alg, enc, cty: "JWT" })).toString("base64url");
    expect(await validateAccessToken([header, ...rest].join("."))).toMatchObject({ ok: false });
  });
});

/** A WebCrypto Ed25519 private key as a node KeyObject, to sign bytes jose would not. */
async function toNodeKey(key: CryptoKey): Promise<crypto.KeyObject> {
  return crypto.createPrivateKey({ key: await exportJWK(key), format: "jwk" } as never);
}

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
import { config } from "@/config";
import { jweKey, unsealKeyMaterial } from "@/lib/auth/jwt/key-material";
import { getSigningKeys } from "@/lib/auth/jwt/keys";
import { updateJwtSettings } from "@/lib/auth/jwt/settings";
import { base64, claimsJson, encoder, ownToken } from "@/lib/auth/jwt/test-tokens";
import { ACCESS_TOKEN_TYPE } from "@/lib/auth/jwt/tokens";
import { validateAccessToken } from "@/lib/auth/jwt/validation";

// The 2025–26 JWT attack classes (RFC 8725bis and that year's CVEs), each against the app's real
// verifier. Where jose already refuses, the test pins it, so an upgrade that stops refusing fails.

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

describe("the JWE path: its own header rules, one spelling", () => {
  /** A `dir` + A256GCM JWE made by hand, so its header may hold what jose would not write. */
  function handMadeJwe(header: Record<string, unknown>, plaintext: string): string {
    const protectedHeader = base64(JSON.stringify(header));
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv("aes-256-gcm", jweKey(), iv);
    cipher.setAAD(Buffer.from(protectedHeader, "ascii"));
    const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    const parts = [iv, body, cipher.getAuthTag()].map((part) => part.toString("base64url"));
    return [protectedHeader, "", ...parts].join(".");
  }

  it("a hand-made JWE around our own token passes; with an unknown crit it is refused", async () => {
    const inner = await ownToken();
    const header = { alg: "dir", enc: "A256GCM", cty: "JWT" };
    expect(await validateAccessToken(handMadeJwe(header, inner))).toMatchObject({
      ok: true,
      encrypted: true,
    });
    const critical = { ...header, crit: ["urn:example:unknown"], "urn:example:unknown": 1 };
    expect(await validateAccessToken(handMadeJwe(critical, inner))).toEqual({
      ok: false,
      reason: "ERR_JOSE_NOT_SUPPORTED",
    });
  });

  it("a padded or respelled segment of a valid JWE is refused before decrypting", async () => {
    const jwe = handMadeJwe({ alg: "dir", enc: "A256GCM", cty: "JWT" }, await ownToken());
    const parts = jwe.split(".");
    for (const at of [0, 2, 3, 4]) {
      const padded = parts.map((part, i) => (i === at ? `${part}=` : part)).join(".");
      expect(await validateAccessToken(padded), `segment ${at}`).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/^token_(not_canonical|malformed)$/),
      });
    }
    // The 16-byte tag is 22 characters: its last one carries 4 unused bits.
    const tag = parts[4]!;
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const twin = alphabet[alphabet.indexOf(tag.at(-1)!) + 1]!;
    const respelled = [...parts.slice(0, 4), `${tag.slice(0, -1)}${twin}`].join(".");
    expect(await validateAccessToken(respelled)).toEqual({
      ok: false,
      reason: "token_not_canonical",
    });
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

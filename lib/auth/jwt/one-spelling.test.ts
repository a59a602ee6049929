import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { config } from "@/config";
import { claimsJson, ownToken, signRaw } from "@/lib/auth/jwt/test-tokens";
import { validateAccessToken } from "@/lib/auth/jwt/validation";
import { processMemo } from "@/ground/memo";

// One token, one string: the real verifier accepts every segment in its one canonical base64url
// spelling only, every numeric claim as a finite integer in range, and memoises by that string.

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

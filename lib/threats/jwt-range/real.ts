import "server-only";
import { errors } from "jose";
import { config } from "@/config";
import { isBoundToKey } from "@/lib/auth/jwt/dpop-binding";
import { decryptToken } from "@/lib/auth/jwt/encryption";
import { verifySignedAccessToken } from "@/lib/auth/jwt/signature";
import { verifyPass } from "@/lib/pass/verify";
import {
  EMPTY_KID,
  getRangeKeys,
  RANGE_AUDIENCE,
  RANGE_ISSUER,
  RANGE_KID,
  SHORT_KID,
  WEAK_KID,
  type RangeKeys,
} from "@/lib/threats/jwt-range/keys";
import { readCompactToken } from "@/ground/compact-token";
import type { RangeTarget } from "@/lib/threats/jwt-range/mistakes";

/**
 * The range's real verifier: the app's own verification code (the JWT area's for access tokens,
 * the check-in desk's for passes), given the range's key set instead of the app's.
 */

export type RealVerdict =
  { accepted: true; claims: Record<string, unknown> } | { accepted: false; reason: string };

/**
 * A JWE (five segments) goes through the app's own decryption rule: one algorithm pair, `dir`
 * with a key only the server holds — so a JWE encrypted to anyone's public key is refused before
 * any key is used. The range holds no such key, so no JWE of the range ever gets through.
 */
async function unwrap(
  token: string,
): Promise<{ ok: true; token: string } | { ok: false; reason: string }> {
  if (token.split(".").length !== 5) return { ok: true, token };
  try {
    return { ok: true, token: await decryptToken(token) };
  } catch (error) {
    return {
      ok: false,
      reason: error instanceof errors.JOSEError ? error.code : "ERR_JWE_INVALID",
    };
  }
}

/** What the app's verification says about `token`, checked as `target`, with the range's keys. */
export async function realVerify(
  token: string,
  target: RangeTarget,
  now = Date.now(),
): Promise<RealVerdict> {
  // The app's first look (ground/compact-token.ts): size, segments, one spelling.
  const shape = readCompactToken(token, {
    kinds: ["jws", "jwe"],
    maxBytes: config.limits.maxJwtBytes,
  });
  if (!shape.ok) return { accepted: false, reason: shape.reason };
  const signed = await unwrap(token);
  if (!signed.ok) return { accepted: false, reason: signed.reason };
  if (target === "access") return verifyAccess(signed.token, now);
  // The check-in desk's own code, which knows one issuer, the app's: a range pass, issued by the
  // range, never gets past it — the range keeps its passes only as the wrong kind of token.
  const keys = await getRangeKeys();
  const pass = await verifyPass(signed.token, { keys: [keys.signing.publicJwk] }, now);
  return pass.ok
    ? { accepted: true, claims: { ...pass.claims } }
    : { accepted: false, reason: pass.reason };
}

/**
 * The range's key set as the app's verifier sees it: by kid, each key with its one algorithm —
 * the signing key, and the naive server's HMAC keys, which the app's verifier refuses to use
 * (too weak to prove anything: a dictionary word, an empty key, one byte).
 */
function rangeKeySet(
  keys: RangeKeys,
): Record<string, { alg: string; key: CryptoKey | Uint8Array }> {
  const encoder = new TextEncoder();
  return {
    [RANGE_KID]: { alg: "EdDSA", key: keys.signing.publicKey },
    [WEAK_KID]: { alg: "HS256", key: encoder.encode(keys.weakSecret) },
    [EMPTY_KID]: { alg: "HS256", key: new Uint8Array(0) },
    [SHORT_KID]: { alg: "HS256", key: keys.shortKey },
  };
}

async function verifyAccess(token: string, now: number): Promise<RealVerdict> {
  const keySet = rangeKeySet(await getRangeKeys());
  const verified = await verifySignedAccessToken(
    token,
    {
      resolveKey: (header) => {
        // The app's rule (lib/auth/jwt/keys.ts): our own set, by kid, one algorithm per key.
        const entry = Object.hasOwn(keySet, header.kid ?? "") ? keySet[header.kid!] : undefined;
        if (entry === undefined) throw new errors.JWKSNoMatchingKey();
        if (header.alg !== entry.alg) throw new errors.JOSEAlgNotAllowed();
        return entry.key;
      },
      algorithms: ["EdDSA", "HS256"],
      issuer: RANGE_ISSUER,
      audience: RANGE_AUDIENCE,
    },
    now,
  );
  if (!verified.ok) return { accepted: false, reason: verified.reason };
  // The range's tokens arrive as Bearer tokens: a bound one, without a proof, is refused (the
  // JWT area's own rule, lib/auth/check/jwt.ts).
  if (isBoundToKey(verified.claims)) return { accepted: false, reason: "dpop_bound_token" };
  return { accepted: true, claims: { ...verified.claims } };
}

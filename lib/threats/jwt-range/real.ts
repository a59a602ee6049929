import "server-only";
import { decodeProtectedHeader, errors, type JWTHeaderParameters } from "jose";
import { config } from "@/lib/config";
import { isBoundToKey } from "@/lib/auth/jwt/dpop";
import { verifySignedAccessToken } from "@/lib/auth/jwt/verify-signed";
import { verifyPass } from "@/lib/pass/verify";
import { getRangeKeys, RANGE_AUDIENCE, RANGE_KID, WEAK_KID } from "@/lib/threats/jwt-range/keys";
import type { RangeTarget } from "@/lib/threats/jwt-range/naive";

/**
 * The range's real verifier: the app's own verification code (the JWT area's for access tokens,
 * the check-in desk's for passes), given the range's key set instead of the app's.
 */

export type RealVerdict =
  { accepted: true; claims: Record<string, unknown> } | { accepted: false; reason: string };

/** The token's `kid`, when its header decodes. */
function kidOf(token: string): string | undefined {
  try {
    return (decodeProtectedHeader(token) as JWTHeaderParameters).kid;
  } catch {
    return undefined;
  }
}

/** What the app's verification says about `token`, checked as `target`, with the range's keys. */
export async function realVerify(
  token: string,
  target: RangeTarget,
  now = Date.now(),
): Promise<RealVerdict> {
  if (token.length > config.limits.maxJwtBytes)
    return { accepted: false, reason: "token_too_large" };
  // The weak secret is not a key the app would ever hold: start-up refuses it (lib/secrets.ts).
  if (kidOf(token) === WEAK_KID) return { accepted: false, reason: "secret_too_weak" };
  const keys = await getRangeKeys();
  if (target === "pass") {
    const pass = await verifyPass(token, { keys: [keys.signing.publicJwk] }, now);
    return pass.ok
      ? { accepted: true, claims: { ...pass.claims } }
      : { accepted: false, reason: pass.reason };
  }
  const verified = await verifySignedAccessToken(
    token,
    {
      resolveKey: (header) => {
        // The app's rule (lib/auth/jwt/keys.ts): our own set, by kid, one algorithm per key.
        if (header.kid !== RANGE_KID) throw new errors.JWKSNoMatchingKey();
        if (header.alg !== "EdDSA") throw new errors.JOSEAlgNotAllowed();
        return keys.signing.publicKey;
      },
      algorithms: ["EdDSA"],
      issuer: config.jwt.issuer,
      audience: RANGE_AUDIENCE,
    },
    now,
  );
  if (!verified.ok) return { accepted: false, reason: verified.reason };
  // The range's tokens arrive as Bearer tokens: a bound one, without a proof, is refused (the
  // JWT area's own rule, lib/auth/check.ts).
  if (isBoundToKey(verified.claims)) return { accepted: false, reason: "dpop_bound_token" };
  return { accepted: true, claims: { ...verified.claims } };
}

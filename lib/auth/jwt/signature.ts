import "server-only";
import { errors, jwtVerify, type JWTHeaderParameters, type JWTVerifyGetKey } from "jose";
import { config } from "@/config";
import { readCompactToken } from "@/ground/compact-token";
import {
  accessTokenTimeRules,
  isAccessTokenClaims,
  type TimeRules,
} from "@/lib/auth/jwt/claim-rules";
import { isStrongVerificationKey } from "@/lib/auth/jwt/key-strength";
import {
  ACCESS_TOKEN_TYPE,
  type AccessTokenFailure,
  type VerifiedAccessToken,
} from "@/lib/auth/jwt/tokens";

/**
 * The one verification of a signed access token (RFC 8725): the JWT area runs it with the app's
 * key set, the attack range (/threats/jwt) with its own toy keys — so the range's "real verifier"
 * is this code, not a copy of it. Only the keys, algorithms and audience differ.
 */

export interface AccessTokenVerifier {
  /** Finds the key by `kid` in the verifier's own set, and pins that key's one algorithm. */
  resolveKey: JWTVerifyGetKey;
  algorithms: string[];
  issuer: string;
  audience: string;
}

/** Thrown by the key lookup when the verifier's own key is too weak to prove anything. */
class WeakKeyError extends Error {}

/**
 * The verifier's key lookup, refusing a symmetric key under 256 bits: with an empty or one-byte
 * HMAC secret anyone can sign, so such a key verifies nothing — whoever's key set holds it.
 */
function strongKeysOnly(resolveKey: JWTVerifyGetKey): JWTVerifyGetKey {
  return async (header, token) => {
    const key = await resolveKey(header, token);
    if (!isStrongVerificationKey(key)) throw new WeakKeyError();
    return key;
  };
}

/**
 * Verifies signature, header and claims: first the compact token's shape (size, three canonical
 * base64url segments — ground/compact-token.ts), before any decoding. Never throws: a failure
 * is jose's code or ours.
 */
export async function verifySignedAccessToken(
  signed: string,
  verifier: AccessTokenVerifier,
  now: number,
  given?: TimeRules,
): Promise<
  | ({ ok: true } & Omit<VerifiedAccessToken, "encrypted">)
  | { ok: false; reason: AccessTokenFailure }
> {
  const shape = readCompactToken(signed, { kinds: ["jws"], maxBytes: config.limits.maxJwtBytes });
  if (!shape.ok) return { ok: false, reason: shape.reason };
  const timeRules = given ?? (await accessTokenTimeRules());
  try {
    const { payload, protectedHeader } = await jwtVerify(
      signed,
      strongKeysOnly(verifier.resolveKey),
      {
        algorithms: verifier.algorithms,
        issuer: verifier.issuer,
        audience: verifier.audience,
        typ: ACCESS_TOKEN_TYPE,
        requiredClaims: ["iss", "aud", "sub", "iat", "exp", "jti"],
        ...timeRules,
        currentDate: new Date(now),
      },
    );
    if (!isAccessTokenClaims(payload)) return { ok: false, reason: "claims_invalid" };
    return { ok: true, header: protectedHeader as JWTHeaderParameters, claims: payload };
  } catch (error) {
    if (error instanceof WeakKeyError) return { ok: false, reason: "key_too_weak" };
    return {
      ok: false,
      reason: error instanceof errors.JOSEError ? error.code : "ERR_JWT_INVALID",
    };
  }
}

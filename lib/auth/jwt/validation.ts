import "server-only";
import { errors } from "jose";
import { config } from "@/config";
import type {
  AccessTokenClaims,
  AccessTokenFailure,
  AccessTokenValidation,
  VerifiedAccessToken,
} from "@/lib/auth/jwt/tokens";
import {
  accessTokenTimeRules,
  isOfThisLab,
  timeRuleBroken,
  type TimeRules,
} from "@/lib/auth/jwt/claim-rules";
import { decryptToken } from "@/lib/auth/jwt/encryption";
import { getJwtSettings } from "@/lib/auth/jwt/settings";
import { isVerifyingKid, resolveVerificationKey, verifyingAlgorithms } from "@/lib/auth/jwt/keys";
import { verifySignedAccessToken } from "@/lib/auth/jwt/signature";
import { readCompactToken } from "@/ground/compact-token";
import { processMemo } from "@/ground/memo";
import type { PublicUser } from "@/lib/users/public-user";

/**
 * Checking a JWT: the signature and every claim, without the database. Mirror of
 * lib/auth/session/validation.ts. The steps each have their own file beside this one: opening a
 * JWE (./encryption.ts), verifying the signed token (./signature.ts, which the attack range runs
 * too), and the claim rules both apply (./claim-rules.ts); here they are put together with the
 * app's own key set and a memo.
 */

const verifiedMemo = processMemo<VerifiedAccessToken>("jwt-verified");

/**
 * Verifies an access token with every check RFC 8725 asks for: one pinned algorithm, a key found
 * by `kid` in our own set, `typ`, `iss`, `aud`, required claims, maximum age and a small clock
 * tolerance. A successful verification is memoised per exact token string until its `exp`, so the
 * proxy pays for the signature check and the DAL reuses it. Never throws: any failure, whatever
 * the bytes, is a reason code.
 */
export async function validateAccessToken(
  token: string,
  now = Date.now(),
): Promise<AccessTokenValidation> {
  // The shape first (cheap, and the memo's key must be the token's one spelling).
  const shape = readAccessTokenShape(token);
  if (!shape.ok) return shape;
  const memoised = verifiedMemo.get(token, now);
  // A memoised result stands only while every rule that can change since still holds: the key
  // still verifies (retiring one, C24, kills its tokens at once) and the time rules, judged now
  // under the current settings (an admin may have shortened the lifetime).
  if (memoised !== undefined && (await isVerifyingKid(memoised.header.kid))) {
    if (!isOfThisLab(memoised.claims)) return { ok: false, reason: "wrong_lab" };
    const late = await timeRuleBroken(memoised.claims, now);
    return late === null ? { ok: true, cached: true, ...memoised } : { ok: false, reason: late };
  }
  const result = await verifyAccessToken(token, now, await accessTokenTimeRules());
  if (!result.ok) return result;
  const { header, claims, encrypted } = result;
  verifiedMemo.set(token, { header, claims, encrypted }, await memoisedUntil(claims));
  return { ...result, cached: false };
}

/** Until when a verdict may be memoised: no later than either time rule ends the token. */
async function memoisedUntil(claims: AccessTokenClaims): Promise<number> {
  const lifetimeEnd = claims.iat + (await getJwtSettings()).accessTtlSeconds;
  return (Math.min(claims.exp, lifetimeEnd) + config.jwt.clockToleranceSeconds) * 1000;
}

/** An access token's compact shape: a JWS, or a JWE around one, canonical, within the cap. */
function readAccessTokenShape(
  token: string,
): { ok: true } | { ok: false; reason: AccessTokenFailure } {
  const shape = readCompactToken(token, {
    kinds: ["jws", "jwe"],
    maxBytes: config.limits.maxJwtBytes,
  });
  return shape.ok ? { ok: true } : shape;
}

/**
 * For logout only: an access token this server signed, valid or expired by no more than
 * `config.jwt.logoutGraceSeconds` (a client whose token ran out a moment ago can still end its
 * login with it; a copy stolen long ago cannot end anyone's). Every other rule holds, and the
 * caller still checks a bound token's proof (checkTokenBinding). It can only end things: nothing
 * is ever granted on this answer. Judged on the real clock: the bound is about real theft.
 */
export async function validateAccessTokenForLogout(
  token: string,
  now = Date.now(),
): Promise<AccessTokenValidation> {
  const shape = readAccessTokenShape(token);
  if (!shape.ok) return shape;
  const { maxTokenAge, clockTolerance } = await accessTokenTimeRules();
  const result = await verifyAccessToken(token, now, {
    maxTokenAge,
    clockTolerance: clockTolerance + config.jwt.logoutGraceSeconds,
  });
  return result.ok ? { ...result, cached: false } : result;
}

/** The signature, header and claims checks, with the time rules the caller asks for. */
async function verifyAccessToken(
  token: string,
  now: number,
  timeRules: TimeRules,
): Promise<({ ok: true } & VerifiedAccessToken) | { ok: false; reason: AccessTokenFailure }> {
  // Both callers judged the shape first: five canonical segments are a JWE, three a JWS.
  const encrypted = token.split(".").length === 5;
  let signed = token;
  try {
    if (encrypted) signed = await decryptToken(token);
  } catch (error) {
    return {
      ok: false,
      reason: error instanceof errors.JOSEError ? error.code : "ERR_JWT_INVALID",
    };
  }
  const verifier = {
    resolveKey: resolveVerificationKey,
    algorithms: await verifyingAlgorithms(),
    issuer: config.jwt.issuer,
    audience: config.jwt.audience,
  };
  const result = await verifySignedAccessToken(signed, verifier, now, timeRules);
  if (result.ok && !isOfThisLab(result.claims)) return { ok: false, reason: "wrong_lab" };
  return result.ok ? { ...result, encrypted } : result;
}

/** What a JWT says about its user: only what was signed into it, as of when it was issued. */
export function userFromClaims(
  claims: AccessTokenClaims,
): Pick<PublicUser, "id" | "displayName" | "role"> {
  return { id: Number(claims.sub), displayName: claims.name, role: claims.role };
}

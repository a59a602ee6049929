import "server-only";
import crypto from "node:crypto";
import {
  CompactEncrypt,
  compactDecrypt,
  errors,
  jwtVerify,
  SignJWT,
  type JWTHeaderParameters,
} from "jose";
import { findTokenVersion } from "@/db/queries/jwt";
import { config } from "@/lib/config";
import { getJwtSettings } from "@/lib/auth/jwt/settings";
import { jweKey } from "@/lib/auth/jwt/key-material";
import {
  getSigningKeys,
  isVerifyingKid,
  resolveVerificationKey,
  verifyingAlgorithms,
} from "@/lib/auth/jwt/keys";
import { processMemo } from "@/lib/server/memo";
import type { PublicUser } from "@/lib/users";
import { USER_ROLES } from "@/db/schema";

/**
 * JWT authentication: the server signs the claims and keeps nothing; any holder of the token is
 * the user until `exp`. Mirror of lib/auth/session.ts — same verbs, different mechanism.
 */

export const ACCESS_TOKEN_TYPE = "at+jwt"; // RFC 9068: distinguishes access tokens from others

export interface AccessTokenClaims {
  iss: string;
  aud: string;
  sub: string;
  name: string;
  role: PublicUser["role"];
  iat: number;
  exp: number;
  jti: string;
  /** The user's token version at issue (compared under the token-version strategy, C23). */
  ver: number;
  /** The refresh-token family this token was issued with (logout ends the family). */
  fid?: string;
}

export interface VerifiedAccessToken {
  header: JWTHeaderParameters;
  claims: AccessTokenClaims;
  /** Whether it arrived as a JWE (five segments) and was decrypted first (C28). */
  encrypted: boolean;
}

/** jose's own error codes (ERR_JWT_EXPIRED, …) pass through unchanged; ours are lower-case. */
export type AccessTokenFailure = "token_too_large" | "claims_invalid" | (string & {});

export type AccessTokenValidation =
  ({ ok: true; cached: boolean } & VerifiedAccessToken) | { ok: false; reason: AccessTokenFailure };

/** Signs an access token for a user: the claims are the whole state, nothing is stored. */
export async function createAccessToken(
  user: Pick<PublicUser, "id" | "displayName" | "role">,
  now = Date.now(),
  // Extra claims chosen by the user (C26, C35; the registered ones always win), and an `exp` to
  // keep when a token is re-issued, so re-issuing never extends a token's life.
  {
    custom = {},
    exp,
    familyId,
  }: { custom?: Record<string, string>; exp?: number; familyId?: string } = {},
): Promise<{ token: string; claims: AccessTokenClaims }> {
  const { current } = await getSigningKeys();
  const settings = getJwtSettings();
  const iat = Math.floor(now / 1000);
  const claims: AccessTokenClaims = {
    iss: config.jwt.issuer,
    aud: config.jwt.audience,
    sub: String(user.id),
    name: user.displayName,
    role: user.role,
    iat,
    exp: exp ?? iat + settings.accessTtlSeconds,
    jti: crypto.randomUUID(),
    ver: findTokenVersion(user.id) ?? 0,
    ...(familyId === undefined ? {} : { fid: familyId }),
  };
  const { name, role, ver, fid } = claims;
  const signed = await new SignJWT({ ...custom, name, role, ver, ...(fid ? { fid } : {}) })
    .setProtectedHeader({ alg: current.alg, typ: ACCESS_TOKEN_TYPE, kid: current.kid })
    .setIssuer(claims.iss)
    .setAudience(claims.aud)
    .setSubject(claims.sub)
    .setIssuedAt(claims.iat)
    .setExpirationTime(claims.exp)
    .setJti(claims.jti)
    .sign(current.privateKey);
  const token = settings.encrypted ? await encryptToken(signed) : signed;
  return { token, claims: { ...custom, ...claims } };
}

// JWE (C28): the signed token, encrypted whole — nested, so the signature still proves who issued
// it. `dir` + A256GCM with a server-held key: one algorithm pair, allow-listed on the way in, and
// no compression: jose inflates `zip: "DEF"` unless told not to (0), and compressing before
// encrypting can leak the plaintext through the length (and inflating costs the server).
const JWE_OPTIONS = {
  keyManagementAlgorithms: ["dir"],
  contentEncryptionAlgorithms: ["A256GCM"],
  maxDecompressedLength: 0,
};

async function encryptToken(signed: string): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode(signed))
    .setProtectedHeader({ alg: "dir", enc: "A256GCM", cty: "JWT" })
    .encrypt(jweKey());
}

async function decryptToken(token: string): Promise<string> {
  const { plaintext, protectedHeader } = await compactDecrypt(token, jweKey(), JWE_OPTIONS);
  if (protectedHeader.cty !== "JWT") throw new errors.JWEInvalid("Not a nested JWT");
  return new TextDecoder().decode(plaintext);
}

function isAccessTokenClaims(
  payload: Record<string, unknown>,
): payload is AccessTokenClaims & Record<string, unknown> {
  return (
    typeof payload.sub === "string" &&
    /^[1-9][0-9]{0,15}$/.test(payload.sub) &&
    typeof payload.name === "string" &&
    USER_ROLES.includes(payload.role as PublicUser["role"]) &&
    typeof payload.jti === "string" &&
    Number.isInteger(payload.ver) &&
    (payload.fid === undefined || typeof payload.fid === "string")
  );
}

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
  if (token.length > config.limits.maxJwtBytes) return { ok: false, reason: "token_too_large" };
  const memoised = verifiedMemo.get(token, now);
  // A memoised result stands only while every rule that can change since still holds: the key
  // still verifies (retiring one, C24, kills its tokens at once) and the time rules, judged now
  // under the current settings (an admin may have shortened the lifetime).
  if (memoised !== undefined && (await isVerifyingKid(memoised.header.kid))) {
    const late = timeRuleBroken(memoised.claims, now);
    return late === null ? { ok: true, cached: true, ...memoised } : { ok: false, reason: late };
  }
  const result = await verifyAccessToken(token, now, {
    maxTokenAge: getJwtSettings().accessTtlSeconds,
    clockTolerance: config.jwt.clockToleranceSeconds,
  });
  if (!result.ok) return result;
  const { header, claims, encrypted } = result;
  verifiedMemo.set(
    token,
    { header, claims, encrypted },
    (claims.exp + config.jwt.clockToleranceSeconds) * 1000,
  );
  return { ...result, cached: false };
}

/**
 * For logout only: an access token this server signed, *expired or not* (up to the refresh
 * family's lifetime), so that logging out ends the login it came from whatever state the token is
 * in. It can only end things: nothing is ever granted on this answer.
 */
export async function validateAccessTokenForLogout(
  token: string,
  now = Date.now(),
): Promise<AccessTokenValidation> {
  if (token.length > config.limits.maxJwtBytes) return { ok: false, reason: "token_too_large" };
  const result = await verifyAccessToken(token, now, {
    clockTolerance: config.jwt.refreshAbsoluteTtlSeconds,
  });
  return result.ok ? { ...result, cached: false } : result;
}

/** The signature, header and claims checks, with the time rules the caller asks for. */
async function verifyAccessToken(
  token: string,
  now: number,
  timeRules: { maxTokenAge?: number; clockTolerance: number },
): Promise<({ ok: true } & VerifiedAccessToken) | { ok: false; reason: AccessTokenFailure }> {
  try {
    const encrypted = token.split(".").length === 5;
    const signed = encrypted ? await decryptToken(token) : token;
    const { payload, protectedHeader } = await jwtVerify(signed, resolveVerificationKey, {
      algorithms: await verifyingAlgorithms(),
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      typ: ACCESS_TOKEN_TYPE,
      requiredClaims: ["iss", "aud", "sub", "iat", "exp", "jti"],
      ...timeRules,
      currentDate: new Date(now),
    });
    if (!isAccessTokenClaims(payload)) return { ok: false, reason: "claims_invalid" };
    return { ok: true, header: protectedHeader, claims: payload, encrypted };
  } catch (error) {
    return {
      ok: false,
      reason: error instanceof errors.JOSEError ? error.code : "ERR_JWT_INVALID",
    };
  }
}

/**
 * The time rules jose applied at verification (`exp`, `maxTokenAge` from `iat`), re-applied to a
 * memoised token with the settings in force now. Null when they hold; jose's code when not.
 */
function timeRuleBroken(claims: AccessTokenClaims, now: number): string | null {
  const at = Math.floor(now / 1000);
  const tolerance = config.jwt.clockToleranceSeconds;
  if (at - tolerance >= claims.exp) return "ERR_JWT_EXPIRED";
  if (at - claims.iat - tolerance > getJwtSettings().accessTtlSeconds) return "ERR_JWT_EXPIRED";
  if (claims.iat - tolerance > at) return "ERR_JWT_CLAIM_VALIDATION_FAILED";
  return null;
}

/** What a JWT says about its user: only what was signed into it, as of when it was issued. */
export function userFromClaims(
  claims: AccessTokenClaims,
): Pick<PublicUser, "id" | "displayName" | "role"> {
  return { id: Number(claims.sub), displayName: claims.name, role: claims.role };
}

import "server-only";
import crypto from "node:crypto";
import { errors, jwtVerify, SignJWT, type JWTHeaderParameters } from "jose";
import { config } from "@/lib/config";
import { getSigningKeys, resolveVerificationKey } from "@/lib/auth/keys";
import { processMemo } from "@/lib/auth/memo";
import type { PublicUser } from "@/lib/users";

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
}

export interface VerifiedAccessToken {
  header: JWTHeaderParameters;
  claims: AccessTokenClaims;
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
  { custom = {}, exp }: { custom?: Record<string, string>; exp?: number } = {},
): Promise<{ token: string; claims: AccessTokenClaims }> {
  const { current } = await getSigningKeys();
  const iat = Math.floor(now / 1000);
  const claims: AccessTokenClaims = {
    iss: config.jwt.issuer,
    aud: config.jwt.audience,
    sub: String(user.id),
    name: user.displayName,
    role: user.role,
    iat,
    exp: exp ?? iat + config.jwt.accessTtlSeconds,
    jti: crypto.randomUUID(),
  };
  const token = await new SignJWT({ ...custom, name: claims.name, role: claims.role })
    .setProtectedHeader({ alg: current.alg, typ: ACCESS_TOKEN_TYPE, kid: current.kid })
    .setIssuer(claims.iss)
    .setAudience(claims.aud)
    .setSubject(claims.sub)
    .setIssuedAt(claims.iat)
    .setExpirationTime(claims.exp)
    .setJti(claims.jti)
    .sign(current.privateKey);
  return { token, claims: { ...custom, ...claims } };
}

function isAccessTokenClaims(
  payload: Record<string, unknown>,
): payload is AccessTokenClaims & Record<string, unknown> {
  return (
    typeof payload.sub === "string" &&
    /^[1-9][0-9]{0,15}$/.test(payload.sub) &&
    typeof payload.name === "string" &&
    (payload.role === "user" || payload.role === "admin") &&
    typeof payload.jti === "string"
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
  if (memoised !== undefined) return { ok: true, cached: true, ...memoised };
  try {
    const { payload, protectedHeader } = await jwtVerify(token, resolveVerificationKey, {
      algorithms: [config.jwt.algorithm],
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      typ: ACCESS_TOKEN_TYPE,
      requiredClaims: ["iss", "aud", "sub", "iat", "exp", "jti"],
      maxTokenAge: config.jwt.accessTtlSeconds,
      clockTolerance: config.jwt.clockToleranceSeconds,
      currentDate: new Date(now),
    });
    if (!isAccessTokenClaims(payload)) return { ok: false, reason: "claims_invalid" };
    const verified = { header: protectedHeader, claims: payload };
    verifiedMemo.set(token, verified, (payload.exp + config.jwt.clockToleranceSeconds) * 1000);
    return { ok: true, cached: false, ...verified };
  } catch (error) {
    return {
      ok: false,
      reason: error instanceof errors.JOSEError ? error.code : "ERR_JWT_INVALID",
    };
  }
}

/** What a JWT says about its user: only what was signed into it, as of when it was issued. */
export function userFromClaims(
  claims: AccessTokenClaims,
): Pick<PublicUser, "id" | "displayName" | "role"> {
  return { id: Number(claims.sub), displayName: claims.name, role: claims.role };
}

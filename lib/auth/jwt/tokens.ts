import "server-only";
import crypto from "node:crypto";
import { SignJWT, type JWTHeaderParameters } from "jose";
import { findTokenVersion } from "@/db/queries/jwt";
import { config } from "@/config";
import { getJwtSettings } from "@/lib/auth/jwt/settings";
import { encryptToken } from "@/lib/auth/jwt/encryption";
import { getSigningKeys } from "@/lib/auth/jwt/keys";
import type { CompactShapeFailure } from "@/ground/compact-token";
import { currentLab, SHARED_LAB } from "@/ground/context";
import type { PublicUser } from "@/lib/users/public-user";

/**
 * The JWT credential: the server signs the claims and keeps nothing; any holder of the token is
 * the user until `exp`. Mirror of lib/auth/session/tokens.ts; checking it is ./validation.ts,
 * ending it ./revocation.ts.
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
  /** When the user last typed their password for this login (OIDC's claim; step-up reads it). */
  auth_time?: number;
  /** A DPoP-bound token: the thumbprint of the only key whose proofs it travels with (RFC 9449). */
  cnf?: { jkt: string };
  /**
   * The visitor's lab that issued it (lib/visitor-labs); absent in the shared world. The verifier
   * accepts a token only in its own lab (./claim-rules.ts), whatever key it names.
   */
  lab?: string;
}

export interface VerifiedAccessToken {
  header: JWTHeaderParameters;
  claims: AccessTokenClaims;
  /** Whether it arrived as a JWE (five segments) and was decrypted first (C28). */
  encrypted: boolean;
}

/** jose's own error codes (ERR_JWT_EXPIRED, …) pass through unchanged; ours are lower-case. */
export type AccessTokenFailure =
  CompactShapeFailure | "claims_invalid" | "key_too_weak" | (string & {});

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
    authTime,
    jkt,
  }: {
    custom?: Record<string, string>;
    exp?: number;
    familyId?: string;
    /** Epoch ms of the password check this login began with (a refresh keeps it). */
    authTime?: number;
    /** Binds the token to a DPoP key (`cnf.jkt`). */
    jkt?: string;
  } = {},
): Promise<{ token: string; claims: AccessTokenClaims }> {
  const { current } = await getSigningKeys();
  const settings = await getJwtSettings();
  const iat = Math.floor(now / 1000);
  const lab = currentLab();
  const claims: AccessTokenClaims = {
    iss: config.jwt.issuer,
    aud: config.jwt.audience,
    sub: String(user.id),
    name: user.displayName,
    role: user.role,
    iat,
    exp: exp ?? iat + settings.accessTtlSeconds,
    jti: crypto.randomUUID(),
    ver: (await findTokenVersion(user.id)) ?? 0,
    ...(familyId === undefined ? {} : { fid: familyId }),
    ...(authTime === undefined ? {} : { auth_time: Math.floor(authTime / 1000) }),
    ...(jkt === undefined ? {} : { cnf: { jkt } }),
    ...(lab === SHARED_LAB ? {} : { lab }),
  };
  const { name, role, ver, fid, auth_time, cnf } = claims;
  const signed = await new SignJWT({
    ...custom,
    name,
    role,
    ver,
    ...(fid ? { fid } : {}),
    ...(auth_time === undefined ? {} : { auth_time }),
    ...(cnf ? { cnf } : {}),
    ...(claims.lab === undefined ? {} : { lab: claims.lab }),
  })
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

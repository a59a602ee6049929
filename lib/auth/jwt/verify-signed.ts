import "server-only";
import { errors, jwtVerify, type JWTHeaderParameters, type JWTVerifyGetKey } from "jose";
import { USER_ROLES } from "@/db/schema";
import { config } from "@/lib/config";
import { getJwtSettings } from "@/lib/auth/jwt/settings";
import {
  ACCESS_TOKEN_TYPE,
  type AccessTokenClaims,
  type AccessTokenFailure,
  type VerifiedAccessToken,
} from "@/lib/auth/jwt/tokens";
import type { PublicUser } from "@/lib/users";

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
    (payload.fid === undefined || typeof payload.fid === "string") &&
    (payload.auth_time === undefined || Number.isInteger(payload.auth_time)) &&
    (payload.cnf === undefined || isConfirmation(payload.cnf))
  );
}

/** `cnf` as this server writes it: one SHA-256 JWK thumbprint (43 base64url characters). */
function isConfirmation(cnf: unknown): boolean {
  if (typeof cnf !== "object" || cnf === null) return false;
  const { jkt } = cnf as { jkt?: unknown };
  return typeof jkt === "string" && /^[\w-]{43}$/.test(jkt);
}

export interface TimeRules {
  maxTokenAge?: number;
  clockTolerance: number;
}

/** An access token's time rules as the settings say now: its lifetime from `iat`, a small skew. */
export function accessTokenTimeRules(): TimeRules {
  return {
    maxTokenAge: getJwtSettings().accessTtlSeconds,
    clockTolerance: config.jwt.clockToleranceSeconds,
  };
}

/** Verifies signature, header and claims. Never throws: a failure is jose's code or ours. */
export async function verifySignedAccessToken(
  signed: string,
  verifier: AccessTokenVerifier,
  now: number,
  timeRules: TimeRules = accessTokenTimeRules(),
): Promise<
  | ({ ok: true } & Omit<VerifiedAccessToken, "encrypted">)
  | { ok: false; reason: AccessTokenFailure }
> {
  try {
    const { payload, protectedHeader } = await jwtVerify(signed, verifier.resolveKey, {
      algorithms: verifier.algorithms,
      issuer: verifier.issuer,
      audience: verifier.audience,
      typ: ACCESS_TOKEN_TYPE,
      requiredClaims: ["iss", "aud", "sub", "iat", "exp", "jti"],
      ...timeRules,
      currentDate: new Date(now),
    });
    if (!isAccessTokenClaims(payload)) return { ok: false, reason: "claims_invalid" };
    return { ok: true, header: protectedHeader as JWTHeaderParameters, claims: payload };
  } catch (error) {
    return {
      ok: false,
      reason: error instanceof errors.JOSEError ? error.code : "ERR_JWT_INVALID",
    };
  }
}

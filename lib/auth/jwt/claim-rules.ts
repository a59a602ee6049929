import "server-only";
import { USER_ROLES } from "@/db/schema";
import { config } from "@/config";
import { currentLab, SHARED_LAB } from "@/ground/context";
import { haveSaneTimeClaims, isCounter, isNumericDate } from "@/ground/numeric-date";
import { getJwtSettings } from "@/lib/auth/jwt/settings";
import type { AccessTokenClaims } from "@/lib/auth/jwt/tokens";
import type { PublicUser } from "@/lib/users/public-user";

/**
 * What an access token's claims must be to count: their shape as this server writes them, and
 * the time rules. jose applies the time rules at verification (./signature.ts); a memoised verdict
 * has them applied again with the settings in force now (./validation.ts) — one definition for
 * both, so the two can never judge a token differently.
 */

/** The claims as this server writes them, whatever else a token carries. */
export function isAccessTokenClaims(
  payload: Record<string, unknown>,
): payload is AccessTokenClaims & Record<string, unknown> {
  return (
    typeof payload.sub === "string" &&
    /^[1-9][0-9]{0,15}$/.test(payload.sub) &&
    typeof payload.name === "string" &&
    USER_ROLES.includes(payload.role as PublicUser["role"]) &&
    typeof payload.jti === "string" &&
    isCounter(payload.ver) &&
    isNumericDate(payload.iat) &&
    isNumericDate(payload.exp) &&
    haveSaneTimeClaims(payload) &&
    (payload.fid === undefined || typeof payload.fid === "string") &&
    (payload.cnf === undefined || isConfirmation(payload.cnf)) &&
    (payload.lab === undefined || (typeof payload.lab === "string" && payload.lab !== SHARED_LAB))
  );
}

/**
 * Whether a token was issued in the lab this request works in (lib/visitor-labs): the key set is
 * the lab's already, and this says it again in the claims, after the memo too — one lab's token is
 * never accepted in another, whichever key it names.
 */
export function isOfThisLab(claims: AccessTokenClaims): boolean {
  return (claims.lab ?? SHARED_LAB) === currentLab();
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
export async function accessTokenTimeRules(): Promise<TimeRules> {
  return {
    maxTokenAge: (await getJwtSettings()).accessTtlSeconds,
    clockTolerance: config.jwt.clockToleranceSeconds,
  };
}

/**
 * The time rules jose applied at verification (`exp`, `maxTokenAge` from `iat`), re-applied to a
 * memoised token with the settings in force now. Null when they hold; jose's code when not.
 */
export async function timeRuleBroken(
  claims: AccessTokenClaims,
  now: number,
): Promise<string | null> {
  const at = Math.floor(now / 1000);
  const tolerance = config.jwt.clockToleranceSeconds;
  if (at - tolerance >= claims.exp) return "ERR_JWT_EXPIRED";
  const { accessTtlSeconds } = await getJwtSettings();
  if (at - claims.iat - tolerance > accessTtlSeconds) return "ERR_JWT_EXPIRED";
  if (claims.iat - tolerance > at) return "ERR_JWT_CLAIM_VALIDATION_FAILED";
  return null;
}

import "server-only";
import crypto from "node:crypto";
import { CompactSign, SignJWT } from "jose";
import { ACCESS_TOKEN_TYPE } from "@/lib/auth/jwt/tokens";
import { PASS_TYPE } from "@/lib/pass/verify";
import {
  getRangeKeys,
  RANGE_AUDIENCE,
  RANGE_ISSUER,
  RANGE_KID,
  RANGE_PASS_AUDIENCE,
  SHORT_KID,
  WEAK_KID,
} from "@/lib/threats/jwt-range/keys";

/**
 * The range's genuine tokens, for its one toy user: the raw material of each attack (an attacker
 * holds a real token of their own — an old, expired one; a pass meant for the door). Signed with
 * the range's keys only, and issued by the range's own issuer (never the app's).
 */

export const RANGE_TOKEN_KINDS = [
  "fresh",
  "expired",
  "not_yet_valid",
  "pass",
  "weak",
  "bound",
  "short_key",
  "crit",
  "forever",
  "fractional",
] as const;
export type RangeTokenKind = (typeof RANGE_TOKEN_KINDS)[number];

export const TOY_USER = { sub: "424242", name: "Toy Tom", role: "user" } as const;
/** The header extension the "crit" token makes critical: no verifier of the range knows it. */
export const CRITICAL_EXTENSION = "internal_only";

const MINUTE = 60;
// exp, in minutes from now: an hour ago; after an nbf an hour away; a quarter of an hour.
const LIFETIME_MINUTES = { expired: -60, not_yet_valid: 120, other: 15 } as const;

/** The toy user's access-token claims of `kind` at `now` (epoch seconds throughout). */
export function rangeAccessClaims(kind: RangeTokenKind, now = Date.now()): Record<string, unknown> {
  const at = Math.floor(now / 1000);
  const expired = kind === "expired";
  // "bound": the toy user's token from a DPoP login — bound to the thumbprint of a key only the
  // toy user's browser would hold (nobody here has it).
  const cnf =
    kind === "bound" ? { cnf: { jkt: crypto.randomBytes(32).toString("base64url") } } : {};
  return {
    name: TOY_USER.name,
    role: TOY_USER.role,
    ver: 0,
    ...cnf,
    iss: RANGE_ISSUER,
    aud: RANGE_AUDIENCE,
    sub: TOY_USER.sub,
    iat: expired ? at - 120 * MINUTE : at,
    exp:
      at +
      LIFETIME_MINUTES[kind === "expired" || kind === "not_yet_valid" ? kind : "other"] * MINUTE,
    ...(kind === "not_yet_valid" ? { nbf: at + 60 * MINUTE } : {}),
    jti: crypto.randomUUID(),
  };
}

/**
 * The claims as JSON text, the way a careless issuer writes them: "forever" is someone's idea of
 * a token that never expires (`1e400`, Infinity once parsed — no JSON library writes it, a
 * template does), "fractional" a lifetime computed in floating point.
 */
export function claimsText(kind: RangeTokenKind, claims: Record<string, unknown>): string {
  const exp = Number(claims.exp);
  if (kind === "forever")
    return JSON.stringify({ ...claims, exp: 0 }).replace('"exp":0', '"exp":1e400');
  if (kind === "fractional")
    return JSON.stringify({ ...claims, iat: Number(claims.iat) + 0.25, exp: exp + 0.5 });
  return JSON.stringify(claims);
}

/** A genuine range token of `kind` for the toy user, at `now`. */
export async function issueRangeToken(kind: RangeTokenKind, now = Date.now()): Promise<string> {
  const keys = await getRangeKeys();
  if (kind === "pass") {
    const at = Math.floor(now / 1000);
    return new SignJWT({ name: TOY_USER.name, evt: "range-demo" })
      .setProtectedHeader({ alg: "EdDSA", typ: PASS_TYPE, kid: RANGE_KID })
      .setIssuer(RANGE_ISSUER)
      .setAudience(RANGE_PASS_AUDIENCE)
      .setSubject(TOY_USER.sub)
      .setIssuedAt(at)
      .setExpirationTime(at + 60 * MINUTE)
      .setJti(crypto.randomUUID())
      .sign(keys.signing.privateKey);
  }
  const claims = rangeAccessClaims(kind, now);
  const text = new TextEncoder().encode(claimsText(kind, claims));
  const header = { typ: ACCESS_TOKEN_TYPE };
  if (kind === "weak" || kind === "short_key") {
    const key = kind === "weak" ? new TextEncoder().encode(keys.weakSecret) : keys.shortKey;
    const kid = kind === "weak" ? WEAK_KID : SHORT_KID;
    return new CompactSign(text).setProtectedHeader({ ...header, alg: "HS256", kid }).sign(key);
  }
  // "crit": its issuer meant it for internal services only, and marked that critical: a verifier
  // that does not know the extension must refuse the token (RFC 7515 §4.1.11).
  const crit = kind === "crit" ? { crit: [CRITICAL_EXTENSION], [CRITICAL_EXTENSION]: true } : {};
  return new CompactSign(text)
    .setProtectedHeader({ ...header, ...crit, alg: "EdDSA", kid: RANGE_KID })
    .sign(keys.signing.privateKey, { crit: { [CRITICAL_EXTENSION]: true } });
}

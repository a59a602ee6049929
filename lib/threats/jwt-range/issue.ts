import "server-only";
import crypto from "node:crypto";
import { SignJWT } from "jose";
import { config } from "@/lib/config";
import { ACCESS_TOKEN_TYPE } from "@/lib/auth/jwt/tokens";
import { PASS_AUDIENCE, PASS_ISSUER, PASS_TYPE } from "@/lib/pass/verify";
import { getRangeKeys, RANGE_AUDIENCE, RANGE_KID, WEAK_KID } from "@/lib/threats/jwt-range/keys";

/**
 * The range's genuine tokens, for its one toy user: the raw material of each attack (an attacker
 * holds a real token of their own — an old, expired one; a pass meant for the door). Signed with
 * the range's keys only.
 */

export const RANGE_TOKEN_KINDS = [
  "fresh",
  "expired",
  "not_yet_valid",
  "pass",
  "weak",
  "bound",
] as const;
export type RangeTokenKind = (typeof RANGE_TOKEN_KINDS)[number];

export const TOY_USER = { sub: "424242", name: "Toy Tom", role: "user" } as const;

const MINUTE = 60;

/** A genuine range token of `kind` for the toy user, at `now`. */
export async function issueRangeToken(kind: RangeTokenKind, now = Date.now()): Promise<string> {
  const keys = await getRangeKeys();
  const at = Math.floor(now / 1000);
  const jti = crypto.randomUUID();
  if (kind === "pass") {
    return new SignJWT({ name: TOY_USER.name, evt: "range-demo" })
      .setProtectedHeader({ alg: "EdDSA", typ: PASS_TYPE, kid: RANGE_KID })
      .setIssuer(PASS_ISSUER)
      .setAudience(PASS_AUDIENCE)
      .setSubject(TOY_USER.sub)
      .setIssuedAt(at)
      .setExpirationTime(at + 60 * MINUTE)
      .setJti(jti)
      .sign(keys.signing.privateKey);
  }
  const iat = kind === "expired" ? at - 2 * 60 * MINUTE : at;
  const exp = kind === "expired" ? at - 60 * MINUTE : at + 15 * MINUTE;
  // "bound": the toy user's token from a DPoP login — bound to the thumbprint of a key only the
  // toy user's browser would hold (nobody here has it).
  const cnf =
    kind === "bound" ? { cnf: { jkt: crypto.randomBytes(32).toString("base64url") } } : {};
  const jwt = new SignJWT({ name: TOY_USER.name, role: TOY_USER.role, ver: 0, ...cnf })
    .setIssuer(config.jwt.issuer)
    .setAudience(RANGE_AUDIENCE)
    .setSubject(TOY_USER.sub)
    .setIssuedAt(iat)
    .setExpirationTime(kind === "not_yet_valid" ? at + 2 * 60 * MINUTE : exp)
    .setJti(jti);
  if (kind === "not_yet_valid") jwt.setNotBefore(at + 60 * MINUTE);
  if (kind === "weak") {
    return jwt
      .setProtectedHeader({ alg: "HS256", typ: ACCESS_TOKEN_TYPE, kid: WEAK_KID })
      .sign(new TextEncoder().encode(keys.weakSecret));
  }
  return jwt
    .setProtectedHeader({ alg: "EdDSA", typ: ACCESS_TOKEN_TYPE, kid: RANGE_KID })
    .sign(keys.signing.privateKey);
}

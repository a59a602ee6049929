import "server-only";
import crypto from "node:crypto";
import { SignJWT } from "jose";
import { getSigningKeys } from "@/lib/auth/jwt/keys";
import { config } from "@/config";
import { PASS_AUDIENCE, PASS_ISSUER, PASS_TYPE, type PassClaims } from "@/lib/pass/verify";
import type { PublicUser } from "@/lib/users/public-user";

/**
 * A check-in pass (C30): a JWT for one event, signed with the server's current key, to be shown
 * as a QR code and checked at the door with nothing but the published JWKS. Its own `typ` and
 * `aud` keep it from ever passing as an access token (and an access token from passing as it).
 */
export type PassIssue =
  | { ok: true; token: string; claims: PassClaims; kid: string }
  | { ok: false; reason: "symmetric_key" };

export async function issueCheckInPass(
  user: Pick<PublicUser, "id" | "displayName">,
  now = Date.now(),
): Promise<PassIssue> {
  const { current } = await getSigningKeys();
  // HS256's secret verifies *and* signs: a door would need it, and could then forge passes.
  if (current.alg === "HS256") return { ok: false, reason: "symmetric_key" };
  const iat = Math.floor(now / 1000);
  const claims: PassClaims = {
    sub: String(user.id),
    name: user.displayName,
    evt: config.pass.event,
    iat,
    exp: iat + config.pass.ttlSeconds,
    jti: crypto.randomUUID(),
  };
  const token = await new SignJWT({ name: claims.name, evt: claims.evt })
    .setProtectedHeader({ alg: current.alg, typ: PASS_TYPE, kid: current.kid })
    .setIssuer(PASS_ISSUER)
    .setAudience(PASS_AUDIENCE)
    .setSubject(claims.sub)
    .setIssuedAt(iat)
    .setExpirationTime(claims.exp)
    .setJti(claims.jti)
    .sign(current.privateKey);
  return { ok: true, token, claims, kid: current.kid };
}

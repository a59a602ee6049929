import "server-only";
import { createLocalJWKSet, type JSONWebKeySet, type JWTVerifyGetKey } from "jose";
import { config } from "@/config";
import { isOfThisLab } from "@/lib/auth/jwt/claim-rules";
import { isBoundToKey } from "@/lib/auth/jwt/dpop-binding";
import { publicJwks } from "@/lib/auth/jwt/keys";
import { verifySignedAccessToken } from "@/lib/auth/jwt/signature";
import type { AccessTokenClaims, AccessTokenFailure } from "@/lib/auth/jwt/tokens";
import { ACCESS_TTL_SECONDS } from "@/lib/validation/admin-settings";

/**
 * How a resource API that is not the issuer checks an access token: with the issuer's published
 * keys (the JWKS at /.well-known/jwks.json) and nothing else — no database, no deny-list, no
 * settings. So it accepts only what a public key can prove (EdDSA and ES256: an HS256 token's
 * secret is never published, and an encrypted token's key is the issuer's alone), and it cannot
 * see a revocation: a token it accepts stays good until its `exp`. The backend-for-frontend's
 * resource API (app/api/jwt/resource) runs this; the issuer's own check is ./validation.ts.
 */

/** Only what a published public key can verify. */
export const PUBLISHED_ALGORITHMS = ["EdDSA", "ES256"];

export type PublishedKeyCheck =
  | { ok: true; claims: AccessTokenClaims; kid: string; alg: string }
  | { ok: false; reason: AccessTokenFailure | "dpop_bound_token" | "wrong_lab" };

// A key set is imported once per distinct JWKS (an import costs more than a verification);
// a rotation publishes a new set, and so a new entry. Bounded: the oldest goes first.
const importedSets = new Map<string, JWTVerifyGetKey>();
const MAX_IMPORTED_SETS = 64;

function keySetResolver(jwks: JSONWebKeySet): JWTVerifyGetKey {
  const key = JSON.stringify(jwks);
  let resolver = importedSets.get(key);
  if (resolver === undefined) {
    resolver = createLocalJWKSet(jwks);
    if (importedSets.size >= MAX_IMPORTED_SETS) {
      importedSets.delete(importedSets.keys().next().value!);
    }
    importedSets.set(key, resolver);
  }
  return resolver;
}

/**
 * Verifies a Bearer access token with the published keys of the current lab. The longest lifetime
 * an admin may set bounds the token's age (this API cannot read the setting). A DPoP-bound token
 * is no Bearer token (RFC 9449 §7). Never throws.
 */
export async function verifyWithPublishedKeys(
  token: string,
  now = Date.now(),
): Promise<PublishedKeyCheck> {
  const jwks = (await publicJwks()) as JSONWebKeySet;
  const result = await verifySignedAccessToken(
    token,
    {
      resolveKey: keySetResolver(jwks),
      algorithms: PUBLISHED_ALGORITHMS,
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
    },
    now,
    { maxTokenAge: ACCESS_TTL_SECONDS.max, clockTolerance: config.jwt.clockToleranceSeconds },
  );
  if (!result.ok) return result;
  if (isBoundToKey(result.claims)) return { ok: false, reason: "dpop_bound_token" };
  if (!isOfThisLab(result.claims)) return { ok: false, reason: "wrong_lab" };
  return {
    ok: true,
    claims: result.claims,
    kid: result.header.kid ?? "",
    alg: result.header.alg,
  };
}

import { headers } from "next/headers";
import { readBearerToken } from "@/lib/auth/credentials";
import { verifyWithPublishedKeys } from "@/lib/auth/jwt/published-keys";
import { apiJson, unauthorized } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

/**
 * The resource API the backend-for-frontend calls: a service that trusts the issuer's published
 * keys (the JWKS) and nothing else — `Authorization: Bearer` only, no cookie, no database. The
 * proxy's JWT gate checked the token first; this checks it again, as a separate service would.
 */
async function get(): Promise<Response> {
  const token = readBearerToken(await headers());
  if (token === null) return unauthorized("jwt", "no_credential");
  const check = await verifyWithPublishedKeys(token);
  if (!check.ok) return unauthorized("jwt", check.reason);
  const { claims, kid, alg } = check;
  return apiJson({
    servedBy: "resource API",
    verifiedWith: { keys: "/.well-known/jwks.json", kid, alg },
    user: { id: Number(claims.sub), name: claims.name, role: claims.role },
    tokenExpiresAt: claims.exp,
  });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get });

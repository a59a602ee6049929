import { publicJwks } from "@/lib/auth/jwt/keys";
import { route } from "@/lib/http/route";

/**
 * The JWKS: public keys only. Cached briefly — long enough to spare us the traffic, short enough
 * that a verifier picks up a new key soon after a rotation.
 */
async function get(): Promise<Response> {
  return Response.json(await publicJwks(), {
    headers: {
      "Cache-Control": "public, max-age=300, stale-while-revalidate=60",
      "Content-Type": "application/jwk-set+json",
    },
  });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get });

import { publicJwks } from "@/lib/auth/keys";

/**
 * The JWKS: public keys only. Cached briefly — long enough to spare us the traffic, short enough
 * that a verifier picks up a new key soon after a rotation.
 */
export async function GET(): Promise<Response> {
  return Response.json(await publicJwks(), {
    headers: {
      "Cache-Control": "public, max-age=300, stale-while-revalidate=60",
      "Content-Type": "application/jwk-set+json",
    },
  });
}

import { publicJwks } from "@/lib/auth/jwt/keys";
import { hasVisitorLabs } from "@/lib/auth/visitor-lab/labs";
import { route } from "@/lib/http/route";

/**
 * The JWKS: public keys only. Cached briefly — long enough to spare us the traffic, short enough
 * that a verifier picks up a new key soon after a rotation. Hosted, each visitor's lab has its own
 * keys (lib/auth/visitor-lab), chosen by the lab cookie: only the browser may cache that answer,
 * never a shared cache that would hand one lab's keys to every visitor.
 */
async function get(): Promise<Response> {
  const cache: Record<string, string> = hasVisitorLabs()
    ? { "Cache-Control": "private, max-age=300", Vary: "Cookie" }
    : { "Cache-Control": "public, max-age=300, stale-while-revalidate=60" };
  return Response.json(await publicJwks(), {
    headers: { ...cache, "Content-Type": "application/jwk-set+json" },
  });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get });

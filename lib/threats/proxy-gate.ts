import "server-only";
import { getSessionAuth } from "@/lib/auth/dal";
import { apiJson, unauthorized } from "@/lib/http/responses";

/**
 * The session lab's two guarded routes (/threats/session): one trusts the proxy alone, one asks
 * the DAL again. Each is reachable at two paths: under /api/threats/proxy-gate/, which the
 * proxy's gate list covers, and under /api/threats/proxy-gap/, which it "forgot" — the matcher
 * mistake (or CVE-2025-29927's header) that lets a request reach a route without the proxy.
 */

const TOY_SECRET = "The lab's toy vault code is 4-8-15-16-23-42.";

/** The mistake: "the proxy already checked". Nothing here asks who is calling. */
export async function proxyOnlyRoute(): Promise<Response> {
  return apiJson({ secret: TOY_SECRET, checkedBy: "the proxy only" });
}

/** The app's way: the route asks the DAL itself, whatever the proxy did or did not do. */
export async function dalCheckedRoute(): Promise<Response> {
  const auth = await getSessionAuth();
  if (!auth.ok) return unauthorized("session");
  return apiJson({
    secret: TOY_SECRET,
    checkedBy: "the proxy and the DAL",
    user: auth.user.displayName,
  });
}

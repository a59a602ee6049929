import type { NextRequest } from "next/server";
import { isJsonType, requestHost } from "@/lib/http/request";
import { apiError } from "@/lib/http/responses";
import { argumentlessActionProblem } from "@/lib/http/server-action";

type HeaderReader = { get(name: string): string | null };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
// API routes that take a same-origin HTML form, so they work without JavaScript: the header's
// mode, theme and language switches (each sets a preference cookie, not a credential). The
// cross-site rule still applies.
const FORM_ENDPOINTS = new Set(["/api/mode", "/api/theme", "/api/language"]);

/**
 * The CSRF rule, once for every route and server action: a non-GET request a browser marks as
 * cross-site is refused (403), and an API request's body must be JSON (415). Route handlers have
 * no check of their own in Next.js, and its server actions compare only `Origin`. The CSRF lab's
 * exposed transfer is the one exception, by name (`except`): it exists to show what a cross-site
 * form does.
 */
export function csrfProblem(request: NextRequest, { except }: { except: string }): Response | null {
  const { pathname } = request.nextUrl;
  if (SAFE_METHODS.has(request.method) || pathname === except) return null;
  if (isCrossSite(request.headers)) return crossSite();
  if (pathname.startsWith("/api/") && !FORM_ENDPOINTS.has(pathname)) {
    return rejectNonJsonBody(request.headers);
  }
  // Past the rule, a server action sent by any method must still carry its arguments.
  return argumentlessActionProblem(request.headers);
}

/**
 * Whether a browser says this request comes from another site: `Sec-Fetch-Site` other than
 * same-origin/none, or an `Origin` that is not this request's own host. Either header alone is
 * enough (older browsers send only `Origin`; Next.js's server actions check only `Origin`, so a
 * request with `Sec-Fetch-Site: cross-site` and no `Origin` would pass them). Clients that send
 * neither are not browsers (curl, native apps) and cannot be made to ride on a victim's cookies.
 */
export function isCrossSite(headers: HeaderReader): boolean {
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = requestHost(headers);
  try {
    return host === null || new URL(origin).host !== host;
  } catch {
    return true; // "null" (a sandboxed or privacy-sensitive context) or garbage
  }
}

/**
 * What a non-GET API request must declare about its body: `application/json` when it has one —
 * which a cross-site HTML form cannot send, and a cross-site script cannot without a CORS
 * preflight this server never grants. A body-less request may carry no type at all. Returns a
 * 415 response, or null when the rule holds.
 */
export function rejectNonJsonBody(headers: HeaderReader): Response | null {
  const type = headers.get("content-type");
  const hasBody =
    headers.get("transfer-encoding") !== null || Number(headers.get("content-length") ?? "0") > 0;
  if (type === null ? !hasBody : isJsonType(type)) return null;
  return apiError(
    415,
    "unsupported_media_type",
    "State changes take a JSON body (Content-Type: application/json) or none at all.",
  );
}

/**
 * The cross-site rule as a response. The proxy applies it to every non-GET request; the CSRF
 * lab's exposed transfer applies it only when the learner switches its defence on.
 */
export function rejectCrossSite(request: Request): Response | null {
  return isCrossSite(request.headers) ? crossSite() : null;
}

export function crossSite(): Response {
  return apiError(403, "cross_site_request", "Cross-site requests may not change state here.");
}

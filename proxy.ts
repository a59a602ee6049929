import { NextResponse, type NextRequest } from "next/server";
import { proxyProblem } from "@/lib/auth/check/proxy";
import { readSessionCacheCookie } from "@/lib/auth/credentials";
import { sessionCacheUpdate } from "@/lib/auth/session/cookie-cache";
import { gateFor, pageArea } from "@/lib/auth/gates";
import { hasDpopProof } from "@/lib/auth/jwt/dpop-check";
import { currentDpopNonce } from "@/lib/auth/jwt/dpop-nonce";
import { loginUrl } from "@/lib/auth/login/redirects";
import { config as appConfig, cookieSettings } from "@/config";
import { crossSite, isCrossSite, rejectNonJsonBody } from "@/lib/http/request";
import { apiError, unauthorized } from "@/lib/http/responses";
import {
  applySecurityHeaders,
  contentSecurityPolicy,
  NO_CONTENT_POLICY,
} from "@/lib/http/security-headers";
import { newInspectorId, readInspectorId } from "@/lib/inspect/browser-id";
import { isPrefetching } from "@/ground/context";
import { traceRequest } from "@/lib/inspect/request-trace";
import { traceCheck, traceDecision } from "@/ground/trace-recorder";
import { ATTACKER_PAGE, EXPOSED_TRANSFER, requestOrigins } from "@/lib/threats/sites";
import { servesFlawedPage, xssLabOriginProblem } from "@/lib/threats/xss-origin-gate";
import { serverActionProblem } from "@/lib/http/server-action";
import { relaxedXssPolicy } from "@/lib/threats/xss-policy";

/**
 * The first gate, before any page or route runs. It checks each area by its own mechanism:
 * - /session: the token is looked up (one hash, one indexed get) — where logout and revocation
 *   take effect — and the answer handed to the DAL of the same request in its own memory, so a
 *   request costs one lookup, not two. With the cookie cache on, it also refreshes the
 *   sealed copy of that answer.
 * - /sealed: the sealed session must unseal; there is nothing on the server to look up.
 * - /jwt: the signature and claims are verified in full; the deny-list (if any) is the DAL's.
 * The crypto done here is memoised per exact credential, so the DAL does not repeat it. The proxy
 * is never the only check: every page, route handler and server action asks the DAL again.
 * Before that, one CSRF rule for every state change (see requestProblem). It also starts the
 * inspector's trace of the request and sets the security headers on every response, its own
 * refusals included.
 */

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
// API routes that take a same-origin HTML form, so they work without JavaScript: the header's
// mode, theme and language switches (each sets a preference cookie, not a credential). The
// cross-site rule still applies.
const FORM_ENDPOINTS = new Set(["/api/mode", "/api/theme", "/api/language"]);

/**
 * The CSRF rule, once for every route and server action: a non-GET request a browser marks as
 * cross-site is refused (403), and an API request's body must be JSON (415). Route handlers have
 * no check of their own in Next.js, and its server actions compare only `Origin`. The CSRF lab's
 * exposed transfer is the one exception, by name: it exists to show what a cross-site form does.
 */
function requestProblem(request: NextRequest): Response | null {
  const { pathname } = request.nextUrl;
  if (SAFE_METHODS.has(request.method) || pathname === EXPOSED_TRANSFER) return null;
  if (isCrossSite(request.headers)) return crossSite();
  if (pathname.startsWith("/api/") && !FORM_ENDPOINTS.has(pathname)) {
    return rejectNonJsonBody(request.headers);
  }
  // A server action always sends its arguments; Next.js answers an empty body with a 500.
  if (request.headers.has("next-action") && request.headers.get("content-length") === "0") {
    return apiError(400, "invalid_action_request", "A server action request needs its arguments.");
  }
  return null;
}

/** A prefetch is the router guessing, not the user asking: not traced, not a choice of area. */
function isPrefetch(request: NextRequest): boolean {
  const purpose = request.headers.get("sec-purpose") ?? request.headers.get("purpose") ?? "";
  return isPrefetching() || purpose.includes("prefetch");
}

/**
 * Visiting an area's pages is choosing that area: remember it in the preference cookie the header
 * toggle shows (a cookie carrying a preference, not a credential — C04).
 */
function rememberArea(pathname: string, request: NextRequest, response: NextResponse): void {
  const area = pageArea(pathname);
  const { name, options } = cookieSettings.mode;
  if (area !== undefined && request.cookies.get(name)?.value !== area) {
    response.cookies.set(name, area, options);
  }
}

/** The tour remembers its step server-side, so it resumes without JavaScript too. */
function rememberTourStep(pathname: string, request: NextRequest, response: NextResponse): void {
  const step = /^\/tour\/([1-9]\d?)$/.exec(pathname)?.[1];
  const { name, options } = cookieSettings.tour;
  if (step !== undefined && request.cookies.get(name)?.value !== step) {
    response.cookies.set(name, step, options);
  }
}

/**
 * The CSRF lab's attacker page posts its forms to this server's twin name (another site): the one
 * page whose CSP lets a form leave. Every other page may only post to itself.
 */
function formTargetsOf(pathname: string, request: NextRequest): string[] {
  if (pathname !== ATTACKER_PAGE) return [];
  const { twin } = requestOrigins(request.headers, appConfig.secure ? "https" : "http");
  return twin === null ? [] : [twin];
}

/** A page (or anything Next may render as HTML) rather than a JSON API or the JWKS. */
function isDocument(pathname: string): boolean {
  return !pathname.startsWith("/api/") && !pathname.startsWith("/.well-known/");
}

/**
 * A document's way on: a fresh nonce, written into the request's CSP header too (Next.js reads it
 * there to mark its own scripts), which costs a copy of the request's headers. Only documents pay
 * it: an API answer runs no script and gets the no-content policy from withHeaders.
 */
function forDocument(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  // The XSS lab's victim page, on the lab's own origin, is the one page with a relaxed policy.
  const csp = servesFlawedPage(request)
    ? relaxedXssPolicy(dev)
    : contentSecurityPolicy(nonce, { dev, formTargets: formTargetsOf(pathname, request) });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  applySecurityHeaders(response.headers, { csp, secure: appConfig.secure });
  return response;
}

async function gate(request: NextRequest): Promise<Response> {
  const { pathname, search } = request.nextUrl;
  const gate = gateFor(pathname);
  const problem =
    gate === null
      ? null
      : await proxyProblem(gate.area, request.cookies, request.headers, (step, run) =>
          traceCheck("proxy", step, run),
        );
  traceDecision(problem === null, problem ?? (gate === null ? "public" : "ok"));
  if (gate !== null && problem !== null) {
    if (gate.kind === "api") return unauthorized(gate.area, problem);
    return NextResponse.redirect(
      new URL(loginUrl(gate.area, `${pathname}${search}`, problem), request.url),
    );
  }
  const response = isDocument(pathname) ? forDocument(request) : NextResponse.next();
  if (gate !== null) response.headers.set("Cache-Control", "private, no-store");
  if (gate?.area === "session") {
    // The cookie cache (off by default): a sealed copy of the lookup just made.
    const update = await sessionCacheUpdate(readSessionCacheCookie(request.cookies) !== null);
    const { name, options } = cookieSettings.sessionCache;
    if (update !== null)
      response.cookies.set(name, update.value, { ...options, maxAge: update.maxAge });
  }
  if (!isPrefetch(request)) {
    rememberArea(pathname, request, response);
    rememberTourStep(pathname, request, response);
  }
  return response;
}

/** The security headers on a response the proxy made itself (a refusal, a redirect, /ping). */
function withHeaders(response: Response): Response {
  if (!response.headers.has("Content-Security-Policy")) {
    applySecurityHeaders(response.headers, { csp: NO_CONTENT_POLICY, secure: appConfig.secure });
  }
  return response;
}

export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl;
  // Readiness probe (Playwright's webServer waits on it); answered before any other work.
  if (pathname === "/ping") {
    return withHeaders(new Response("ok", { headers: { "Cache-Control": "no-store" } }));
  }
  // The XSS lab's own origin answers only the lab, before anything could set a credential there.
  const refused =
    xssLabOriginProblem(request) ?? requestProblem(request) ?? (await serverActionProblem(request));
  if (refused !== null) return withHeaders(refused);

  // The inspector traces the requests of browsers that carry its cookie (given out with pages,
  // not to API clients nor with the public, cacheable JWKS), except its own polling and prefetches.
  const knownId = readInspectorId(request.cookies);
  const inspectorId = knownId ?? (isDocument(pathname) ? newInspectorId() : null);
  const traced = !pathname.startsWith("/api/inspect/") && !pathname.startsWith("/.well-known/");
  if (inspectorId !== null && traced && !isPrefetch(request)) {
    traceRequest(inspectorId, {
      method: request.method,
      pathname,
      cookies: request.cookies,
      headers: request.headers,
    });
  }
  const response = withHeaders(await gate(request));
  // A DPoP client learns the nonce its next proofs must carry from any answer (RFC 9449 §8.2).
  if (appConfig.dpop.nonce && hasDpopProof(request.headers)) {
    response.headers.set("DPoP-Nonce", currentDpopNonce());
  }
  if (knownId !== null || inspectorId === null) return response;
  const withCookie =
    response instanceof NextResponse ? response : new NextResponse(response.body, response);
  const { name, options } = cookieSettings.inspector;
  withCookie.cookies.set(name, inspectorId, options);
  return withCookie;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};

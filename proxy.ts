import { NextResponse, type NextRequest } from "next/server";
import { judgingTime } from "@/lib/auth/clock";
import { readAccessToken, readSessionCookie } from "@/lib/auth/credentials";
import { validateAccessToken } from "@/lib/auth/jwt";
import { loginUrl } from "@/lib/auth/redirects";
import { unsealSessionCookie } from "@/lib/auth/session";
import { config as appConfig, cookieSettings, type AuthArea } from "@/lib/config";
import { unauthorized } from "@/lib/http/responses";
import { applySecurityHeaders, contentSecurityPolicy } from "@/lib/http/security-headers";
import { newInspectorId, readInspectorId } from "@/lib/inspect/browser-id";
import { currentRequest } from "@/lib/inspect/context";
import { beginTrace, traceCheck, traceDecision, type Trace } from "@/lib/inspect/traces";

/**
 * The first gate, before any page or route runs. It checks each area by its own mechanism:
 * - /session: the cookie must unseal (it was issued by this server). The store lookup — where
 *   logout and revocation take effect — is left to the DAL, so a request costs one lookup, not two.
 * - /jwt: the signature and claims are verified in full; there is nothing else to check.
 * The crypto done here is memoised per exact credential, so the DAL does not repeat it. The proxy
 * is never the only check: every page, route handler and server action asks the DAL again.
 * It also starts the inspector's trace of the request and sets the security headers.
 */

interface Gate {
  area: AuthArea;
  kind: "page" | "api";
}

const AREAS = ["session", "jwt"] as const;

const PUBLIC_PATHS = new Set([
  "/session/login",
  "/jwt/login",
  "/api/session/login",
  "/api/session/logout", // logging out without a valid credential is harmless and idempotent
  "/api/jwt/login",
  "/api/jwt/logout",
]);

const SESSION_PAGES = ["/admin", "/account"];
const SESSION_APIS = ["/api/admin/", "/api/account/"];

/** The area whose pages this path belongs to, if any. */
function pageArea(pathname: string): AuthArea | undefined {
  return AREAS.find((area) => pathname === `/${area}` || pathname.startsWith(`/${area}/`));
}

function apiArea(pathname: string): AuthArea | undefined {
  return AREAS.find((area) => pathname.startsWith(`/api/${area}/`));
}

function gateFor(pathname: string): Gate | null {
  if (PUBLIC_PATHS.has(pathname)) return null;
  // Admin and account pages act on the user's stored record, so the session gates them.
  if (SESSION_PAGES.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
    return { area: "session", kind: "page" };
  }
  if (SESSION_APIS.some((p) => pathname.startsWith(p))) return { area: "session", kind: "api" };
  const page = pageArea(pathname);
  if (page !== undefined) return { area: page, kind: "page" };
  const api = apiArea(pathname);
  return api === undefined ? null : { area: api, kind: "api" };
}

/** A prefetch is the router guessing, not the user asking: not traced, not a choice of area. */
function isPrefetch(request: NextRequest): boolean {
  const purpose = request.headers.get("sec-purpose") ?? request.headers.get("purpose") ?? "";
  return currentRequest()?.prefetch === true || purpose.includes("prefetch");
}

/** What the inspector records about the credential this request carries for its area. */
function credentialOf(area: Trace["area"], request: NextRequest): Trace["credential"] {
  if (area === "session") {
    const seal = readSessionCookie(request.cookies);
    return seal === null
      ? { kind: "none", bytes: 0 }
      : { kind: "session_cookie", bytes: seal.length };
  }
  if (area === "jwt") {
    const credential = readAccessToken(request.cookies, request.headers);
    if (credential === null) return { kind: "none", bytes: 0 };
    const kind = credential.transport === "bearer" ? "bearer" : "jwt_cookie";
    return { kind, bytes: credential.token.length };
  }
  return { kind: "none", bytes: 0 };
}

/** Why the request's credential for this area is refused, or null when it passes. */
async function credentialProblem(area: AuthArea, request: NextRequest): Promise<string | null> {
  if (area === "session") {
    const seal = readSessionCookie(request.cookies);
    if (seal === null) return "no_credential";
    const unsealed = await traceCheck("proxy", "unseal_cookie", () =>
      unsealSessionCookie(seal, judgingTime(request.cookies)),
    );
    return unsealed.ok ? null : unsealed.reason;
  }
  const credential = readAccessToken(request.cookies, request.headers);
  if (credential === null) return "no_credential";
  const verified = await traceCheck("proxy", "verify_signature", () =>
    validateAccessToken(credential.token, judgingTime(request.cookies)),
  );
  return verified.ok ? null : verified.reason;
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

async function gate(request: NextRequest): Promise<Response> {
  const { pathname, search } = request.nextUrl;
  const gate = gateFor(pathname);
  const problem = gate === null ? null : await credentialProblem(gate.area, request);
  traceDecision(problem === null, problem ?? (gate === null ? "public" : "ok"));
  if (gate !== null && problem !== null) {
    if (gate.kind === "api") return unauthorized(gate.area === "jwt");
    return NextResponse.redirect(
      new URL(loginUrl(gate.area, `${pathname}${search}`, problem), request.url),
    );
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  // Next.js reads the nonce for its own scripts from the request's CSP header.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  applySecurityHeaders(response.headers, { csp, secure: appConfig.secure });
  if (gate !== null) response.headers.set("Cache-Control", "private, no-store");
  if (!isPrefetch(request)) rememberArea(pathname, request, response);
  return response;
}

export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl;
  // Readiness probe (Playwright's webServer waits on it); answered before any other work.
  if (pathname === "/ping") return new Response("ok", { headers: { "Cache-Control": "no-store" } });

  // The inspector traces the requests of browsers that carry its cookie (given out with pages,
  // not to API clients), except its own polling and the router's prefetches.
  const knownId = readInspectorId(request.cookies);
  const inspectorId = knownId ?? (pathname.startsWith("/api/") ? null : newInspectorId());
  if (inspectorId !== null && !pathname.startsWith("/api/inspect/") && !isPrefetch(request)) {
    const area = gateFor(pathname)?.area ?? pageArea(pathname) ?? apiArea(pathname) ?? "other";
    const credential = credentialOf(area, request);
    beginTrace(inspectorId, { method: request.method, path: pathname, area, credential });
  }
  const response = await gate(request);
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

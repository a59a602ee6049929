import { NextResponse, type NextRequest } from "next/server";
import { readAccessToken, readSessionCookie } from "@/lib/auth/credentials";
import { validateAccessToken } from "@/lib/auth/jwt";
import { loginUrl } from "@/lib/auth/redirects";
import { unsealSessionCookie } from "@/lib/auth/session";
import { config as appConfig, cookieSettings, type AuthArea } from "@/lib/config";
import { unauthorized } from "@/lib/http/responses";
import { applySecurityHeaders, contentSecurityPolicy } from "@/lib/http/security-headers";

/**
 * The first gate, before any page or route runs. It checks each area by its own mechanism:
 * - /session: the cookie must unseal (it was issued by this server). The store lookup — where
 *   logout and revocation take effect — is left to the DAL, so a request costs one lookup, not two.
 * - /jwt: the signature and claims are verified in full; there is nothing else to check.
 * The crypto done here is memoised per exact credential, so the DAL does not repeat it. The proxy
 * is never the only check: every page, route handler and server action asks the DAL again.
 */

interface Gate {
  area: AuthArea;
  kind: "page" | "api";
}

const PUBLIC_PATHS = new Set([
  "/session/login",
  "/jwt/login",
  "/api/session/login",
  "/api/session/logout", // logging out without a valid credential is harmless and idempotent
  "/api/jwt/login",
  "/api/jwt/logout",
]);

const AREAS = ["session", "jwt"] as const;

/** The area whose pages this path belongs to, if any. */
function pageArea(pathname: string): AuthArea | undefined {
  return AREAS.find((area) => pathname === `/${area}` || pathname.startsWith(`/${area}/`));
}

function gateFor(pathname: string): Gate | null {
  if (PUBLIC_PATHS.has(pathname)) return null;
  const page = pageArea(pathname);
  if (page !== undefined) return { area: page, kind: "page" };
  const api = AREAS.find((area) => pathname.startsWith(`/api/${area}/`));
  return api === undefined ? null : { area: api, kind: "api" };
}

/** Why the request's credential for this area is refused, or null when it passes. */
async function credentialProblem(area: AuthArea, request: NextRequest): Promise<string | null> {
  if (area === "session") {
    const seal = readSessionCookie(request.cookies);
    if (seal === null) return "no_credential";
    const unsealed = await unsealSessionCookie(seal);
    return unsealed.ok ? null : unsealed.reason;
  }
  const credential = readAccessToken(request.cookies, request.headers);
  if (credential === null) return "no_credential";
  const verified = await validateAccessToken(credential.token);
  return verified.ok ? null : verified.reason;
}

/**
 * Visiting an area's pages is choosing that area: remember it in the preference cookie the header
 * toggle shows (a cookie carrying a preference, not a credential — C04).
 */
function rememberArea(pathname: string, request: NextRequest, response: NextResponse): void {
  // A prefetch is the router guessing, not the user choosing.
  const purpose = request.headers.get("sec-purpose") ?? request.headers.get("purpose") ?? "";
  if (request.headers.has("next-router-prefetch") || purpose.includes("prefetch")) return;
  const area = pageArea(pathname);
  const { name, options } = cookieSettings.mode;
  if (area !== undefined && request.cookies.get(name)?.value !== area) {
    response.cookies.set(name, area, options);
  }
}

export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname, search } = request.nextUrl;
  // Readiness probe (Playwright's webServer waits on it); answered before any other work.
  if (pathname === "/ping") return new Response("ok", { headers: { "Cache-Control": "no-store" } });

  const gate = gateFor(pathname);
  const problem = gate === null ? null : await credentialProblem(gate.area, request);
  if (gate !== null && problem !== null) {
    if (gate.kind === "api") return unauthorized(gate.area === "jwt");
    const login = loginUrl(gate.area, `${pathname}${search}`, problem);
    return NextResponse.redirect(new URL(login, request.url));
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
  rememberArea(pathname, request, response);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};

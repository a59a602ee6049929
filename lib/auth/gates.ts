import { AUTH_AREAS, type AuthArea } from "@/config/types";

/**
 * Which paths each mechanism guards (read by proxy.ts): the areas' pages and APIs, and the admin
 * and account pages, which act on the user's stored record and so are guarded by the session.
 */

export interface Gate {
  area: AuthArea;
  kind: "page" | "api";
  /**
   * The credential checked when it is not the area's own: the JWT area's backend-for-frontend
   * (`/api/jwt/bff/`) is reached with a BFF session cookie, never with a JWT.
   */
  credential?: "bff";
}

/** What a gate checks: an area's own credential, or the BFF's session cookie. */
export type GateCredential = AuthArea | "bff";

/** The credential a gate checks. */
export function gateCredential(gate: Gate): GateCredential {
  return gate.credential ?? gate.area;
}

const AREAS = AUTH_AREAS;

const PUBLIC_PATHS = new Set([
  "/session/login",
  "/sealed/login",
  "/jwt/login",
  // The localStorage variant: its credential lives in page script, so only its API calls carry
  // one (as Authorization: Bearer), and the API is gated as usual.
  "/jwt/bearer",
  // The DPoP variant, likewise: its token travels only with a proof page script signs.
  "/jwt/dpop",
  // The backend-for-frontend variant: its page holds nothing; its API is gated by the BFF's
  // session cookie (BFF_APIS).
  "/jwt/bff",
  "/api/session/login",
  "/api/session/logout", // logging out without a valid credential is harmless and idempotent
  "/api/sealed/login",
  "/api/sealed/logout",
  "/api/jwt/login",
  "/api/jwt/logout",
  // Refreshing is what a client does once its access token has expired: the refresh token is
  // the credential here, checked by the route itself.
  "/api/jwt/refresh",
  "/api/jwt/bff/login",
  "/api/jwt/bff/logout",
]);

// The BFF's own API: the JWT area's, but its credential is the BFF's session cookie.
const BFF_APIS = "/api/jwt/bff/";

const SESSION_PAGES = ["/admin", "/account"];
// The session lab's guarded routes (/threats/session); its /api/threats/proxy-gap/ twins are
// left out on purpose: the matcher mistake that lab demonstrates.
const SESSION_APIS = ["/api/admin/", "/api/account/", "/api/threats/proxy-gate/"];

const under = (pathname: string, prefix: string) =>
  pathname === prefix || pathname.startsWith(`${prefix}/`);

/** Whether a path is the backend-for-frontend's API (its login and logout included). */
export function isBffPath(pathname: string): boolean {
  return pathname.startsWith(BFF_APIS);
}

/** The area whose pages this path belongs to, if any. */
export function pageArea(pathname: string): AuthArea | undefined {
  return AREAS.find((area) => under(pathname, `/${area}`));
}

/** The mechanism that must let this path through, or null for a public path. */
export function gateFor(pathname: string): Gate | null {
  if (PUBLIC_PATHS.has(pathname)) return null;
  if (SESSION_PAGES.some((prefix) => under(pathname, prefix)))
    return { area: "session", kind: "page" };
  if (SESSION_APIS.some((prefix) => pathname.startsWith(prefix)))
    return { area: "session", kind: "api" };
  if (isBffPath(pathname)) return { area: "jwt", kind: "api", credential: "bff" };
  const page = pageArea(pathname);
  if (page !== undefined) return { area: page, kind: "page" };
  const api = AREAS.find((area) => pathname.startsWith(`/api/${area}/`));
  return api === undefined ? null : { area: api, kind: "api" };
}

/** The area a request belongs to, for the inspector (public login pages included). */
export function areaOf(pathname: string): AuthArea | "other" {
  return (
    gateFor(pathname)?.area ??
    pageArea(pathname) ??
    AREAS.find((a) => pathname.startsWith(`/api/${a}/`)) ??
    "other"
  );
}

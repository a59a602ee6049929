import { cookieSettings } from "@/config";
import type { CookieReader, HeaderReader } from "@/ground/readers";

/**
 * Where each area's credential travels. Cookies are only a transport: the same token works from
 * an `Authorization` header in a client without a cookie jar.
 */

export type { CookieReader, HeaderReader } from "@/ground/readers";

// "dpop": `Authorization: DPoP <token>` with a `DPoP` proof header (RFC 9449 §7.1).
export type JwtTransport = "cookie" | "bearer" | "dpop";
export interface JwtCredential {
  token: string;
  transport: JwtTransport;
}

/** The session cookie (the session token itself), or null when absent. */
export function readSessionCookie(cookies: CookieReader): string | null {
  return cookies.get(cookieSettings.session.name)?.value || null;
}

/** The sealed-cookie session's cookie (an iron-session seal), or null when absent. */
export function readSealedSessionCookie(cookies: CookieReader): string | null {
  return cookies.get(cookieSettings.sealedSession.name)?.value || null;
}

/** The server-side session's cookie cache (a sealed copy of a recent lookup), or null. */
export function readSessionCacheCookie(cookies: CookieReader): string | null {
  return cookies.get(cookieSettings.sessionCache.name)?.value || null;
}

/** The refresh-token cookie (sent only to the JWT API), or null when absent. */
export function readRefreshCookie(cookies: CookieReader): string | null {
  return cookies.get(cookieSettings.refreshToken.name)?.value || null;
}

/** The backend-for-frontend's session cookie (its opaque token, no JWT), or null when absent. */
export function readBffSessionCookie(cookies: CookieReader): string | null {
  return cookies.get(cookieSettings.bffSession.name)?.value || null;
}

/**
 * The access token from `Authorization: Bearer …` or `Authorization: DPoP …` (preferred: the
 * explicit choice of the client) or else from the JWT cookie. Any other Authorization header is
 * no credential.
 */
export function readAccessToken(
  cookies: CookieReader,
  headers: HeaderReader,
): JwtCredential | null {
  if (headers.get("authorization") !== null) {
    const bearer = readBearerToken(headers);
    if (bearer !== null) return { token: bearer, transport: "bearer" };
    const dpop = readAuthorization(headers, "DPoP");
    return dpop === null ? null : { token: dpop, transport: "dpop" };
  }
  const cookie = cookies.get(cookieSettings.accessToken.name)?.value;
  return cookie ? { token: cookie, transport: "cookie" } : null;
}

/** The token of an `Authorization: Bearer …` header (RFC 6750 syntax), or null. */
export function readBearerToken(headers: HeaderReader): string | null {
  return readAuthorization(headers, "Bearer");
}

/** The token68 of an `Authorization: <scheme> …` header (schemes are case-insensitive), or null. */
function readAuthorization(headers: HeaderReader, scheme: "Bearer" | "DPoP"): string | null {
  const match = /^(\w+) +([A-Za-z0-9._~+/-]+=*) *$/.exec(headers.get("authorization") ?? "");
  return match?.[1]?.toLowerCase() === scheme.toLowerCase() ? (match[2] ?? null) : null;
}

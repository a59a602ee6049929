import { cookieSettings } from "@/lib/config";
import type { CookieReader, HeaderReader } from "@/lib/server/readers";

/**
 * Where each area's credential travels. Cookies are only a transport: the same token works from
 * an `Authorization` header in a client without a cookie jar.
 */

export type { CookieReader, HeaderReader } from "@/lib/server/readers";

export type JwtTransport = "cookie" | "bearer";
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

/**
 * The access token from `Authorization: Bearer …` (preferred: it is the explicit choice of the
 * client) or else from the JWT cookie. A non-Bearer Authorization header is no credential.
 */
export function readAccessToken(
  cookies: CookieReader,
  headers: HeaderReader,
): JwtCredential | null {
  if (headers.get("authorization") !== null) {
    const token = readBearerToken(headers);
    return token === null ? null : { token, transport: "bearer" };
  }
  const cookie = cookies.get(cookieSettings.accessToken.name)?.value;
  return cookie ? { token: cookie, transport: "cookie" } : null;
}

/** The token of an `Authorization: Bearer …` header (RFC 6750 syntax), or null. */
export function readBearerToken(headers: HeaderReader): string | null {
  const match = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i.exec(headers.get("authorization") ?? "");
  return match?.[1] ?? null;
}

import { cookieSettings } from "@/lib/config";

/**
 * Where each area's credential travels. Cookies are only a transport: the same token works from
 * an `Authorization` header in a client without a cookie jar.
 */

interface CookieReader {
  get(name: string): { value: string } | undefined;
}
interface HeaderReader {
  get(name: string): string | null;
}

export type JwtTransport = "cookie" | "bearer";
export interface JwtCredential {
  token: string;
  transport: JwtTransport;
}

/** The sealed session cookie, or null when absent. */
export function readSessionCookie(cookies: CookieReader): string | null {
  return cookies.get(cookieSettings.session.name)?.value || null;
}

/**
 * The access token from `Authorization: Bearer …` (preferred: it is the explicit choice of the
 * client) or else from the JWT cookie. A non-Bearer Authorization header is no credential.
 */
export function readAccessToken(
  cookies: CookieReader,
  headers: HeaderReader,
): JwtCredential | null {
  const authorization = headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i.exec(authorization);
    return match?.[1] ? { token: match[1], transport: "bearer" } : null;
  }
  const cookie = cookies.get(cookieSettings.accessToken.name)?.value;
  return cookie ? { token: cookie, transport: "cookie" } : null;
}

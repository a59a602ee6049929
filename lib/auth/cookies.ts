import "server-only";
import { cookies } from "next/headers";
import { cookieSettings } from "@/config";

/**
 * Setting and clearing the credential cookies, for server actions and route handlers alike. A
 * clearing cookie repeats the original attributes (path above all), or the browser would keep the
 * original.
 */

// The clock is not a credential, but it decides how credentials are judged: it is cleared with
// the same care (back to real time at a login, and by "Back to real time").
type CredentialCookie =
  | "session"
  | "sealedSession"
  | "sessionCache"
  | "accessToken"
  | "refreshToken"
  | "bffSession"
  | "clock";

async function write(kind: CredentialCookie, value: string, maxAge?: number): Promise<void> {
  const { name, options } = cookieSettings[kind];
  (await cookies()).set(name, value, maxAge === undefined ? options : { ...options, maxAge });
}

/** The session cookie carries the token itself; the server keeps only its hash. */
export async function setSessionCookie(token: string): Promise<void> {
  await write("session", token);
}

export async function clearSessionCookie(): Promise<void> {
  await write("session", "", 0);
}

/** The sealed-cookie session: the cookie is the whole session (Max-Age: the seal's ttl − 60 s). */
export async function setSealedSessionCookie(seal: string): Promise<void> {
  await write("sealedSession", seal);
}

export async function clearSealedSessionCookie(): Promise<void> {
  await write("sealedSession", "", 0);
}

export async function clearSessionCacheCookie(): Promise<void> {
  await write("sessionCache", "", 0);
}

/** The cookie lives as long as the token: a browser has no use for an expired one. */
export async function setAccessTokenCookie(
  token: string,
  claims: { iat: number; exp: number },
): Promise<void> {
  await write("accessToken", token, Math.max(1, claims.exp - claims.iat));
}

export async function clearAccessTokenCookie(): Promise<void> {
  await write("accessToken", "", 0);
}

export async function setRefreshTokenCookie(token: string): Promise<void> {
  await write("refreshToken", token);
}

export async function clearRefreshTokenCookie(): Promise<void> {
  await write("refreshToken", "", 0);
}

/** The BFF's session cookie: its opaque token (the JWTs stay on the server). */
export async function setBffSessionCookie(token: string): Promise<void> {
  await write("bffSession", token);
}

export async function clearBffSessionCookie(): Promise<void> {
  await write("bffSession", "", 0);
}

export async function clearClockCookie(): Promise<void> {
  await write("clock", "", 0);
}

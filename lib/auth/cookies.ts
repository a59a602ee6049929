import "server-only";
import { cookies } from "next/headers";
import { cookieSettings } from "@/lib/config";

/**
 * Setting and clearing the credential cookies, for server actions and route handlers alike. A
 * clearing cookie repeats the original attributes, or the browser would keep the original.
 */

export async function setSessionCookie(seal: string): Promise<void> {
  const { name, options } = cookieSettings.session;
  (await cookies()).set(name, seal, options);
}

export async function clearSessionCookie(): Promise<void> {
  const { name, options } = cookieSettings.session;
  (await cookies()).set(name, "", { ...options, maxAge: 0 });
}

/** The cookie lives as long as the token: a browser has no use for an expired one. */
export async function setAccessTokenCookie(
  token: string,
  claims: { iat: number; exp: number },
): Promise<void> {
  const { name, options } = cookieSettings.accessToken;
  (await cookies()).set(name, token, { ...options, maxAge: Math.max(1, claims.exp - claims.iat) });
}

export async function clearAccessTokenCookie(): Promise<void> {
  const { name, options } = cookieSettings.accessToken;
  (await cookies()).set(name, "", { ...options, maxAge: 0 });
}

export async function setRefreshTokenCookie(token: string): Promise<void> {
  const { name, options } = cookieSettings.refreshToken;
  (await cookies()).set(name, token, options);
}

export async function clearRefreshTokenCookie(): Promise<void> {
  const { name, options } = cookieSettings.refreshToken;
  (await cookies()).set(name, "", { ...options, maxAge: 0 });
}

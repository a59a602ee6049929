import "server-only";
import { cookies, headers } from "next/headers";
import { endBffSession, heldTokens } from "@/lib/auth/bff/sessions";
import {
  clearAccessTokenCookie,
  clearBffSessionCookie,
  clearRefreshTokenCookie,
  clearSealedSessionCookie,
  clearSessionCacheCookie,
  clearSessionCookie,
} from "@/lib/auth/cookies";
import { checkTokenBinding } from "@/lib/auth/check/jwt";
import {
  readAccessToken,
  readBffSessionCookie,
  readRefreshCookie,
  readSessionCookie,
  type CookieReader,
  type HeaderReader,
} from "@/lib/auth/credentials";
import { checkRequestDpop, hasDpopProof } from "@/lib/auth/jwt/dpop-check";
import type { AccessTokenClaims } from "@/lib/auth/jwt/tokens";
import { validateAccessTokenForLogout } from "@/lib/auth/jwt/validation";
import {
  revokeRefreshTokenFamily,
  revokeRefreshTokenFamilyOf,
} from "@/lib/auth/jwt/refresh-revocation";
import { revokeLogin } from "@/lib/auth/jwt/revocation";
import { revokeSession } from "@/lib/auth/session/revocation";
import { hashSessionToken, parseSessionCookie } from "@/lib/auth/session/tokens";

/**
 * Logging out of each area, for the form (server action) and the JSON API (route handler) alike.
 * Mirror images, and the whole lesson in three functions: the server-side session deletes what it
 * kept; the sealed cookie and the JWT can only clear what the browser holds.
 */

/** Deletes the server-side record before answering, then clears the cookie (and its cache). */
export async function logOutOfSession(): Promise<void> {
  await endCurrentSession();
  await clearSessionCookie();
  await clearSessionCacheCookie();
}

/**
 * Clears the sealed cookie — all a logout can do: the server kept nothing to delete, so a copy of
 * the cookie taken before still unseals, and works, until the expiry sealed inside it (C40).
 */
export async function logOutOfSealed(): Promise<void> {
  await clearSealedSessionCookie();
}

/**
 * Ends the login: its refresh family (no more renewals) and clears the cookies. The family is
 * found from whatever the client still holds — the access token (its `fid`; expired by no more
 * than `config.jwt.logoutGraceSeconds`), the refresh cookie (its path includes the logout route),
 * or a Bearer client's `refreshToken` — so the owner can log out whatever state the access token
 * is in. A sender-constrained credential counts only with a proof by its key
 * (checkJwtCredentialForLogout): a thief holding a copy without the key ends nothing, though the
 * caller's own cookies are cleared all the same. The access token itself is revoked only as far as
 * the strategy allows: under `none` — the default, and the lesson of this area — a copy taken
 * before logout stays valid until its `exp` (C22).
 */
export async function logOutOfJwt(presentedRefreshToken?: string): Promise<void> {
  const jar = await cookies();
  const { claims, proofJkt } = await checkJwtCredentialForLogout(jar, await headers());
  if (claims !== null) await revokeLogin(claims);
  for (const refresh of [readRefreshCookie(jar), presentedRefreshToken]) {
    if (refresh) await revokeRefreshTokenFamilyOf(refresh, proofJkt);
  }
  await clearAccessTokenCookie();
  await clearRefreshTokenCookie();
}

/**
 * The backend-for-frontend's logout: deletes its session — and with it the only copies of the
 * tokens — before answering, ends the refresh family (and, as far as the strategy allows, the
 * access token: the same as a JWT logout) and clears the cookie. A cookie that names nothing
 * ends nothing, and is cleared all the same.
 */
export async function logOutOfBff(): Promise<void> {
  await endCurrentBffSession();
  await clearBffSessionCookie();
}

/** Ends the BFF session this browser holds, and the login whose tokens it kept. */
export async function endCurrentBffSession(): Promise<void> {
  const ended = await endBffSession(readBffSessionCookie(await cookies()));
  if (ended === null) return;
  await revokeRefreshTokenFamily(ended.familyId);
  const access = await validateAccessTokenForLogout(heldTokens(ended).access);
  if (access.ok) await revokeLogin(access.claims);
}

/** What a logout request may end: see checkJwtCredentialForLogout. */
export interface JwtLogoutCredential {
  /** The access token's claims, when it may end its login: its binding held, not long expired. */
  claims: AccessTokenClaims | null;
  /** The thumbprint of the key the request proved it holds (its DPoP proof), or null. */
  proofJkt: string | null;
}

/**
 * The credentials of a logout request, judged with every rule but one: the access token may have
 * expired a short while ago (validateAccessTokenForLogout). Its sender-constraint holds as on any
 * other request — a DPoP-bound token without a proof by its key ends nothing — and the request's
 * proof, if any, is what a DPoP-bound refresh family asks for (revokeRefreshTokenFamilyOf).
 * Judged on the real clock. Never throws for bad input.
 */
export async function checkJwtCredentialForLogout(
  cookies: CookieReader,
  headers: HeaderReader,
  now = Date.now(),
): Promise<JwtLogoutCredential> {
  const credential = readAccessToken(cookies, headers);
  let claims: AccessTokenClaims | null = null;
  let proofJkt: string | null = null;
  if (credential !== null) {
    const token = await validateAccessTokenForLogout(credential.token, now);
    const bound = token.ok ? await checkTokenBinding(credential, token.claims, headers, now) : null;
    if (token.ok && bound?.ok) [claims, proofJkt] = [token.claims, bound.jkt];
  }
  if (proofJkt === null && hasDpopProof(headers)) {
    // No accepted bound token, but a proof: it may still prove the key of a bound refresh token.
    const accessToken = credential?.transport === "dpop" ? credential.token : undefined;
    const proof = await checkRequestDpop(headers, { accessToken }, now);
    if (proof.ok) proofJkt = proof.jkt;
  }
  return { claims, proofJkt };
}

/** Every area's logout ("Back to real time", "Start over"). */
export async function logOutOfEveryArea(): Promise<void> {
  await logOutOfSession();
  await logOutOfSealed();
  await logOutOfJwt();
  await logOutOfBff();
}

/** Ends the session this browser holds (a login first ends the one it replaces: no fixation). */
export async function endCurrentSession(): Promise<void> {
  const value = readSessionCookie(await cookies());
  const read = value === null ? null : parseSessionCookie(value);
  if (read?.ok) await revokeSession(hashSessionToken(read.token));
}

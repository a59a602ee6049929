import "server-only";
import { cookies, headers } from "next/headers";
import {
  clearAccessTokenCookie,
  clearClockCookie,
  clearRefreshTokenCookie,
  clearSealedSessionCookie,
  clearSessionCacheCookie,
  clearSessionCookie,
  setAccessTokenCookie,
  setRefreshTokenCookie,
  setSealedSessionCookie,
  setSessionCookie,
} from "@/lib/auth/cookies";
import { readAccessToken, readRefreshCookie, readSessionCookie } from "@/lib/auth/credentials";
import { revokeLogin } from "@/lib/auth/jwt/revocation";
import { clockOffsetSeconds, judgingTime } from "@/lib/clock";
import {
  revokeRefreshTokenFamilyOf,
  rotateRefreshToken,
  startRefreshFamily,
  type RefreshFailure,
} from "@/lib/auth/jwt/refresh";
import { createAccessToken, type AccessTokenClaims } from "@/lib/auth/jwt/tokens";
import { validateAccessTokenForLogout } from "@/lib/auth/jwt/validation";
import { createSealedSession, type SealedSessionData } from "@/lib/auth/cookie/tokens";
import { startSession } from "@/lib/auth/session/tokens";
import { hashSessionToken, parseSessionCookie } from "@/lib/auth/session/tokens";
import { revokeSession } from "@/lib/auth/session/revocation";
import { requestMetadata } from "@/lib/http/request";
import { currentLoginClient } from "@/lib/auth/device-cookie";
import { rotateInspectorId } from "@/lib/inspect/rotate-id";
import { toPublicUser, type PublicUser } from "@/lib/users";
import { authenticateUser, type AuthenticationResult } from "@/lib/auth/authenticate";
import { StoreUnavailableError } from "@/lib/session-store/store";
import type { AuthArea } from "@/lib/config/types";
import type { LoginInput } from "@/lib/validation";

/**
 * Logging in and out of each area: the same steps for the form (server action) and the JSON API
 * (route handler). Mirror images: only the mechanism differs.
 */

export type LoginFailure =
  | Extract<AuthenticationResult, { ok: false }>
  | { ok: false; reason: "session_limit"; limit: number }
  | { ok: false; reason: "store_unavailable" };
/** `clockReset`: the login moved this browser's fast-forward clock back to real time. */
export type SessionLogin =
  { ok: true; user: PublicUser; evicted: number; clockReset: boolean } | LoginFailure;
export type CookieLogin =
  { ok: true; user: PublicUser; data: SealedSessionData; clockReset: boolean } | LoginFailure;
export type JwtLogin =
  | {
      ok: true;
      user: PublicUser;
      token: string;
      claims: AccessTokenClaims;
      refreshToken: string;
      clockReset: boolean;
    }
  | LoginFailure;

/** Checks the password, starts a fresh session (never reusing one: no fixation), sets the cookie. */
export async function logInWithSession(input: LoginInput): Promise<SessionLogin> {
  const requestHeaders = await headers();
  const result = await authenticateUser(input, await currentLoginClient());
  if (!result.ok) return result;
  const clockReset = await returnToRealTime("session");
  let started;
  try {
    await endCurrentSession();
    started = await startSession(result.user.id, requestMetadata(requestHeaders));
  } catch (error) {
    // A networked store (Redis) that is away: the password was right, the login cannot be kept.
    if (error instanceof StoreUnavailableError) return { ok: false, reason: "store_unavailable" };
    throw error;
  }
  if (!started.ok) return started;
  await setSessionCookie(started.token);
  await rotateInspectorId();
  return { ok: true, user: toPublicUser(result.user), evicted: started.evicted, clockReset };
}

/**
 * Checks the password and seals the whole session into the cookie. The server writes nothing: no
 * record to look up later, and so none to delete at logout (C40).
 */
export async function logInWithCookie(input: LoginInput): Promise<CookieLogin> {
  const result = await authenticateUser(input, await currentLoginClient());
  if (!result.ok) return result;
  const clockReset = await returnToRealTime("cookie");
  const user = toPublicUser(result.user);
  const { seal, data } = await createSealedSession(user);
  await setSealedSessionCookie(seal);
  await rotateInspectorId();
  return { ok: true, user, data, clockReset };
}

/**
 * Checks the password, signs a short-lived access token and starts a refresh-token family; sets
 * both cookies unless the client keeps the tokens itself (`bearer`). The access token is checked
 * without the server keeping anything; the refresh family is the one record, used only to renew.
 */
export async function logInWithJwt(
  input: LoginInput,
  transport: "cookie" | "bearer" = "cookie",
): Promise<JwtLogin> {
  const result = await authenticateUser(input, await currentLoginClient());
  if (!result.ok) return result;
  const clockReset = await returnToRealTime("jwt");
  const user = toPublicUser(result.user);
  const refresh = startRefreshFamily(user.id);
  const { token, claims } = await createAccessToken(user, Date.now(), {
    familyId: refresh.familyId,
  });
  if (transport === "cookie") {
    await setAccessTokenCookie(token, claims);
    await setRefreshTokenCookie(refresh.token);
  }
  await rotateInspectorId();
  return { ok: true, user, token, claims, refreshToken: refresh.token, clockReset };
}

export type JwtRefresh =
  | {
      ok: true;
      token: string;
      claims: AccessTokenClaims;
      refreshToken: string;
      generation: number;
    }
  | { ok: false; reason: RefreshFailure };

/**
 * Trades a refresh token for a new pair (C25). A cookie client gets both as cookies (and loses
 * both when refused); a Bearer client gets them only in the answer. The access token is made from
 * the user as the database says now.
 */
export async function refreshJwt(
  presented: string,
  transport: "cookie" | "bearer",
): Promise<JwtRefresh> {
  const now = Date.now();
  const rotated = rotateRefreshToken(presented, now, judgingTime(await cookies(), now));
  if (!rotated.ok) {
    if (transport === "cookie") {
      await clearAccessTokenCookie();
      await clearRefreshTokenCookie();
    }
    return rotated;
  }
  const { token, claims } = await createAccessToken(toPublicUser(rotated.user), now, {
    familyId: rotated.familyId,
  });
  if (transport === "cookie") {
    await setAccessTokenCookie(token, claims);
    await setRefreshTokenCookie(rotated.token);
  }
  return { ok: true, token, claims, refreshToken: rotated.token, generation: rotated.generation };
}

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
export async function logOutOfCookie(): Promise<void> {
  await clearSealedSessionCookie();
}

/**
 * Ends the login: its refresh family (no more renewals) and clears the cookies. The family is
 * found from whatever the client still holds — the access token, even expired (its `fid`), the
 * refresh cookie (its path includes the logout route), or a Bearer client's `refreshToken` — so
 * logout works whatever state the access token is in. The access token itself is revoked only as
 * far as the strategy allows: under `none` — the default, and the lesson of this area — a copy
 * taken before logout stays valid until its `exp` (C22).
 */
export async function logOutOfJwt(presentedRefreshToken?: string): Promise<void> {
  const jar = await cookies();
  const credential = readAccessToken(jar, await headers());
  if (credential !== null) {
    const token = await validateAccessTokenForLogout(credential.token);
    if (token.ok) revokeLogin(token.claims);
  }
  for (const refresh of [readRefreshCookie(jar), presentedRefreshToken]) {
    if (refresh) revokeRefreshTokenFamilyOf(refresh);
  }
  await clearAccessTokenCookie();
  await clearRefreshTokenCookie();
}

/** Every area's logout ("Back to real time", "Start over"). */
export async function logOutOfEveryArea(): Promise<void> {
  await logOutOfSession();
  await logOutOfCookie();
  await logOutOfJwt();
}

/**
 * A login under a moved clock (#12.1): the new credential would be judged by that clock and be
 * born expired, so the login first goes back to real time. Going back could revive what the
 * moved clock had expired, so — like "Back to real time" — it also ends the other areas' logins.
 * No shifted time is ever written: the offset only ever applied to judging.
 */
async function returnToRealTime(area: AuthArea): Promise<boolean> {
  const jar = await cookies();
  if (clockOffsetSeconds(jar) === 0) return false;
  if (area !== "session") await logOutOfSession();
  if (area !== "cookie") await logOutOfCookie();
  if (area !== "jwt") await logOutOfJwt();
  await clearClockCookie();
  return true;
}

async function endCurrentSession(): Promise<void> {
  const value = readSessionCookie(await cookies());
  const read = value === null ? null : parseSessionCookie(value);
  if (read?.ok) await revokeSession(hashSessionToken(read.token));
}

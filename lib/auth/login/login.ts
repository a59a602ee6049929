import "server-only";
import { cookies, headers } from "next/headers";
import { startBffSession } from "@/lib/auth/bff/sessions";
import {
  clearAccessTokenCookie,
  clearClockCookie,
  clearRefreshTokenCookie,
  setAccessTokenCookie,
  setBffSessionCookie,
  setRefreshTokenCookie,
  setSealedSessionCookie,
  setSessionCookie,
} from "@/lib/auth/cookies";
import { clockOffsetSeconds, judgingTime } from "@/lib/auth/clock";
import {
  rotateRefreshToken,
  startRefreshFamily,
  type RefreshFailure,
} from "@/lib/auth/jwt/refresh";
import { createAccessToken, type AccessTokenClaims } from "@/lib/auth/jwt/tokens";
import { createSealedSession, type SealedSessionData } from "@/lib/auth/sealed/tokens";
import {
  endCurrentBffSession,
  endCurrentSession,
  logOutOfSealed,
  logOutOfBff,
  logOutOfJwt,
  logOutOfSession,
} from "@/lib/auth/login/logout";
import { startSession } from "@/lib/auth/session/tokens";
import { requestMetadata } from "@/ground/client-address";
import { currentLoginClient } from "@/lib/auth/login/device-cookie";
import { toPublicUser, type PublicUser } from "@/lib/users/public-user";
import { authenticateUser, type AuthenticationResult } from "@/lib/auth/login/authenticate";
import { isStoreUnavailable } from "@/lib/session-store/store";
import type { AuthArea } from "@/config/types";
import type { JwtTransport } from "@/lib/auth/credentials";
import type { LoginInput } from "@/lib/validation/accounts";

/**
 * Logging in to each area (and renewing a JWT): the same steps for the form (server action) and
 * the JSON API (route handler). Mirror images: only the mechanism differs. Logging out is
 * ./logout.ts. Whoever calls a login also gives the browser a new inspector id once it succeeds
 * (lib/inspect/rotate-id.ts): the inspector stands above auth, so auth does not call it.
 */

export type LoginFailure =
  | Extract<AuthenticationResult, { ok: false }>
  | { ok: false; reason: "session_limit"; limit: number }
  | { ok: false; reason: "store_unavailable" };
/** `clockReset`: the login moved this browser's fast-forward clock back to real time. */
export type SessionLogin =
  { ok: true; user: PublicUser; evicted: number; clockReset: boolean } | LoginFailure;
export type SealedLogin =
  { ok: true; user: PublicUser; data: SealedSessionData; clockReset: boolean } | LoginFailure;
export type JwtLogin =
  | {
      ok: true;
      user: PublicUser;
      token: string;
      claims: AccessTokenClaims;
      refreshToken: string;
      familyId: string;
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
    if (isStoreUnavailable(error)) return { ok: false, reason: "store_unavailable" };
    throw error;
  }
  if (!started.ok) return started;
  await setSessionCookie(started.token);
  return { ok: true, user: toPublicUser(result.user), evicted: started.evicted, clockReset };
}

/**
 * Checks the password and seals the whole session into the cookie. The server writes nothing: no
 * record to look up later, and so none to delete at logout (C40).
 */
export async function logInWithSealed(input: LoginInput): Promise<SealedLogin> {
  const result = await authenticateUser(input, await currentLoginClient());
  if (!result.ok) return result;
  const clockReset = await returnToRealTime("sealed");
  const user = toPublicUser(result.user);
  const { seal, data } = await createSealedSession(user);
  await setSealedSessionCookie(seal);
  return { ok: true, user, data, clockReset };
}

/**
 * Checks the password, signs a short-lived access token and starts a refresh-token family; sets
 * both cookies unless the client keeps the tokens itself (`bearer`). The access token is checked
 * without the server keeping anything; the refresh family is the one record, used only to renew.
 */
export async function logInWithJwt(
  input: LoginInput,
  transport: JwtTransport = "cookie",
  // The thumbprint of the DPoP key whose proof came with the login (already verified): the
  // access token and the whole refresh family are bound to it.
  jkt?: string,
): Promise<JwtLogin> {
  const result = await authenticateUser(input, await currentLoginClient());
  if (!result.ok) return result;
  const clockReset = await returnToRealTime("jwt");
  const user = toPublicUser(result.user);
  const now = Date.now();
  const refresh = await startRefreshFamily(user.id, now, { jkt });
  const { token, claims } = await createAccessToken(user, now, {
    familyId: refresh.familyId,
    authTime: now,
    jkt,
  });
  if (transport === "cookie") {
    await setAccessTokenCookie(token, claims);
    await setRefreshTokenCookie(refresh.token);
  }
  const { familyId } = refresh;
  return { ok: true, user, token, claims, refreshToken: refresh.token, familyId, clockReset };
}

export type BffLogin =
  { ok: true; user: PublicUser; claims: AccessTokenClaims; clockReset: boolean } | LoginFailure;

/**
 * The backend-for-frontend's login: the JWT login itself, with the BFF as the client that keeps
 * the tokens — in its own store, sealed — while the browser gets only a cookie naming them (a new
 * one: the session it replaces ends first, no fixation). No token is in the answer.
 */
export async function logInWithBff(input: LoginInput): Promise<BffLogin> {
  const login = await logInWithJwt(input, "bearer");
  if (!login.ok) return login;
  await endCurrentBffSession();
  const held = { access: login.token, refresh: login.refreshToken };
  const token = await startBffSession(login.user.id, login.familyId, held, login.claims.exp * 1000);
  await setBffSessionCookie(token);
  return { ok: true, user: login.user, claims: login.claims, clockReset: login.clockReset };
}

export type JwtRefresh =
  | {
      ok: true;
      token: string;
      claims: AccessTokenClaims;
      refreshToken: string;
      generation: number;
      graced: boolean;
    }
  | { ok: false; reason: RefreshFailure };

/**
 * Trades a refresh token for a new pair (C25). A cookie client gets both as cookies (and loses
 * both when refused); a Bearer client gets them only in the answer. The access token is made from
 * the user as the database says now.
 */
export async function refreshJwt(
  presented: string,
  transport: JwtTransport,
  proofJkt: string | null = null,
): Promise<JwtRefresh> {
  const now = Date.now();
  const judgeAt = judgingTime(await cookies(), now);
  const rotated = await rotateRefreshToken(presented, now, judgeAt, proofJkt);
  if (!rotated.ok) {
    if (transport === "cookie") {
      await clearAccessTokenCookie();
      await clearRefreshTokenCookie();
    }
    return rotated;
  }
  // A refresh is not a login: the family's original auth_time and key binding carry over.
  const { token, claims } = await createAccessToken(toPublicUser(rotated.user), now, {
    familyId: rotated.familyId,
    authTime: rotated.authTime ?? undefined,
    jkt: rotated.jkt ?? undefined,
  });
  if (transport === "cookie") {
    await setAccessTokenCookie(token, claims);
    await setRefreshTokenCookie(rotated.token);
  }
  const { generation, graced } = rotated;
  return { ok: true, token, claims, refreshToken: rotated.token, generation, graced };
}

/**
 * A login under a moved clock: the new credential would be judged by that clock and be
 * born expired, so the login first goes back to real time. Going back could revive what the
 * moved clock had expired, so — like "Back to real time" — it also ends the other areas' logins.
 * No shifted time is ever written: the offset only ever applied to judging.
 */
export async function returnToRealTime(area: AuthArea): Promise<boolean> {
  const jar = await cookies();
  if (clockOffsetSeconds(jar) === 0) return false;
  if (area !== "session") await logOutOfSession();
  if (area !== "sealed") await logOutOfSealed();
  if (area !== "jwt") await logOutOfJwt();
  // The BFF's session too, whichever area logs in (a BFF login then starts a fresh one).
  await logOutOfBff();
  await clearClockCookie();
  return true;
}

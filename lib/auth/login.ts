import "server-only";
import { cookies, headers } from "next/headers";
import {
  clearAccessTokenCookie,
  clearSessionCookie,
  setAccessTokenCookie,
  setSessionCookie,
} from "@/lib/auth/cookies";
import { readSessionCookie } from "@/lib/auth/credentials";
import { createAccessToken, type AccessTokenClaims } from "@/lib/auth/jwt";
import { startSession } from "@/lib/auth/session-limit";
import {
  hashSessionToken,
  invalidateSession,
  sealSessionToken,
  unsealSessionCookie,
} from "@/lib/auth/session";
import { clientAddress, requestMetadata } from "@/lib/http/request";
import {
  authenticateUser,
  toPublicUser,
  type AuthenticationResult,
  type PublicUser,
} from "@/lib/users";
import type { LoginInput } from "@/lib/validation";

/**
 * Logging in and out of each area: the same steps for the form (server action) and the JSON API
 * (route handler). Mirror images: only the mechanism differs.
 */

export type LoginFailure =
  | Extract<AuthenticationResult, { ok: false }>
  | { ok: false; reason: "session_limit"; limit: number };
export type SessionLogin = { ok: true; user: PublicUser; evicted: number } | LoginFailure;
export type JwtLogin =
  { ok: true; user: PublicUser; token: string; claims: AccessTokenClaims } | LoginFailure;

/** Checks the password, starts a fresh session (never reusing one: no fixation), sets the cookie. */
export async function logInWithSession(input: LoginInput): Promise<SessionLogin> {
  const requestHeaders = await headers();
  const result = await authenticateUser(input, clientAddress(requestHeaders));
  if (!result.ok) return result;
  await endCurrentSession();
  const started = await startSession(result.user.id, requestMetadata(requestHeaders));
  if (!started.ok) return started;
  await setSessionCookie(await sealSessionToken(started.token));
  return { ok: true, user: toPublicUser(result.user), evicted: started.evicted };
}

/**
 * Checks the password and signs an access token; sets the cookie unless the client keeps the
 * token itself (`bearer`). No server-side record is written either way.
 */
export async function logInWithJwt(
  input: LoginInput,
  transport: "cookie" | "bearer" = "cookie",
): Promise<JwtLogin> {
  const result = await authenticateUser(input, clientAddress(await headers()));
  if (!result.ok) return result;
  const user = toPublicUser(result.user);
  const { token, claims } = await createAccessToken(user);
  if (transport === "cookie") await setAccessTokenCookie(token);
  return { ok: true, user, token, claims };
}

/** Deletes the server-side record before answering, then clears the cookie. */
export async function logOutOfSession(): Promise<void> {
  await endCurrentSession();
  await clearSessionCookie();
}

/**
 * Clears the cookie — and that is all a stateless server can do: a copy of the token taken
 * before logout stays valid until its `exp`. That is the lesson of this area.
 */
export async function logOutOfJwt(): Promise<void> {
  await clearAccessTokenCookie();
}

async function endCurrentSession(): Promise<void> {
  const seal = readSessionCookie(await cookies());
  if (seal === null) return;
  const unsealed = await unsealSessionCookie(seal);
  if (unsealed.ok) await invalidateSession(hashSessionToken(unsealed.token));
}

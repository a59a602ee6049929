import "server-only";
import { headers } from "next/headers";
import { findUserById } from "@/db/queries/users";
import { confirmPassword, type AuthenticationResult } from "@/lib/auth/login/authenticate";
import { setAccessTokenCookie, setRefreshTokenCookie, setSessionCookie } from "@/lib/auth/cookies";
import type { JwtAuth } from "@/lib/auth/check/jwt";
import type { SessionAuth } from "@/lib/auth/check/session";
import { currentLoginClient } from "@/lib/auth/login/device-cookie";
import { startRefreshFamily } from "@/lib/auth/jwt/refresh";
import { revokeRefreshTokenFamily } from "@/lib/auth/jwt/refresh-revocation";
import { createAccessToken, type AccessTokenClaims } from "@/lib/auth/jwt/tokens";
import { returnToRealTime } from "@/lib/auth/login/login";
import { rotateSession } from "@/lib/auth/session/tokens";
import { requestMetadata } from "@/ground/client-address";
import { toPublicUser } from "@/lib/users/public-user";

/**
 * Typing the password again (step-up, lib/auth/step-up/step-up.ts). Mirror images: each starts the
 * credential afresh, as a login would — the session gets a new record and token (its creation is
 * the new authentication time; no fixation), the JWT login a new refresh family and an access
 * token whose `auth_time` is now (the old family ends). Like a login, it goes back to real time
 * (a credential made under a moved clock would be judged by it).
 */

type Refused = Extract<AuthenticationResult, { ok: false }>;

export type SessionReauthentication = { ok: true; authTime: number } | Refused;

export async function reauthenticateSession(
  auth: Extract<SessionAuth, { ok: true }>,
  password: string,
): Promise<SessionReauthentication> {
  const confirmed = await confirmPassword(auth.user, password, await currentLoginClient());
  if (!confirmed.ok) return confirmed;
  await returnToRealTime("session");
  const { token, session } = await rotateSession(auth.session, requestMetadata(await headers()));
  await setSessionCookie(token);
  return { ok: true, authTime: session.createdAt.getTime() };
}

export type JwtReauthentication =
  | {
      ok: true;
      token: string;
      claims: AccessTokenClaims;
      refreshToken: string;
      authTime: number;
    }
  | Refused
  | { ok: false; reason: "user_not_found" };

export async function reauthenticateJwt(
  auth: Extract<JwtAuth, { ok: true }>,
  password: string,
): Promise<JwtReauthentication> {
  const user = await findUserById(Number(auth.claims.sub));
  if (user === null || user.disabledAt !== null) return { ok: false, reason: "user_not_found" };
  const publicUser = toPublicUser(user);
  const confirmed = await confirmPassword(publicUser, password, await currentLoginClient());
  if (!confirmed.ok) return confirmed;
  await returnToRealTime("jwt");
  const now = Date.now();
  // The same key binding as before (the request proved it, if DPoP); a new family, the old one ends.
  const jkt = auth.claims.cnf?.jkt;
  if (auth.claims.fid !== undefined) {
    await revokeRefreshTokenFamily(auth.claims.fid, "reauthenticated");
  }
  const refresh = await startRefreshFamily(user.id, now, { jkt });
  const { token, claims } = await createAccessToken(publicUser, now, {
    familyId: refresh.familyId,
    authTime: now,
    jkt,
  });
  if (auth.transport === "cookie") {
    await setAccessTokenCookie(token, claims);
    await setRefreshTokenCookie(refresh.token);
  }
  return { ok: true, token, claims, refreshToken: refresh.token, authTime: now };
}

import "server-only";
import { createAccessToken } from "@/lib/auth/jwt/tokens";
import { startRefreshFamily } from "@/lib/auth/jwt/refresh";
import { createSealedSession } from "@/lib/auth/sealed/tokens";
import { startSession, type SessionMetadata } from "@/lib/auth/session/tokens";
import type { PublicUser } from "@/lib/users/public-user";

/**
 * A login in each mechanism made and kept on the server — "another device" of a user — with
 * each mechanism's own functions (the ones the login routes call), but no cookie set: the
 * visitor's browser never holds these credentials, and its own login is untouched. The password
 * check is the caller's to have done or to skip for a reason it states: the revocation-lag
 * meter's account is one the server made (lib/compare/revocation-lag), the tour's second device
 * is the logged-in visitor's own user (lib/learn/other-device.ts).
 */

export interface ServerLogins {
  session: { token: string; sessionId: string };
  sealed: { seal: string; expiresAt: number };
  jwt: { token: string; expiresAt: number; familyId: string; refreshToken: string };
}

export async function logInOnServer(
  user: PublicUser,
  device: SessionMetadata,
  now = Date.now(),
  // The session limit as startSession applies it; a caller may lift it (its device lives for
  // one click and must not log anyone out).
  { sessionLimit }: { sessionLimit?: number } = {},
): Promise<{ ok: true; logins: ServerLogins } | { ok: false; reason: "session_limit" }> {
  const session = await startSession(user.id, device, now, { limit: sessionLimit });
  if (!session.ok) return { ok: false, reason: "session_limit" };
  const { seal, data } = await createSealedSession(user, now);
  const refresh = await startRefreshFamily(user.id, now);
  const { token, claims } = await createAccessToken(user, now, {
    familyId: refresh.familyId,
    authTime: now,
  });
  return {
    ok: true,
    logins: {
      session: { token: session.token, sessionId: session.session.id },
      sealed: { seal, expiresAt: data.exp * 1000 },
      jwt: {
        token,
        expiresAt: claims.exp * 1000,
        familyId: refresh.familyId,
        refreshToken: refresh.token,
      },
    },
  };
}

import "server-only";
import { createAccessToken } from "@/lib/auth/jwt/tokens";
import { startRefreshFamily } from "@/lib/auth/jwt/refresh";
import { createSealedSession } from "@/lib/auth/sealed/tokens";
import { startSession } from "@/lib/auth/session/tokens";
import type { PublicUser } from "@/lib/users/public-user";

/**
 * A fresh login in each mechanism for the meter's account, made with each mechanism's own
 * functions (the ones the login routes call) but kept on the server: no cookie is set, so the
 * visitor's browser never holds them, and its own login is untouched. The password check is
 * skipped on purpose: the account is one the server made for this browser, and its password is
 * known to the server alone.
 */

export interface MeterLogins {
  session: { token: string; sessionId: string };
  sealed: { seal: string; expiresAt: number };
  jwt: { token: string; expiresAt: number; refreshToken: string };
}

const METADATA = { userAgent: "Revocation-lag meter (a copy kept on the server)", ip: null };

export async function startMeterLogins(
  user: PublicUser,
  now = Date.now(),
): Promise<{ ok: true; logins: MeterLogins } | { ok: false; reason: "session_limit" }> {
  const session = await startSession(user.id, METADATA, now);
  if (!session.ok) return { ok: false, reason: "session_limit" };
  const { seal, data } = await createSealedSession(user, now);
  const refresh = startRefreshFamily(user.id, now);
  const { token, claims } = await createAccessToken(user, now, {
    familyId: refresh.familyId,
    authTime: now,
  });
  return {
    ok: true,
    logins: {
      session: { token: session.token, sessionId: session.session.id },
      sealed: { seal, expiresAt: data.exp * 1000 },
      jwt: { token, expiresAt: claims.exp * 1000, refreshToken: refresh.token },
    },
  };
}

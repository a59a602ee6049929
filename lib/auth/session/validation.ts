import "server-only";
import type { Session } from "@/db/schema";
import { config } from "@/config";
import { hashSessionToken, type SessionFailure } from "@/lib/auth/session/tokens";
import { wasEvicted } from "@/lib/auth/session/eviction";
import { getSessionStore } from "@/lib/session-store";
import { isExpired } from "@/lib/session-store/store";
import { toPublicUser, type PublicUser } from "@/lib/users/public-user";

/**
 * Checking a session: the store lookup, where logout and revocation take effect. Mirror of
 * lib/auth/jwt/validation.ts.
 */

export type SessionValidation =
  { ok: true; session: Session; user: PublicUser } | { ok: false; reason: SessionFailure };

/**
 * The authoritative check: one store lookup (the session with its user, so a role change is seen
 * at once). Enforces idle and absolute expiry and deletes a session found expired; slides the
 * idle expiry, writing last_seen at most once per interval.
 */
export async function validateSessionToken(
  token: string,
  now = Date.now(),
  judgeAt = now, // later than `now` under the demo's fast-forward clock (lib/auth/clock.ts)
  // false: judge by every rule but change nothing (no sliding, no purge) — the inspector's reads.
  { slide = true }: { slide?: boolean } = {},
): Promise<SessionValidation> {
  const store = getSessionStore();
  const id = hashSessionToken(token);
  const found = await store.findWithUser(id);
  if (found === null) {
    // Gone: logged out, revoked — or pushed out by a newer login past the limit, which says so.
    return {
      ok: false,
      reason: (await wasEvicted(id, now)) ? "session_evicted" : "session_not_found",
    };
  }
  const { session, user } = found;
  if (user.disabledAt !== null) {
    if (slide) await store.delete(session.id);
    return { ok: false, reason: "user_disabled" };
  }
  if (isExpired(session, judgeAt)) {
    if (slide) await store.delete(session.id);
    const reason =
      judgeAt >= session.expiresAt.getTime() ? "session_expired" : "session_idle_expired";
    return { ok: false, reason };
  }
  const due =
    now - session.lastSeenAt.getTime() >= config.session.lastSeenWriteIntervalSeconds * 1000;
  if (slide && due) {
    const idle = now + config.session.idleTtlSeconds * 1000;
    // The idle expiry never outlives the absolute one.
    const idleExpiresAt = new Date(Math.min(idle, session.expiresAt.getTime()));
    await store.touch(session.id, new Date(now), idleExpiresAt);
    return {
      ok: true,
      session: { ...session, lastSeenAt: new Date(now), idleExpiresAt },
      user: toPublicUser(user),
    };
  }
  return { ok: true, session, user: toPublicUser(user) };
}

import "server-only";
import { getSessionStore } from "@/lib/session-store";

/**
 * Ending sessions: the record is deleted, so replaying the cookie finds nothing. Mirror of
 * lib/auth/jwt/revocation.ts (where the same verb can only do what the strategy allows).
 */

/** Ends a session server-side; replaying its cookie afterwards finds nothing. */
export async function revokeSession(sessionId: string): Promise<boolean> {
  return getSessionStore().delete(sessionId);
}

/** Ends every session of a user at once (admin force-logout, account disabled); returns how many. */
export async function revokeUserSessions(userId: number): Promise<number> {
  return getSessionStore().deleteForUser(userId);
}

/**
 * The caller's session ends the user's other sessions (`targetId` alone, or all of them), only
 * while it still exists itself: of two devices ending each other at once, one wins and stays
 * logged in. Null when the caller's own session is gone (it lost such a race).
 */
export async function revokeOtherSessions(
  userId: number,
  callerId: string,
  targetId?: string,
): Promise<number | null> {
  return getSessionStore().deleteOthers(userId, callerId, targetId);
}

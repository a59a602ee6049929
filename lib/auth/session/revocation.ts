import "server-only";
import { getSessionStore } from "@/lib/session-store";

/**
 * Ending sessions: the record is deleted, so replaying the cookie finds nothing. Mirror of
 * lib/auth/jwt/revocation.ts (where the same verb can only do what the strategy allows).
 */

/**
 * Ends a session server-side; replaying its cookie afterwards finds nothing. Only a session of
 * this lab (lib/auth/visitor-lab): the store is shared by every lab, and a cookie carried into
 * another lab — logged out there, or replaced by a login there — must end nothing of its own lab.
 */
export async function revokeSession(sessionId: string): Promise<boolean> {
  const store = getSessionStore();
  if ((await store.findWithUser(sessionId)) === null) return false;
  return store.delete(sessionId);
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

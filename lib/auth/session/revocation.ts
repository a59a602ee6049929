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

/**
 * Ends every session of a user at once (admin force-logout, account disabled), or every one but
 * `keepId` (log out other devices); returns how many.
 */
export async function revokeUserSessions(userId: number, keepId?: string): Promise<number> {
  return getSessionStore().deleteForUser(userId, keepId);
}

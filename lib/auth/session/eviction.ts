import "server-only";
import type { Session } from "@/db/schema";
import { getSessionStore } from "@/lib/session-store";
import { isExpired } from "@/lib/session-store/store";

/**
 * Why a session is gone, when the concurrent-session limit ended it: a deleted record says
 * nothing, so the device that lost its slot would read a bare "not found". The store's one-time
 * values (claimOnce, the DPoP replay cache) hold a short note per evicted record — shared by
 * every instance, like the records — kept until that session would have expired anyway.
 */

const noteKey = (sessionId: string): string => `session-evicted:${sessionId}`;

/**
 * The user's unexpired sessions before a login that may evict: what notesForEvicted compares
 * against. Empty when the policy cannot evict, so a refusing limit costs no read.
 */
export async function sessionsBeforeLogin(
  userId: number,
  canEvict: boolean,
  now: number,
): Promise<Session[]> {
  if (!canEvict) return [];
  return (await getSessionStore().listForUser(userId)).filter((s) => !isExpired(s, now));
}

/**
 * Leaves a note for each of the `evicted` oldest sessions of `before` that the login removed.
 * Returns their ids (the caller's own session among them means this browser was evicted).
 */
export async function noteEvictedSessions(
  userId: number,
  before: Session[],
  evicted: number,
  now: number,
): Promise<string[]> {
  if (evicted <= 0 || before.length === 0) return [];
  const store = getSessionStore();
  const still = new Set((await store.listForUser(userId)).map((s) => s.id));
  const gone = before
    .filter((s) => !still.has(s.id))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .slice(0, evicted);
  await Promise.all(gone.map((s) => store.claimOnce(noteKey(s.id), s.expiresAt.getTime(), now)));
  return gone.map((s) => s.id);
}

/**
 * Whether the limit ended this (now missing) session. Asked only for a record that is not found,
 * and only read: a flood of made-up tokens writes nothing.
 */
export async function wasEvicted(sessionId: string, now: number): Promise<boolean> {
  return getSessionStore().heldOnce(noteKey(sessionId), now);
}

import "server-only";
import {
  countSessionsByUser,
  deleteExpiredSessions,
  deleteExpiredUserSessions,
  deleteOtherUserSessions,
  deleteSession,
  deleteUserSessions,
  findSessionWithUser,
  findUserSessions,
  insertSession,
  isUserSession,
  sessionStoreTotals,
  touchSession,
} from "@/db/queries/sessions";
import { claimUsedOnce, isUsedOnceHeld, deleteExpiredUsedOnce } from "@/db/queries/used-once";
import type { LimitedInsert, SessionStore } from "@/lib/session-store/store";
import { inImmediateTransaction } from "@/db/client";

/**
 * The default store: the `sessions` table beside `users`, so the lookup is one indexed join
 * (session and user in a single query), and records survive restarts (C07). One machine only:
 * SQLite is a file, not a server.
 */
export function createSqliteSessionStore(): SessionStore {
  return {
    kind: "sqlite",
    findWithUser: async (id) => findSessionWithUser(id),
    insert: async (session) => insertSession(session),
    insertWithinLimit: async (session, limit, policy, now) =>
      // BEGIN IMMEDIATE takes the write lock before counting, so two logins cannot both count
      // the same number and both insert.
      inImmediateTransaction(async (): Promise<LimitedInsert> => {
        await deleteExpiredUserSessions(session.userId, new Date(now));
        const active = await findUserSessions(session.userId); // newest first
        let evicted = 0;
        if (active.length >= limit) {
          if (policy === "refuse-new") return { ok: false, reason: "session_limit" };
          for (const oldest of active.slice(limit - 1)) {
            evicted += (await deleteSession(oldest.id)) ? 1 : 0;
          }
        }
        await insertSession(session);
        return { ok: true, evicted };
      }),
    touch: async (id, lastSeenAt, idleExpiresAt) => touchSession(id, lastSeenAt, idleExpiresAt),
    delete: async (id) => deleteSession(id),
    listForUser: async (userId) => findUserSessions(userId),
    deleteForUser: async (userId) => deleteUserSessions(userId),
    // Check and delete in one BEGIN IMMEDIATE: a racing call from the session being deleted here
    // either ran first (and this one finds its own record gone) or runs after (and finds its own).
    deleteOthers: async (userId, keepId, targetId) =>
      inImmediateTransaction(async () =>
        (await isUserSession(userId, keepId))
          ? deleteOtherUserSessions(userId, keepId, targetId)
          : null,
      ),
    countByUser: async (now) => countSessionsByUser(new Date(now)),
    totals: async (now) => ({ kind: "sqlite", ...(await sessionStoreTotals(new Date(now))) }),
    // The sweep also drops one-time values whose time is over (they are not sessions, so they
    // do not count towards the batch that decides whether to sweep again at once).
    deleteExpired: async (now, batch) => {
      await deleteExpiredUsedOnce(now, batch);
      return deleteExpiredSessions(new Date(now), batch);
    },
    claimOnce: async (key, expiresAt, now) => claimUsedOnce(key, expiresAt, now),
    heldOnce: async (key, now) => isUsedOnceHeld(key, now),
  };
}

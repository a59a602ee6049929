import "server-only";
import { findUserById } from "@/db/queries/users";
import type { Session } from "@/db/schema";
import { isExpired, type SessionStore } from "@/lib/session-store/store";
import { processSingleton } from "@/ground/singleton";

/**
 * Sessions in a Map inside this process: no I/O at all, and nothing left when the process stops
 * or crashes — every user is logged out (C07). Also one process only: a second instance has its
 * own, empty Map. Records are copied in and out so no caller can change one in place.
 */

interface MemoryState {
  sessions: Map<string, Session>;
  byUser: Map<number, Set<string>>;
  /** One-time values (DPoP proof jtis) and until when each is held. */
  usedOnce: Map<string, number>;
}

// A replay cache must not forget a value while it could still be replayed, so a full one refuses
// new values rather than evicting live ones: 100,000 proofs in one proof window is a flood.
const USED_ONCE_MAX = 100_000;

// The proxy and the route bundles load this module separately; the Map must be one per process.
function processState(): MemoryState {
  return processSingleton<MemoryState>("memory-session-store", () => ({
    sessions: new Map(),
    byUser: new Map(),
    usedOnce: new Map(),
  }));
}

const copy = (session: Session): Session => structuredClone(session);

export function createMemorySessionStore(): SessionStore {
  const { sessions, byUser, usedOnce } = processState();

  const userIds = (userId: number): string[] => [...(byUser.get(userId) ?? [])];
  const put = (session: Session): void => {
    sessions.set(session.id, copy(session));
    byUser.set(session.userId, (byUser.get(session.userId) ?? new Set()).add(session.id));
  };
  const remove = (id: string): boolean => {
    const session = sessions.get(id);
    if (session === undefined) return false;
    sessions.delete(id);
    const ids = byUser.get(session.userId);
    ids?.delete(id);
    if (ids?.size === 0) byUser.delete(session.userId);
    return true;
  };
  const newestFirst = (userId: number): Session[] =>
    userIds(userId)
      .map((id) => sessions.get(id) as Session)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());

  return {
    kind: "memory",
    async findWithUser(id) {
      const session = sessions.get(id);
      if (session === undefined) return null;
      const user = await findUserById(session.userId);
      return user === null ? null : { session: copy(session), user };
    },
    insert: async (session) => put(session),
    // No await inside: JavaScript runs this to the end before any other request, so it is atomic.
    async insertWithinLimit(session, limit, policy, now) {
      for (const old of newestFirst(session.userId)) if (isExpired(old, now)) remove(old.id);
      const active = newestFirst(session.userId);
      let evicted = 0;
      if (active.length >= limit) {
        if (policy === "refuse-new") return { ok: false, reason: "session_limit" };
        for (const oldest of active.slice(limit - 1)) evicted += remove(oldest.id) ? 1 : 0;
      }
      put(session);
      return { ok: true, evicted };
    },
    async touch(id, lastSeenAt, idleExpiresAt) {
      const session = sessions.get(id);
      if (session !== undefined) sessions.set(id, { ...session, lastSeenAt, idleExpiresAt });
    },
    delete: async (id) => remove(id),
    listForUser: async (userId) => newestFirst(userId).map(copy),
    async deleteForUser(userId) {
      let deleted = 0;
      for (const id of userIds(userId)) if (remove(id)) deleted += 1;
      return deleted;
    },
    // No await inside: the check and the deletions run to the end before any other request.
    async deleteOthers(userId, keepId, targetId) {
      if (sessions.get(keepId)?.userId !== userId) return null;
      let deleted = 0;
      for (const id of userIds(userId)) {
        if (id !== keepId && (targetId === undefined || id === targetId) && remove(id))
          deleted += 1;
      }
      return deleted;
    },
    async countByUser(now) {
      const counts = new Map<number, number>();
      for (const s of sessions.values()) {
        if (!isExpired(s, now)) counts.set(s.userId, (counts.get(s.userId) ?? 0) + 1);
      }
      return counts;
    },
    async totals(now) {
      let rows = 0;
      let dataBytes = 0;
      for (const s of sessions.values()) {
        if (isExpired(s, now)) continue;
        rows += 1;
        // What the record would take serialised; the live objects cost more in V8's heap.
        dataBytes += Buffer.byteLength(JSON.stringify(s));
      }
      return { kind: "memory", rows, dataBytes, diskBytes: null };
    },
    async claimOnce(key, expiresAt, now) {
      const held = usedOnce.get(key);
      if (held !== undefined && held > now) return false;
      if (usedOnce.size >= USED_ONCE_MAX) {
        for (const [k, until] of usedOnce) if (until <= now) usedOnce.delete(k);
        if (usedOnce.size >= USED_ONCE_MAX) return false;
      }
      usedOnce.set(key, expiresAt);
      return true;
    },
    async heldOnce(key, now) {
      const held = usedOnce.get(key);
      return held !== undefined && held > now;
    },
    async deleteExpired(now, batch) {
      for (const [k, until] of usedOnce) if (until <= now) usedOnce.delete(k);
      let deleted = 0;
      for (const s of [...sessions.values()]) {
        if (deleted >= batch) break;
        if (isExpired(s, now) && remove(s.id)) deleted += 1;
      }
      return deleted;
    },
  };
}

import "server-only";
import { and, asc, count, eq, lt } from "drizzle-orm";
import { getDb, inImmediateTransaction } from "@/db/client";
import {
  jwtDenylist,
  jwtSettings,
  labs,
  sealSettings,
  signingKeys,
  users,
  type LabRow,
} from "@/db/schema";

/**
 * The visitor labs of a hosted instance (lib/auth/visitor-lab): the one table that looks across
 * labs, by their ids. What is inside a lab is reached only from within it (ground/context.ts).
 */

export function insertLab(id: string, now: Date): void {
  getDb().insert(labs).values({ id, createdAt: now, lastSeenAt: now }).run();
}

export function findLab(id: string): LabRow | null {
  return getDb().select().from(labs).where(eq(labs.id, id)).get() ?? null;
}

/** Marks the lab as used now; false when it is gone (deleted as idle, or never was). */
export function touchLab(id: string, now: Date): boolean {
  return getDb().update(labs).set({ lastSeenAt: now }).where(eq(labs.id, id)).run().changes === 1;
}

export function countLabs(): number {
  return getDb().select({ n: count() }).from(labs).get()?.n ?? 0;
}

/** The labs last used before `cutoff`, least recently used first. */
export function findLabsIdleSince(cutoff: Date, limit = 1000): LabRow[] {
  return getDb()
    .select()
    .from(labs)
    .where(lt(labs.lastSeenAt, cutoff))
    .orderBy(asc(labs.lastSeenAt))
    .limit(limit)
    .all();
}

/** How many accounts a lab holds (its demo accounts included). */
export function countUsersOfLab(id: string): number {
  return getDb().select({ n: count() }).from(users).where(eq(users.labId, id)).get()?.n ?? 0;
}

/**
 * Deletes a lab and everything in it, in one transaction: its accounts (their SQLite sessions and
 * refresh families follow by foreign key), keys, settings and deny-list rows. With `idleBefore`,
 * only if it is still unused since then, judged inside the transaction: a request that touched
 * the lab a moment ago (enterLab) keeps it — a lab is never deleted under a request in flight.
 * Returns the deleted accounts' ids (for the session stores outside this database), or null when
 * nothing was deleted.
 */
export function deleteLabRows(id: string, idleBefore?: Date): number[] | null {
  return inImmediateTransaction(() => {
    const still =
      idleBefore === undefined
        ? eq(labs.id, id)
        : and(eq(labs.id, id), lt(labs.lastSeenAt, idleBefore));
    if (getDb().delete(labs).where(still).run().changes === 0) return null;
    const gone = getDb()
      .delete(users)
      .where(eq(users.labId, id))
      .returning({ id: users.id })
      .all()
      .map((row) => row.id);
    getDb().delete(signingKeys).where(eq(signingKeys.labId, id)).run();
    getDb().delete(jwtSettings).where(eq(jwtSettings.labId, id)).run();
    getDb().delete(sealSettings).where(eq(sealSettings.labId, id)).run();
    getDb().delete(jwtDenylist).where(eq(jwtDenylist.labId, id)).run();
    return gone;
  });
}

/**
 * Opens a lab in one transaction, so the cap holds however many first logins race (and however
 * many instances share the database): at `maxLabs`, the least recently used lab idle since
 * `evictableBefore` is deleted first; with none, nothing is opened (null). `fill` writes the
 * lab's first rows (its demo accounts) inside the same transaction.
 */
export function insertLabWithinCap(
  id: string,
  now: Date,
  bounds: EvictionBounds,
  fill: () => void,
): { evicted: { id: string; userIds: number[] } | null } | null {
  const { maxLabs, evictableBefore } = bounds;
  return inImmediateTransaction(() => {
    let evicted: { id: string; userIds: number[] } | null = null;
    if (countLabs() >= maxLabs) {
      const oldest = evictable(bounds);
      const userIds = oldest === undefined ? null : deleteLabRows(oldest.id, evictableBefore);
      if (oldest === undefined || userIds === null) return null;
      evicted = { id: oldest.id, userIds };
    }
    insertLab(id, now);
    fill();
    return { evicted };
  });
}

export interface EvictionBounds {
  maxLabs: number;
  /** A lab unused since before this may make room for a new one... */
  evictableBefore: Date;
  /** ...unless the caller knows better (a request of its own in it just now). */
  mayEvict: (id: string) => boolean;
}

/** The least recently used lab that may make room, if any. */
function evictable({ evictableBefore, mayEvict }: EvictionBounds): LabRow | undefined {
  return findLabsIdleSince(evictableBefore, 50).find((lab) => mayEvict(lab.id));
}

/** Whether a lab could be opened now: below the cap, or with an idle lab to make room. */
export function hasRoomForLab(bounds: EvictionBounds): boolean {
  return countLabs() < bounds.maxLabs || evictable(bounds) !== undefined;
}

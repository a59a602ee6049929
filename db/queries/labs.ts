import "server-only";
import { and, asc, count, eq, lt } from "drizzle-orm";
import { changedRows, getDb, inImmediateTransaction } from "@/db/client";
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

export async function insertLab(id: string, now: Date): Promise<void> {
  await getDb().insert(labs).values({ id, createdAt: now, lastSeenAt: now });
}

export async function findLab(id: string): Promise<LabRow | null> {
  const [row] = await getDb().select().from(labs).where(eq(labs.id, id));
  return row ?? null;
}

/** Marks the lab as used now; false when it is gone (deleted as idle, or never was). */
export async function touchLab(id: string, now: Date): Promise<boolean> {
  const result = await getDb().update(labs).set({ lastSeenAt: now }).where(eq(labs.id, id));
  return changedRows(result) === 1;
}

export async function countLabs(): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(labs);
  return row?.n ?? 0;
}

/** The labs last used before `cutoff`, least recently used first. */
export function findLabsIdleSince(cutoff: Date, limit = 1000): Promise<LabRow[]> {
  return getDb()
    .select()
    .from(labs)
    .where(lt(labs.lastSeenAt, cutoff))
    .orderBy(asc(labs.lastSeenAt))
    .limit(limit);
}

/** How many accounts a lab holds (its demo accounts included). */
export async function countUsersOfLab(id: string): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(users).where(eq(users.labId, id));
  return row?.n ?? 0;
}

/**
 * Deletes a lab and everything in it, in one transaction: its accounts (their SQL sessions and
 * refresh families follow by foreign key), keys, settings and deny-list rows. With `idleBefore`,
 * only if it is still unused since then, judged inside the transaction: a request that touched
 * the lab a moment ago (enterLab) keeps it — a lab is never deleted under a request in flight.
 * Returns the deleted accounts' ids (for the session stores outside this database), or null when
 * nothing was deleted.
 */
export function deleteLabRows(id: string, idleBefore?: Date): Promise<number[] | null> {
  return inImmediateTransaction(async () => {
    const still =
      idleBefore === undefined
        ? eq(labs.id, id)
        : and(eq(labs.id, id), lt(labs.lastSeenAt, idleBefore));
    if (changedRows(await getDb().delete(labs).where(still)) === 0) return null;
    const gone = await getDb().delete(users).where(eq(users.labId, id)).returning({ id: users.id });
    await getDb().delete(signingKeys).where(eq(signingKeys.labId, id));
    await getDb().delete(jwtSettings).where(eq(jwtSettings.labId, id));
    await getDb().delete(sealSettings).where(eq(sealSettings.labId, id));
    await getDb().delete(jwtDenylist).where(eq(jwtDenylist.labId, id));
    return gone.map((row) => row.id);
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
  fill: () => Promise<void>,
): Promise<{ evicted: { id: string; userIds: number[] } | null } | null> {
  const { maxLabs, evictableBefore } = bounds;
  return inImmediateTransaction(async () => {
    let evicted: { id: string; userIds: number[] } | null = null;
    if ((await countLabs()) >= maxLabs) {
      const oldest = await evictable(bounds);
      const userIds = oldest === undefined ? null : await deleteLabRows(oldest.id, evictableBefore);
      if (oldest === undefined || userIds === null) return null;
      evicted = { id: oldest.id, userIds };
    }
    await insertLab(id, now);
    await fill();
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
async function evictable({
  evictableBefore,
  mayEvict,
}: EvictionBounds): Promise<LabRow | undefined> {
  return (await findLabsIdleSince(evictableBefore, 50)).find((lab) => mayEvict(lab.id));
}

/** Whether a lab could be opened now: below the cap, or with an idle lab to make room. */
export async function hasRoomForLab(bounds: EvictionBounds): Promise<boolean> {
  return (await countLabs()) < bounds.maxLabs || (await evictable(bounds)) !== undefined;
}

import "server-only";
import { asc, count, eq, lt } from "drizzle-orm";
import { getDb, inImmediateTransaction } from "@/db/client";
import { jwtSettings, labs, sealSettings, signingKeys, users, type LabRow } from "@/db/schema";

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
 * refresh families follow by foreign key; deny-list rows end with their tokens' `exp`), keys and
 * settings. Returns the deleted
 * accounts' ids, for the session stores outside this database.
 */
export function deleteLabRows(id: string): number[] {
  return inImmediateTransaction(() => {
    const gone = getDb()
      .delete(users)
      .where(eq(users.labId, id))
      .returning({ id: users.id })
      .all()
      .map((row) => row.id);
    getDb().delete(signingKeys).where(eq(signingKeys.labId, id)).run();
    getDb().delete(jwtSettings).where(eq(jwtSettings.labId, id)).run();
    getDb().delete(sealSettings).where(eq(sealSettings.labId, id)).run();
    getDb().delete(labs).where(eq(labs.id, id)).run();
    return gone;
  });
}

import "server-only";
import { lte, sql } from "drizzle-orm";
import { getDb, getSqlite, preparedPerConnection } from "@/db/client";
import { usedOnce } from "@/db/schema";

const prepared = preparedPerConnection((db) => ({
  // One statement: the primary key makes the second insert of a key a no-op, atomically.
  claim: db
    .insert(usedOnce)
    .values({ key: sql.placeholder("key"), expiresAt: sql.placeholder("expiresAt") })
    .onConflictDoNothing()
    .prepare(),
  // A key whose time is over may be used again: its row is stale, not a replay.
  reclaim: db
    .update(usedOnce)
    .set({ expiresAt: sql`${sql.placeholder("expiresAt")}` })
    .where(
      sql`${usedOnce.key} = ${sql.placeholder("key")} AND ${usedOnce.expiresAt} <= ${sql.placeholder("now")}`,
    )
    .prepare(),
}));

let claims = 0;

/**
 * True the first time `key` is claimed before `expiresAt` (epoch ms); false when already held.
 * Committed without an fsync of its own (synchronous=NORMAL for this one statement; the next
 * FULL commit — any logout — syncs it too): a replay-cache entry lost to a power cut could only
 * let one proof be replayed within its minute, not worth a disk flush on every DPoP request.
 * better-sqlite3 is synchronous, so nothing else runs between the two pragmas.
 */
export function claimUsedOnce(key: string, expiresAt: number, now: number): boolean {
  const { claim, reclaim } = prepared();
  const sqlite = getSqlite();
  // The table holds about (proofs per second × one proof window): every 64th claim also drops up
  // to 256 keys whose time is over, so it stays that size under any rate, between sweeps too.
  claims = (claims + 1) % 64;
  if (claims === 0) deleteExpiredUsedOnce(now, 256);
  sqlite.pragma("synchronous = NORMAL");
  try {
    if (claim.run({ key, expiresAt }).changes === 1) return true;
    return reclaim.run({ key, expiresAt, now }).changes === 1;
  } finally {
    sqlite.pragma("synchronous = FULL");
  }
}

/** Whether `key` is claimed and its time not over at `now`: a read, claiming nothing. */
export function isUsedOnceHeld(key: string, now: number): boolean {
  return (
    getDb()
      .select({ key: usedOnce.key })
      .from(usedOnce)
      .where(sql`${usedOnce.key} = ${key} AND ${usedOnce.expiresAt} > ${now}`)
      .get() !== undefined
  );
}

/** Removes up to `batch` keys whose time is over; returns how many. */
export function deleteExpiredUsedOnce(now: number, batch: number): number {
  return getDb()
    .delete(usedOnce)
    .where(
      sql`${usedOnce.key} IN (SELECT ${usedOnce.key} FROM ${usedOnce} WHERE ${lte(usedOnce.expiresAt, now)} LIMIT ${batch})`,
    )
    .run().changes;
}

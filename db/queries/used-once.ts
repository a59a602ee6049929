import "server-only";
import { lte, sql } from "drizzle-orm";
import { getDb, preparedPerConnection } from "@/db/client";
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

/** True the first time `key` is claimed before `expiresAt` (epoch ms); false when already held. */
export function claimUsedOnce(key: string, expiresAt: number, now: number): boolean {
  const { claim, reclaim } = prepared();
  if (claim.run({ key, expiresAt }).changes === 1) return true;
  return reclaim.run({ key, expiresAt, now }).changes === 1;
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

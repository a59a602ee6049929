import "server-only";
import { and, eq, gt, inArray, lte, sql } from "drizzle-orm";
import { changedRows, getDb, preparedPerConnection, withRelaxedDurability } from "@/db/client";
import { usedOnce } from "@/db/schema";

const prepared = preparedPerConnection((db) => ({
  // One statement: the primary key makes the second insert of a key a no-op, atomically.
  claim: db
    .insert(usedOnce)
    .values({ key: sql.placeholder("key"), expiresAt: sql.placeholder("expiresAt") })
    .onConflictDoNothing()
    .returning({ key: usedOnce.key })
    .prepare(),
  // A key whose time is over may be used again: its row is stale, not a replay.
  reclaim: db
    .update(usedOnce)
    .set({ expiresAt: sql`${sql.placeholder("expiresAt")}` })
    .where(
      sql`${usedOnce.key} = ${sql.placeholder("key")} AND ${usedOnce.expiresAt} <= ${sql.placeholder("now")}`,
    )
    .returning({ key: usedOnce.key })
    .prepare(),
}));

let claims = 0;

/**
 * True the first time `key` is claimed before `expiresAt` (epoch ms); false when already held.
 * Committed without an fsync of its own on SQLite (withRelaxedDurability; the next ordinary
 * commit — any logout — flushes it too): a replay-cache entry lost to a power cut could only let
 * one proof be replayed within its minute, not worth a disk flush on every DPoP request.
 */
export async function claimUsedOnce(key: string, expiresAt: number, now: number): Promise<boolean> {
  const { claim, reclaim } = prepared();
  // The table holds about (proofs per second × one proof window): every 64th claim also drops up
  // to 256 keys whose time is over, so it stays that size under any rate, between sweeps too.
  claims = (claims + 1) % 64;
  if (claims === 0) await deleteExpiredUsedOnce(now, 256);
  return withRelaxedDurability(async () => {
    if ((await claim.execute({ key, expiresAt })).length === 1) return true;
    return (await reclaim.execute({ key, expiresAt, now })).length === 1;
  });
}

/** Whether `key` is claimed and its time not over at `now`: a read, claiming nothing. */
export async function isUsedOnceHeld(key: string, now: number): Promise<boolean> {
  const held = await getDb()
    .select({ key: usedOnce.key })
    .from(usedOnce)
    .where(and(eq(usedOnce.key, key), gt(usedOnce.expiresAt, now)));
  return held.length > 0;
}

/** Removes up to `batch` keys whose time is over; returns how many. */
export async function deleteExpiredUsedOnce(now: number, batch: number): Promise<number> {
  const over = getDb()
    .select({ key: usedOnce.key })
    .from(usedOnce)
    .where(lte(usedOnce.expiresAt, now))
    .limit(batch);
  return changedRows(await getDb().delete(usedOnce).where(inArray(usedOnce.key, over)));
}

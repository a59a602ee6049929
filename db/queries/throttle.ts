import "server-only";
import { inArray, lte, sql } from "drizzle-orm";
import { getDb, preparedPerConnection } from "@/db/client";
import { throttleCounters, type ThrottleCounterRow } from "@/db/schema";

const prepared = preparedPerConnection((db) => ({
  find: db
    .select()
    .from(throttleCounters)
    .where(sql`${throttleCounters.key} = ${sql.placeholder("key")}`)
    .prepare(),
  save: db
    .insert(throttleCounters)
    .values({
      key: sql.placeholder("key"),
      count: sql.placeholder("count"),
      blockedUntil: sql.placeholder("blockedUntil"),
      expiresAt: sql.placeholder("expiresAt"),
    })
    .onConflictDoUpdate({
      target: throttleCounters.key,
      set: {
        count: sql`excluded.count`,
        blockedUntil: sql`excluded.blocked_until`,
        expiresAt: sql`excluded.expires_at`,
      },
    })
    .prepare(),
}));

export function findThrottleCounter(key: string): ThrottleCounterRow | null {
  return prepared().find.get({ key }) ?? null;
}

export function saveThrottleCounter(row: ThrottleCounterRow): void {
  prepared().save.run(row);
}

export function deleteThrottleCounters(keys: readonly string[]): void {
  if (keys.length > 0)
    getDb()
      .delete(throttleCounters)
      .where(inArray(throttleCounters.key, [...keys]))
      .run();
}

export function deleteExpiredThrottleCounters(now: number): number {
  return getDb().delete(throttleCounters).where(lte(throttleCounters.expiresAt, now)).run().changes;
}

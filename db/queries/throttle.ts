import "server-only";
import { inArray, lte, sql } from "drizzle-orm";
import { changedRows, getDb, preparedPerConnection } from "@/db/client";
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

export async function findThrottleCounter(key: string): Promise<ThrottleCounterRow | null> {
  const [row] = await prepared().find.execute({ key });
  return row ?? null;
}

export async function saveThrottleCounter(row: ThrottleCounterRow): Promise<void> {
  await prepared().save.execute(row);
}

export async function deleteThrottleCounters(keys: readonly string[]): Promise<void> {
  if (keys.length > 0) {
    await getDb()
      .delete(throttleCounters)
      .where(inArray(throttleCounters.key, [...keys]));
  }
}

export async function deleteExpiredThrottleCounters(now: number): Promise<number> {
  return changedRows(
    await getDb().delete(throttleCounters).where(lte(throttleCounters.expiresAt, now)),
  );
}

import "server-only";
import { asc, gte, lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { instances, type InstanceRow } from "@/db/schema";

/**
 * The instances sharing this database, each keeping its own row fresh (lib/lab/instances.ts).
 * Times are epoch milliseconds. Written awaited, so the same calls run on either dialect.
 */

/** Records that instance `name`, started at `startedAt`, was running at `now`. */
export async function recordInstanceBeat(
  name: string,
  startedAt: number,
  now: number,
): Promise<void> {
  // A name set by INSTANCE_ID outlives a restart: its row then takes the new start.
  await getDb()
    .insert(instances)
    .values({ name, startedAt, lastSeenAt: now })
    .onConflictDoUpdate({ target: instances.name, set: { startedAt, lastSeenAt: now } });
}

/** The instances whose last beat is at `since` or later, by name. */
export async function findInstancesSeenSince(since: number): Promise<InstanceRow[]> {
  return getDb()
    .select()
    .from(instances)
    .where(gte(instances.lastSeenAt, since))
    .orderBy(asc(instances.name));
}

/** Forgets the instances last seen before `before`; returns how many went. */
export async function deleteInstancesSeenBefore(before: number): Promise<number> {
  const gone = await getDb()
    .delete(instances)
    .where(lt(instances.lastSeenAt, before))
    .returning({ name: instances.name });
  return gone.length;
}

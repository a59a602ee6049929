import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, inImmediateTransaction, preparedPerConnection } from "@/db/client";
import { sealSettings, type SealSettingsRow } from "@/db/schema";

/** The sealed cookies' settings row, or null before the first start wrote it. */
export function findSealSettings(): SealSettingsRow | null {
  return getDb().select().from(sealSettings).where(eq(sealSettings.id, 1)).get() ?? null;
}

/**
 * Writes the settings (creating the row if absent) and raises its version, so every instance
 * sharing the database reloads them within a second (lib/server/watched-version.ts).
 */
export function saveSealSettings(
  changes: Omit<SealSettingsRow, "id" | "version">,
): SealSettingsRow {
  return inImmediateTransaction(() => {
    const db = getDb();
    db.insert(sealSettings)
      .values({ id: 1, ...changes })
      .onConflictDoUpdate({
        target: sealSettings.id,
        set: { ...changes, version: sql`${sealSettings.version} + 1` },
      })
      .run();
    return db.select().from(sealSettings).where(eq(sealSettings.id, 1)).get()!;
  });
}

/**
 * Creates the row with these defaults unless it exists: several instances may start on one
 * database at once, and only the first one's defaults count.
 */
export function insertFirstSealSettings(
  defaults: Omit<SealSettingsRow, "id" | "version">,
): SealSettingsRow {
  return inImmediateTransaction(() => {
    const db = getDb();
    db.insert(sealSettings)
      .values({ id: 1, ...defaults })
      .onConflictDoNothing()
      .run();
    return db.select().from(sealSettings).where(eq(sealSettings.id, 1)).get()!;
  });
}

const versionStatement = preparedPerConnection((db) =>
  db
    .select({ version: sealSettings.version })
    .from(sealSettings)
    .where(eq(sealSettings.id, 1))
    .prepare(),
);

/** The settings' version: raised by every change, compared by each instance. */
export function findSealSettingsVersion(): number {
  return versionStatement().get()?.version ?? -1;
}

import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, inImmediateTransaction, preparedPerConnection } from "@/db/client";
import { sealSettings, type SealSettingsRow } from "@/db/schema";

/** The sealed cookies' settings row, or null before the first start wrote it. */
export function findSealSettings(): SealSettingsRow | null {
  return getDb().select().from(sealSettings).where(eq(sealSettings.id, 1)).get() ?? null;
}

type SealSettingsChanges = Omit<SealSettingsRow, "id" | "version">;

/** Writes the row in one transaction and reads it back: the one writer of both functions below. */
function upsert(values: SealSettingsChanges, onConflict: "update" | "keep"): SealSettingsRow {
  return inImmediateTransaction(() => {
    const db = getDb();
    const insert = db.insert(sealSettings).values({ id: 1, ...values });
    if (onConflict === "keep") insert.onConflictDoNothing().run();
    else {
      insert
        .onConflictDoUpdate({
          target: sealSettings.id,
          set: { ...values, version: sql`${sealSettings.version} + 1` },
        })
        .run();
    }
    return db.select().from(sealSettings).where(eq(sealSettings.id, 1)).get()!;
  });
}

/**
 * Writes the settings (creating the row if absent) and raises its version, so every instance
 * sharing the database reloads them within a second (lib/server/watched-version.ts).
 */
export function saveSealSettings(changes: SealSettingsChanges): SealSettingsRow {
  return upsert(changes, "update");
}

/**
 * Creates the row with these defaults unless it exists: several instances may start on one
 * database at once, and only the first one's defaults count.
 */
export function insertFirstSealSettings(defaults: SealSettingsChanges): SealSettingsRow {
  return upsert(defaults, "keep");
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

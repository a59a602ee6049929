import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, inImmediateTransaction, preparedPerConnection } from "@/db/client";
import { sealSettings, type SealSettingsRow } from "@/db/schema";
import { currentLab, SHARED_LAB } from "@/ground/context";

// The current lab's row (ground/context.ts): a visitor's rotation or cookie cache is theirs alone.
const thisLab = () => eq(sealSettings.labId, currentLab());

function readRow(): SealSettingsRow | undefined {
  return getDb().select().from(sealSettings).where(thisLab()).get();
}

/** The sealed cookies' settings row, or null before the first start wrote it. */
export function findSealSettings(): SealSettingsRow | null {
  return readRow() ?? null;
}

type SealSettingsChanges = Omit<SealSettingsRow, "id" | "labId" | "version">;

/**
 * Changes the row in one immediate transaction: `change` is given the row as it is now — not as
 * this instance last cached it — so two instances rotating at once cannot lose one rotation. The
 * version is raised, so every instance sharing the database reloads within a second
 * (ground/watched-version.ts): the shared world's version counts every lab's changes, so an
 * instance watches one number. The row must exist (insertFirstSealSettings).
 */
export function changeSealSettings(
  change: (current: SealSettingsRow) => SealSettingsChanges,
): SealSettingsRow {
  return inImmediateTransaction(() => {
    const current = readRow();
    if (current === undefined) throw new Error("seal_settings has no row yet");
    getDb().update(sealSettings).set(change(current)).where(thisLab()).run();
    getDb()
      .update(sealSettings)
      .set({ version: sql`${sealSettings.version} + 1` })
      .where(eq(sealSettings.labId, SHARED_LAB))
      .run();
    return readRow()!;
  });
}

/**
 * Creates the row with these defaults unless it exists: several instances may start on one
 * database at once, and only the first one's defaults count.
 */
export function insertFirstSealSettings(defaults: SealSettingsChanges): SealSettingsRow {
  return inImmediateTransaction(() => {
    getDb()
      .insert(sealSettings)
      .values({ ...defaults, labId: currentLab() })
      .onConflictDoNothing()
      .run();
    return readRow()!;
  });
}

const versionStatement = preparedPerConnection((db) =>
  db
    .select({ version: sealSettings.version })
    .from(sealSettings)
    .where(eq(sealSettings.labId, SHARED_LAB))
    .prepare(),
);

/** The settings' version (every lab's): raised by every change, compared by each instance. */
export function findSealSettingsVersion(): number {
  return versionStatement().get()?.version ?? -1;
}

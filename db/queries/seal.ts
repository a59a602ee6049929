import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, inImmediateTransaction, preparedPerConnection } from "@/db/client";
import { sealSettings, type SealSettingsRow } from "@/db/schema";
import { currentLab, SHARED_LAB } from "@/ground/context";

// The current lab's row (ground/context.ts): a visitor's rotation or cookie cache is theirs alone.
const thisLab = () => eq(sealSettings.labId, currentLab());

async function readRow(): Promise<SealSettingsRow | undefined> {
  const [row] = await getDb().select().from(sealSettings).where(thisLab());
  return row;
}

/** The sealed cookies' settings row, or null before the first start wrote it. */
export async function findSealSettings(): Promise<SealSettingsRow | null> {
  return (await readRow()) ?? null;
}

type SealSettingsChanges = Omit<SealSettingsRow, "id" | "labId" | "version">;

/**
 * Changes the row in one exclusive transaction: `change` is given the row as it is now — not as
 * this instance last cached it — so two instances rotating at once cannot lose one rotation. The
 * version is raised, so every instance sharing the database reloads within a second
 * (ground/watched-version.ts): the shared world's version counts every lab's changes, so an
 * instance watches one number. The row must exist (insertFirstSealSettings).
 */
export function changeSealSettings(
  change: (current: SealSettingsRow) => SealSettingsChanges,
): Promise<SealSettingsRow> {
  return inImmediateTransaction(async () => {
    const current = await readRow();
    if (current === undefined) throw new Error("seal_settings has no row yet");
    await getDb().update(sealSettings).set(change(current)).where(thisLab());
    await getDb()
      .update(sealSettings)
      .set({ version: sql`${sealSettings.version} + 1` })
      .where(eq(sealSettings.labId, SHARED_LAB));
    return (await readRow())!;
  });
}

/**
 * Creates the row with these defaults unless it exists: several instances may start on one
 * database at once, and only the first one's defaults count.
 */
export function insertFirstSealSettings(defaults: SealSettingsChanges): Promise<SealSettingsRow> {
  return inImmediateTransaction(async () => {
    await getDb()
      .insert(sealSettings)
      .values({ ...defaults, labId: currentLab() })
      .onConflictDoNothing();
    return (await readRow())!;
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
export async function findSealSettingsVersion(): Promise<number> {
  const [row] = await versionStatement().execute();
  return row?.version ?? -1;
}

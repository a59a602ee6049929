import "server-only";
import { and, count, desc, eq, isNotNull, lte, notInArray, sql } from "drizzle-orm";
import { changedRows, getDb, inImmediateTransaction, preparedPerConnection } from "@/db/client";
import { currentLab, SHARED_LAB } from "@/ground/context";
import {
  jwtDenylist,
  jwtSettings,
  refreshTokens,
  signingKeys,
  users,
  type JwtSettingsRow,
  type SigningKeyRow,
} from "@/db/schema";

// The key set and the settings are the current lab's (ground/context.ts): a visitor's rotation,
// retirement or switch is theirs alone, and another lab's kid is unknown here.
const keysOfThisLab = () => eq(signingKeys.labId, currentLab());
const settingsOfThisLab = () => eq(jwtSettings.labId, currentLab());

/** A key as made: its lab is the current one, never the caller's to say. */
export type NewSigningKey = Omit<SigningKeyRow, "labId">;

/** Every signing key of the current lab, oldest first. */
export function findSigningKeys(): Promise<SigningKeyRow[]> {
  return getDb().select().from(signingKeys).where(keysOfThisLab()).orderBy(signingKeys.createdAt);
}

/**
 * Makes `key` the current key; the current one becomes `previous` (it still verifies). With
 * `retiredKept`, only the newest that many retired keys of the lab stay listed.
 */
export function insertCurrentSigningKey(key: NewSigningKey, retiredKept?: number): Promise<void> {
  return inImmediateTransaction(async () => {
    if (retiredKept !== undefined) await deleteOldRetiredKeys(retiredKept);
    await getDb()
      .update(signingKeys)
      .set({ status: "previous" })
      .where(and(keysOfThisLab(), eq(signingKeys.status, "current")));
    await getDb()
      .insert(signingKeys)
      .values({ ...key, labId: currentLab() });
    await bumpJwtConfigVersion();
  });
}

async function deleteOldRetiredKeys(kept: number): Promise<void> {
  const retired = and(keysOfThisLab(), eq(signingKeys.status, "retired"));
  const rows = await getDb()
    .select({ kid: signingKeys.kid })
    .from(signingKeys)
    .where(retired)
    .orderBy(desc(signingKeys.retiredAt))
    .limit(kept);
  const newest = rows.map((row) => row.kid);
  await getDb()
    .delete(signingKeys)
    .where(newest.length === 0 ? retired : and(retired, notInArray(signingKeys.kid, newest)));
}

/**
 * Tells every instance that some lab's settings or key set changed (see findJwtConfigVersion):
 * the shared world's row counts the changes of every lab, so each instance watches one number.
 */
async function bumpJwtConfigVersion(): Promise<void> {
  await getDb()
    .update(jwtSettings)
    .set({ version: sql`${jwtSettings.version} + 1` })
    .where(eq(jwtSettings.labId, SHARED_LAB));
}

const versionStatement = preparedPerConnection((db) =>
  db
    .select({ version: jwtSettings.version })
    .from(jwtSettings)
    .where(eq(jwtSettings.labId, SHARED_LAB))
    .prepare(),
);

/** The settings-and-keys version of every lab: raised by every change, compared by each instance. */
export async function findJwtConfigVersion(): Promise<number> {
  const [row] = await versionStatement().execute();
  return row?.version ?? 0;
}

/**
 * Stores the first key — unless some process got there first: several instances may start on
 * one database at once, and the check and the insert must be one step.
 */
export function insertFirstSigningKey(key: NewSigningKey): Promise<void> {
  return inImmediateTransaction(async () => {
    const [current] = await getDb()
      .select({ kid: signingKeys.kid })
      .from(signingKeys)
      .where(and(keysOfThisLab(), eq(signingKeys.status, "current")));
    if (current === undefined) {
      await getDb()
        .insert(signingKeys)
        .values({ ...key, labId: currentLab() });
    }
  });
}

/** Retires a previous key; a current key is refused (rotate first), a retired one is gone. */
export async function retireSigningKey(
  kid: string,
  now: Date,
): Promise<"retired" | "not_found" | "current"> {
  const [row] = await getDb()
    .select()
    .from(signingKeys)
    .where(and(keysOfThisLab(), eq(signingKeys.kid, kid)));
  if (row === undefined || row.status === "retired") return "not_found";
  if (row.status === "current") return "current";
  await inImmediateTransaction(async () => {
    await getDb()
      .update(signingKeys)
      .set({ status: "retired", retiredAt: now })
      .where(and(keysOfThisLab(), eq(signingKeys.kid, kid)));
    await bumpJwtConfigVersion();
  });
  return "retired";
}

export async function findJwtSettings(): Promise<JwtSettingsRow | null> {
  const [row] = await getDb().select().from(jwtSettings).where(settingsOfThisLab());
  return row ?? null;
}

type JwtSettingsValues = Omit<JwtSettingsRow, "id" | "labId" | "version">;

/** Saves the current lab's settings (raising the version: other instances reload them). */
export function saveJwtSettings(settings: JwtSettingsValues): Promise<JwtSettingsRow> {
  return inImmediateTransaction(async () => {
    const [saved] = await getDb()
      .insert(jwtSettings)
      .values({ ...settings, labId: currentLab() })
      .onConflictDoUpdate({ target: jwtSettings.labId, set: settings })
      .returning();
    await bumpJwtConfigVersion();
    return saved!;
  });
}

/**
 * A lab's first settings, unless some request got there first — no version raised: nobody can
 * have cached settings that did not exist.
 */
export async function insertFirstJwtSettings(settings: JwtSettingsValues): Promise<JwtSettingsRow> {
  await getDb()
    .insert(jwtSettings)
    .values({ ...settings, labId: currentLab() })
    .onConflictDoNothing({ target: jwtSettings.labId });
  return (await findJwtSettings())!;
}

export async function insertDenylistedJti(jti: string, expiresAt: Date): Promise<void> {
  await getDb()
    .insert(jwtDenylist)
    .values({ jti, expiresAt, labId: currentLab() })
    .onConflictDoNothing();
}

// Prepared once per connection: these run on every JWT request under a revoking strategy.
const prepared = preparedPerConnection((db) => ({
  denied: db
    .select({ jti: jwtDenylist.jti })
    .from(jwtDenylist)
    .where(eq(jwtDenylist.jti, sql.placeholder("jti")))
    .prepare(),
  familyEnded: db
    .select({ id: refreshTokens.id })
    .from(refreshTokens)
    .where(
      and(
        eq(refreshTokens.familyId, sql.placeholder("familyId")),
        isNotNull(refreshTokens.revokedAt),
      ),
    )
    .limit(1)
    .prepare(),
  version: db
    .select({ tokenVersion: users.tokenVersion })
    .from(users)
    .where(eq(users.id, sql.placeholder("id")))
    .prepare(),
}));

/** One indexed lookup: is this `jti` on the deny-list? */
export async function isJtiDenylisted(jti: string): Promise<boolean> {
  return (await prepared().denied.execute({ jti })).length > 0;
}

/**
 * One indexed lookup: has the login this family id names ended (logout, force logout, password
 * change, disabled account, refresh-token reuse)? Its rows stay until the family's absolute end,
 * past which no token minted from it is alive.
 */
export async function isRefreshFamilyEnded(familyId: string): Promise<boolean> {
  return (await prepared().familyEnded.execute({ familyId })).length > 0;
}

/** One indexed lookup: the user's current token version (null when the user is gone). */
export async function findTokenVersion(userId: number): Promise<number | null> {
  const [row] = await prepared().version.execute({ id: userId });
  return row?.tokenVersion ?? null;
}

/** Raises a user's token version: every access token issued before stops verifying. */
export async function bumpTokenVersion(userId: number): Promise<void> {
  await getDb()
    .update(users)
    .set({ tokenVersion: sql`${users.tokenVersion} + 1` })
    .where(eq(users.id, userId));
}

export async function countDenylist(): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(jwtDenylist)
    .where(eq(jwtDenylist.labId, currentLab()));
  return row?.n ?? 0;
}

/** Deletes deny-list entries whose token has expired anyway. */
export async function deleteExpiredDenylist(now: Date): Promise<number> {
  return changedRows(await getDb().delete(jwtDenylist).where(lte(jwtDenylist.expiresAt, now)));
}

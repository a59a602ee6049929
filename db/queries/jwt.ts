import "server-only";
import { and, desc, eq, isNotNull, lte, notInArray, sql } from "drizzle-orm";
import { getDb, inImmediateTransaction, preparedPerConnection } from "@/db/client";
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
export function findSigningKeys(): SigningKeyRow[] {
  return getDb()
    .select()
    .from(signingKeys)
    .where(keysOfThisLab())
    .orderBy(signingKeys.createdAt)
    .all();
}

/**
 * Makes `key` the current key; the current one becomes `previous` (it still verifies). With
 * `retiredKept`, only the newest that many retired keys of the lab stay listed.
 */
export function insertCurrentSigningKey(key: NewSigningKey, retiredKept?: number): void {
  inImmediateTransaction(() => {
    if (retiredKept !== undefined) deleteOldRetiredKeys(retiredKept);
    getDb()
      .update(signingKeys)
      .set({ status: "previous" })
      .where(and(keysOfThisLab(), eq(signingKeys.status, "current")))
      .run();
    getDb()
      .insert(signingKeys)
      .values({ ...key, labId: currentLab() })
      .run();
    bumpJwtConfigVersion();
  });
}

function deleteOldRetiredKeys(kept: number): void {
  const retired = and(keysOfThisLab(), eq(signingKeys.status, "retired"));
  const newest = getDb()
    .select({ kid: signingKeys.kid })
    .from(signingKeys)
    .where(retired)
    .orderBy(desc(signingKeys.retiredAt))
    .limit(kept)
    .all()
    .map((row) => row.kid);
  getDb()
    .delete(signingKeys)
    .where(newest.length === 0 ? retired : and(retired, notInArray(signingKeys.kid, newest)))
    .run();
}

/**
 * Tells every instance that some lab's settings or key set changed (see findJwtConfigVersion):
 * the shared world's row counts the changes of every lab, so each instance watches one number.
 */
function bumpJwtConfigVersion(): void {
  getDb()
    .update(jwtSettings)
    .set({ version: sql`${jwtSettings.version} + 1` })
    .where(eq(jwtSettings.labId, SHARED_LAB))
    .run();
}

const versionStatement = preparedPerConnection((db) =>
  db
    .select({ version: jwtSettings.version })
    .from(jwtSettings)
    .where(eq(jwtSettings.labId, SHARED_LAB))
    .prepare(),
);

/** The settings-and-keys version of every lab: raised by every change, compared by each instance. */
export function findJwtConfigVersion(): number {
  return versionStatement().get()?.version ?? 0;
}

/**
 * Stores the first key — unless some process got there first: several instances may start on
 * one database at once, and the check and the insert must be one step.
 */
export function insertFirstSigningKey(key: NewSigningKey): void {
  inImmediateTransaction(() => {
    const current = getDb()
      .select({ kid: signingKeys.kid })
      .from(signingKeys)
      .where(and(keysOfThisLab(), eq(signingKeys.status, "current")))
      .get();
    if (current === undefined) {
      getDb()
        .insert(signingKeys)
        .values({ ...key, labId: currentLab() })
        .run();
    }
  });
}

/** Retires a previous key; a current key is refused (rotate first), a retired one is gone. */
export function retireSigningKey(kid: string, now: Date): "retired" | "not_found" | "current" {
  const row = getDb()
    .select()
    .from(signingKeys)
    .where(and(keysOfThisLab(), eq(signingKeys.kid, kid)))
    .get();
  if (row === undefined || row.status === "retired") return "not_found";
  if (row.status === "current") return "current";
  inImmediateTransaction(() => {
    getDb()
      .update(signingKeys)
      .set({ status: "retired", retiredAt: now })
      .where(and(keysOfThisLab(), eq(signingKeys.kid, kid)))
      .run();
    bumpJwtConfigVersion();
  });
  return "retired";
}

export function findJwtSettings(): JwtSettingsRow | null {
  return getDb().select().from(jwtSettings).where(settingsOfThisLab()).get() ?? null;
}

type JwtSettingsValues = Omit<JwtSettingsRow, "id" | "labId" | "version">;

/** Saves the current lab's settings (raising the version: other instances reload them). */
export function saveJwtSettings(settings: JwtSettingsValues): JwtSettingsRow {
  return inImmediateTransaction(() => {
    const saved = getDb()
      .insert(jwtSettings)
      .values({ ...settings, labId: currentLab() })
      .onConflictDoUpdate({ target: jwtSettings.labId, set: settings })
      .returning()
      .get();
    bumpJwtConfigVersion();
    return saved;
  });
}

/**
 * A lab's first settings, unless some request got there first — no version raised: nobody can
 * have cached settings that did not exist.
 */
export function insertFirstJwtSettings(settings: JwtSettingsValues): JwtSettingsRow {
  getDb()
    .insert(jwtSettings)
    .values({ ...settings, labId: currentLab() })
    .onConflictDoNothing({ target: jwtSettings.labId })
    .run();
  return findJwtSettings()!;
}

export function insertDenylistedJti(jti: string, expiresAt: Date): void {
  getDb()
    .insert(jwtDenylist)
    .values({ jti, expiresAt, labId: currentLab() })
    .onConflictDoNothing()
    .run();
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
export function isJtiDenylisted(jti: string): boolean {
  return prepared().denied.get({ jti }) !== undefined;
}

/**
 * One indexed lookup: has the login this family id names ended (logout, force logout, password
 * change, disabled account, refresh-token reuse)? Its rows stay until the family's absolute end,
 * past which no token minted from it is alive.
 */
export function isRefreshFamilyEnded(familyId: string): boolean {
  return prepared().familyEnded.get({ familyId }) !== undefined;
}

/** One indexed lookup: the user's current token version (null when the user is gone). */
export function findTokenVersion(userId: number): number | null {
  return prepared().version.get({ id: userId })?.tokenVersion ?? null;
}

/** Raises a user's token version: every access token issued before stops verifying. */
export function bumpTokenVersion(userId: number): void {
  getDb()
    .update(users)
    .set({ tokenVersion: sql`${users.tokenVersion} + 1` })
    .where(eq(users.id, userId))
    .run();
}

export function countDenylist(): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(jwtDenylist)
      .where(eq(jwtDenylist.labId, currentLab()))
      .get()?.n ?? 0
  );
}

/** Deletes deny-list entries whose token has expired anyway. */
export function deleteExpiredDenylist(now: Date): number {
  return getDb().delete(jwtDenylist).where(lte(jwtDenylist.expiresAt, now)).run().changes;
}

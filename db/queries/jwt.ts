import "server-only";
import { and, eq, isNotNull, lte, sql } from "drizzle-orm";
import { getDb, inImmediateTransaction, preparedPerConnection } from "@/db/client";
import {
  jwtDenylist,
  jwtSettings,
  refreshTokens,
  signingKeys,
  users,
  type JwtSettingsRow,
  type SigningKeyRow,
} from "@/db/schema";

/** Every signing key, oldest first. */
export function findSigningKeys(): SigningKeyRow[] {
  return getDb().select().from(signingKeys).orderBy(signingKeys.createdAt).all();
}

/** Makes `key` the current key; the current one becomes `previous` (it still verifies). */
export function insertCurrentSigningKey(key: SigningKeyRow): void {
  inImmediateTransaction(() => {
    getDb()
      .update(signingKeys)
      .set({ status: "previous" })
      .where(eq(signingKeys.status, "current"))
      .run();
    getDb().insert(signingKeys).values(key).run();
    bumpJwtConfigVersion();
  });
}

/** Tells every instance that the settings or the key set changed (see findJwtConfigVersion). */
function bumpJwtConfigVersion(): void {
  getDb()
    .update(jwtSettings)
    .set({ version: sql`${jwtSettings.version} + 1` })
    .where(eq(jwtSettings.id, 1))
    .run();
}

const versionStatement = preparedPerConnection((db) =>
  db
    .select({ version: jwtSettings.version })
    .from(jwtSettings)
    .where(eq(jwtSettings.id, 1))
    .prepare(),
);

/** The settings-and-keys version: raised by every change, compared by each instance. */
export function findJwtConfigVersion(): number {
  return versionStatement().get()?.version ?? 0;
}

/**
 * Stores the first key — unless some process got there first: several instances may start on
 * one database at once, and the check and the insert must be one step.
 */
export function insertFirstSigningKey(key: SigningKeyRow): void {
  inImmediateTransaction(() => {
    const current = getDb()
      .select({ kid: signingKeys.kid })
      .from(signingKeys)
      .where(eq(signingKeys.status, "current"))
      .get();
    if (current === undefined) getDb().insert(signingKeys).values(key).run();
  });
}

/** Retires a previous key; a current key is refused (rotate first), a retired one is gone. */
export function retireSigningKey(kid: string, now: Date): "retired" | "not_found" | "current" {
  const row = getDb().select().from(signingKeys).where(eq(signingKeys.kid, kid)).get();
  if (row === undefined || row.status === "retired") return "not_found";
  if (row.status === "current") return "current";
  inImmediateTransaction(() => {
    getDb()
      .update(signingKeys)
      .set({ status: "retired", retiredAt: now })
      .where(eq(signingKeys.kid, kid))
      .run();
    bumpJwtConfigVersion();
  });
  return "retired";
}

export function findJwtSettings(): JwtSettingsRow | null {
  return getDb().select().from(jwtSettings).where(eq(jwtSettings.id, 1)).get() ?? null;
}

/** Saves the settings (raising their version: other instances reload them). */
export function saveJwtSettings(settings: Omit<JwtSettingsRow, "id" | "version">): JwtSettingsRow {
  return getDb()
    .insert(jwtSettings)
    .values({ id: 1, ...settings })
    .onConflictDoUpdate({
      target: jwtSettings.id,
      set: { ...settings, version: sql`${jwtSettings.version} + 1` },
    })
    .returning()
    .get();
}

export function insertDenylistedJti(jti: string, expiresAt: Date): void {
  getDb().insert(jwtDenylist).values({ jti, expiresAt }).onConflictDoNothing().run();
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
      .get()?.n ?? 0
  );
}

/** Deletes deny-list entries whose token has expired anyway. */
export function deleteExpiredDenylist(now: Date): number {
  return getDb().delete(jwtDenylist).where(lte(jwtDenylist.expiresAt, now)).run().changes;
}

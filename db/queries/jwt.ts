import "server-only";
import { eq, inArray, lte, sql } from "drizzle-orm";
import { getDb, getSqlite, preparedPerConnection } from "@/db/client";
import {
  jwtDenylist,
  jwtSettings,
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
  getSqlite()
    .transaction(() => {
      getDb()
        .update(signingKeys)
        .set({ status: "previous" })
        .where(eq(signingKeys.status, "current"))
        .run();
      getDb().insert(signingKeys).values(key).run();
      bumpJwtConfigVersion();
    })
    .immediate();
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
  getSqlite()
    .transaction(() => {
      const current = getDb()
        .select({ kid: signingKeys.kid })
        .from(signingKeys)
        .where(eq(signingKeys.status, "current"))
        .get();
      if (current === undefined) getDb().insert(signingKeys).values(key).run();
    })
    .immediate();
}

/** Retires a previous key; a current key is refused (rotate first), a retired one is gone. */
export function retireSigningKey(kid: string, now: Date): "retired" | "not_found" | "current" {
  const row = getDb().select().from(signingKeys).where(eq(signingKeys.kid, kid)).get();
  if (row === undefined || row.status === "retired") return "not_found";
  if (row.status === "current") return "current";
  getSqlite()
    .transaction(() => {
      getDb()
        .update(signingKeys)
        .set({ status: "retired", retiredAt: now })
        .where(eq(signingKeys.kid, kid))
        .run();
      bumpJwtConfigVersion();
    })
    .immediate();
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
    .where(inArray(jwtDenylist.jti, [sql.placeholder("jti"), sql.placeholder("family")]))
    .limit(1)
    .prepare(),
  version: db
    .select({ tokenVersion: users.tokenVersion })
    .from(users)
    .where(eq(users.id, sql.placeholder("id")))
    .prepare(),
}));

/** The deny-list entry of a whole login: every token minted from it carries its family id. */
export function familyDenylistKey(familyId: string): string {
  return `fid:${familyId}`;
}

/** One indexed lookup: is this `jti`, or the login (family) it was minted from, on the deny-list? */
export function isDenylisted(jti: string, familyId: string | undefined): boolean {
  // A jti is a UUID, never "fid:…": without a family the second key matches nothing.
  const family = familyId === undefined ? jti : familyDenylistKey(familyId);
  return prepared().denied.get({ jti, family }) !== undefined;
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

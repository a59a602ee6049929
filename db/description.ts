import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

// The one description of every table (PostgreSQL's are derived from it: ./schema-pg.ts), and the only
// source of row types. The app imports tables from ./schema.ts, which picks the configured dialect.
// The value sets below are defined once, here, and read by validation and the JWT code.
export const USER_ROLES = ["user", "admin"] as const;
export const SIGNING_ALGORITHMS = ["EdDSA", "ES256", "HS256"] as const;
export const KEY_STATUSES = ["current", "previous", "retired"] as const;
export const REVOCATION_STRATEGIES = ["none", "denylist", "token-version"] as const;

const timestamps = {
  createdAt: integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
};

// The shared world's lab id: everything a local instance has, and on a hosted one the operator's.
export const SHARED_LAB = "";

// A visitor's lab on a hosted instance (lib/visitor-labs): its own accounts, settings and keys,
// deleted with everything in it once idle (docs/hosting.md). Rows of the lab-scoped tables name
// their lab in `lab_id`; the shared world's rows have SHARED_LAB there.
export const labs = sqliteTable(
  "labs",
  {
    id: text("id").primaryKey(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }).notNull(),
  },
  (table) => [index("labs_last_seen_at_idx").on(table.lastSeenAt)],
);
export type LabRow = typeof labs.$inferSelect;

const labId = () => text("lab_id").notNull().default(SHARED_LAB);

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    labId: labId(),
    // Stored lower-cased (the boundary normalises it), so uniqueness is case-insensitive — within
    // a lab: every lab has its own alice.
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    role: text("role", { enum: USER_ROLES }).notNull().default("user"),
    passwordHash: text("password_hash").notNull(),
    // Set when an admin disables the account: logins are refused and its sessions revoked.
    disabledAt: integer("disabled_at", { mode: "timestamp_ms" }),
    // Signed into access tokens as `ver` and compared per request under the token-version
    // revocation strategy (C23): raising it kills every token issued before.
    tokenVersion: integer("token_version").notNull().default(0),
    // The compare view's throw-away accounts (lib/compare/lab-account.ts), deleted after two hours.
    // Only this flag marks one — never the name, which a person can choose too.
    throwaway: integer("throwaway", { mode: "boolean" }).notNull().default(false),
    ...timestamps,
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (table) => [uniqueIndex("users_lab_username_idx").on(table.labId, table.username)],
);

export const sessions = sqliteTable(
  "sessions",
  {
    // SHA-256 (hex) of the session token: a database leak does not hand out live sessions.
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    ...timestamps,
    lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }).notNull(),
    idleExpiresAt: integer("idle_expires_at", { mode: "timestamp_ms" }).notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    userAgent: text("user_agent"),
    ip: text("ip"),
  },
  (table) => [index("sessions_user_id_idx").on(table.userId)],
);

// JWT signing keys (C24): one algorithm per key; `current` signs, `previous` still verifies
// (graceful rotation), `retired` verifies nothing. Private parts are encrypted at rest
// (lib/auth/jwt/key-material.ts) and never leave the server.
export const signingKeys = sqliteTable(
  "signing_keys",
  {
    kid: text("kid").primaryKey(),
    labId: labId(),
    alg: text("alg", { enum: SIGNING_ALGORITHMS }).notNull(),
    status: text("status", { enum: KEY_STATUSES }).notNull(),
    sealedPrivateJwk: text("sealed_private_jwk").notNull(),
    // Null for HS256: a symmetric key has no public half, only the issuer can verify.
    publicJwk: text("public_jwk"),
    ...timestamps,
    retiredAt: integer("retired_at", { mode: "timestamp_ms" }),
  },
  (table) => [index("signing_keys_lab_id_idx").on(table.labId)],
);

// The admin's JWT settings (one row per lab): revocation strategy, algorithm, access lifetime, JWE.
// Each lab has its row; the shared world's `version` counts every change in any lab (the one
// number each instance watches: lib/auth/jwt/config-version.ts).
export const jwtSettings = sqliteTable("jwt_settings", {
  id: integer("id").primaryKey(),
  labId: labId().unique(),
  revocation: text("revocation", { enum: REVOCATION_STRATEGIES }).notNull().default("none"),
  algorithm: text("algorithm", { enum: SIGNING_ALGORITHMS }).notNull().default("EdDSA"),
  accessTtlSeconds: integer("access_ttl_seconds").notNull(),
  encrypted: integer("encrypted", { mode: "boolean" }).notNull().default(false),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  // Raised by every change of these settings or of the key set: each instance compares it at most
  // once a second and reloads what changed (lib/auth/jwt/config-version.ts).
  version: integer("version").notNull().default(0),
});

// The sealed cookies' settings (one row per lab): the iron-session password ring — ids only; each
// password is derived from the server secret (lib/auth/sealed/settings.ts), so the database holds
// none — and the server-side session's cookie cache (0 = off). `version` as in jwt_settings.
export const sealSettings = sqliteTable("seal_settings", {
  id: integer("id").primaryKey(),
  labId: labId().unique(),
  // JSON array of password ids, oldest first; the newest seals, every listed one unseals.
  passwordIds: text("password_ids").notNull(),
  // JSON object: password id → when it stopped sealing (epoch ms, the real clock). Once no seal it
  // made can still be valid, it is dropped from the ring (lib/auth/sealed/settings.ts).
  supersededAt: text("superseded_at").notNull().default("{}"),
  cookieCacheSeconds: integer("cookie_cache_seconds").notNull().default(0),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  version: integer("version").notNull().default(0),
});
export type SealSettingsRow = typeof sealSettings.$inferSelect;

// Revoked access tokens by `jti`, kept only until their `exp` (C23's deny-list).
export const jwtDenylist = sqliteTable(
  "jwt_denylist",
  {
    jti: text("jti").primaryKey(),
    // Only so a lab's admin page counts its own revocations (a jti is unique in every lab).
    labId: labId(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (table) => [index("jwt_denylist_expires_at_idx").on(table.expiresAt)],
);

// Refresh tokens (C25): opaque, stored as SHA-256, one row per generation of a family. A used
// row is never accepted again; presenting it is reuse, and revokes the whole family.
export const refreshTokens = sqliteTable(
  "refresh_tokens",
  {
    id: text("id").primaryKey(),
    familyId: text("family_id").notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    generation: integer("generation").notNull(),
    ...timestamps,
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    // The successor's raw token, kept (encrypted) for at most the grace window, so a legitimate
    // double-submit gets the same answer instead of tripping reuse detection.
    sealedSuccessor: text("sealed_successor"),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    familyExpiresAt: integer("family_expires_at", { mode: "timestamp_ms" }).notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    revokedReason: text("revoked_reason"),
    // A DPoP client's key thumbprint (RFC 9449 §5): the family refreshes only with proofs made
    // by that key, so a copied refresh token is useless elsewhere. Null for other clients.
    jkt: text("jkt"),
    // When the user last typed their password for this login: every generation keeps it, so a
    // refreshed access token carries the original `auth_time`: a refresh is no password typed.
    authTime: integer("auth_time", { mode: "timestamp_ms" }),
  },
  (table) => [
    index("refresh_tokens_family_idx").on(table.familyId),
    index("refresh_tokens_user_idx").on(table.userId),
  ],
);

// The backend-for-frontend's sessions (lib/auth/bff): the browser holds only a cookie naming one;
// the JWT login's access and refresh tokens stay here, sealed (AES-256-GCM, as the signing keys
// are), and are sent on only to the resource API. Deleted at logout and with the user (and so
// with a visitor's lab); the refresh family it rides on ends it when revoked.
export const bffSessions = sqliteTable(
  "bff_sessions",
  {
    // SHA-256 (hex) of the cookie's token, like sessions.id.
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    familyId: text("family_id").notNull(),
    // {"access": …, "refresh": …}, sealed: a database leak hands out no token.
    sealedTokens: text("sealed_tokens").notNull(),
    accessExpiresAt: integer("access_expires_at", { mode: "timestamp_ms" }).notNull(),
    // Raised by each refresh: an update names the generation it replaces (compare-and-set).
    generation: integer("generation").notNull().default(0),
    ...timestamps,
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (table) => [
    index("bff_sessions_user_idx").on(table.userId),
    index("bff_sessions_expires_at_idx").on(table.expiresAt),
  ],
);

// Brute-force throttle counters (lib/throttle): one row per budget, gone once expired. In the
// database so a restart does not reset them and instances sharing the file count together.
export const throttleCounters = sqliteTable(
  "throttle_counters",
  {
    key: text("key").primaryKey(),
    count: integer("count").notNull(),
    blockedUntil: integer("blocked_until").notNull(),
    expiresAt: integer("expires_at").notNull(),
  },
  (table) => [index("throttle_counters_expires_at_idx").on(table.expiresAt)],
);

// One-time values already used (a DPoP proof's jti, hashed): the SQLite store's replay cache. A
// row lives only as long as its proof could be accepted, then the sweep removes it.
export const usedOnce = sqliteTable(
  "used_once",
  {
    key: text("key").primaryKey(),
    expiresAt: integer("expires_at").notNull(),
  },
  (table) => [index("used_once_expires_at_idx").on(table.expiresAt)],
);

// The app processes sharing this database, each writing its own row every few seconds (a
// heartbeat, lib/lab/instances.ts): the rows seen lately are the instances running now. Times are
// epoch milliseconds.
export const instances = sqliteTable("instances", {
  name: text("name").primaryKey(),
  startedAt: integer("started_at").notNull(),
  lastSeenAt: integer("last_seen_at").notNull(),
});

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Session = typeof sessions.$inferSelect;
export type UserRole = User["role"];
export type SigningKeyRow = typeof signingKeys.$inferSelect;
export type JwtSettingsRow = typeof jwtSettings.$inferSelect;
export type RefreshTokenRow = typeof refreshTokens.$inferSelect;
export type BffSessionRow = typeof bffSessions.$inferSelect;
export type ThrottleCounterRow = typeof throttleCounters.$inferSelect;
export type InstanceRow = typeof instances.$inferSelect;

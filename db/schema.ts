import * as description from "./description";
import * as derived from "./schema-pg";

/**
 * The tables the app queries: the description's own on SQLite, the derived ones on PostgreSQL
 * (DATABASE_URL set; config/env.ts validates it at start). Typed as the description, which both
 * are: the queries are written once (db/connection/types.ts). Row types and value sets are the
 * description's, re-exported.
 */
export * from "./description";

const onPostgres = (process.env.DATABASE_URL ?? "") !== "";
const pick = <T>(sqlite: T, postgres: unknown): T => (onPostgres ? (postgres as T) : sqlite);

export const labs = pick(description.labs, derived.labs);
export const users = pick(description.users, derived.users);
export const sessions = pick(description.sessions, derived.sessions);
export const signingKeys = pick(description.signingKeys, derived.signingKeys);
export const jwtSettings = pick(description.jwtSettings, derived.jwtSettings);
export const sealSettings = pick(description.sealSettings, derived.sealSettings);
export const jwtDenylist = pick(description.jwtDenylist, derived.jwtDenylist);
export const refreshTokens = pick(description.refreshTokens, derived.refreshTokens);
export const bffSessions = pick(description.bffSessions, derived.bffSessions);
export const throttleCounters = pick(description.throttleCounters, derived.throttleCounters);
export const usedOnce = pick(description.usedOnce, derived.usedOnce);
export const instances = pick(description.instances, derived.instances);

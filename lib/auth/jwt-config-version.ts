import "server-only";
import { findJwtConfigVersion } from "@/db/queries/jwt";

/**
 * Each instance caches the JWT settings and the imported key set (an import costs more than a
 * verification). A change made on another instance sharing the database raises a version there;
 * every instance compares it at most once per CHECK_INTERVAL_MS and reloads what changed. So an
 * admin's rotation, retirement or strategy change reaches every instance within that bound,
 * for one indexed read per second per instance.
 */
export const JWT_CONFIG_CHECK_INTERVAL_MS = 1000;

const KEY = Symbol.for("session-vs-jwt-lab.jwt-config-version");
type GlobalWithVersion = typeof globalThis & {
  [KEY]?: { version: number; checkedAt: number };
};

/** The version as last read (read again when older than the interval, or when `force`d). */
export function jwtConfigVersion(now = Date.now(), force = false): number {
  const g = globalThis as GlobalWithVersion;
  const seen = g[KEY];
  if (!force && seen !== undefined && now - seen.checkedAt < JWT_CONFIG_CHECK_INTERVAL_MS) {
    return seen.version;
  }
  const version = findJwtConfigVersion();
  g[KEY] = { version, checkedAt: now };
  return version;
}

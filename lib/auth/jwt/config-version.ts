import "server-only";
import { findJwtConfigVersion } from "@/db/queries/jwt";
import { watchedVersion } from "@/ground/watched-version";

/**
 * Each instance caches the JWT settings and the imported key set (an import costs more than a
 * verification). A change made on any instance sharing the database raises a version there;
 * every instance reads it once per CHECK_INTERVAL_MS on a timer — off the request path, so a JWT
 * request still costs no query (C19) — and reloads what changed on its next use. An admin's
 * rotation, retirement or strategy change thus reaches every instance within that bound.
 */
export const JWT_CONFIG_CHECK_INTERVAL_MS = 1000;

const version = watchedVersion("jwt-config", findJwtConfigVersion, JWT_CONFIG_CHECK_INTERVAL_MS);

export function jwtConfigVersion(): Promise<number> {
  return version.current();
}

/** After a change made here: read the version now, so this instance reloads at once. */
export function refreshJwtConfigVersion(): Promise<number> {
  return version.refresh();
}

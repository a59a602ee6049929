import "server-only";
import { findJwtConfigVersion } from "@/db/queries/jwt";
import { outsideRequest } from "@/lib/server/context";
import { processSingleton } from "@/lib/server/singleton";

/**
 * Each instance caches the JWT settings and the imported key set (an import costs more than a
 * verification). A change made on any instance sharing the database raises a version there;
 * every instance reads it once per CHECK_INTERVAL_MS on a timer — off the request path, so a JWT
 * request still costs no query (C19) — and reloads what changed on its next use. An admin's
 * rotation, retirement or strategy change thus reaches every instance within that bound.
 */
export const JWT_CONFIG_CHECK_INTERVAL_MS = 1000;

/** The version as last read; the first use reads it and starts the once-a-second check. */
function watched(): { version: number } {
  return processSingleton("jwt-config-version", () => {
    const held = { version: findJwtConfigVersion() };
    outsideRequest(() =>
      setInterval(() => {
        try {
          held.version = findJwtConfigVersion();
        } catch {
          // The database is closing (tests, shutdown): the next tick reads again.
        }
      }, JWT_CONFIG_CHECK_INTERVAL_MS).unref(),
    );
    return held;
  });
}

export function jwtConfigVersion(): number {
  return watched().version;
}

/** After a change made here: read the version now, so this instance reloads at once. */
export function refreshJwtConfigVersion(): number {
  const held = watched();
  held.version = findJwtConfigVersion();
  return held.version;
}

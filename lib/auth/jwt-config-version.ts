import "server-only";
import { findJwtConfigVersion } from "@/db/queries/jwt";
import { outsideRequest } from "@/lib/inspect/context";

/**
 * Each instance caches the JWT settings and the imported key set (an import costs more than a
 * verification). A change made on any instance sharing the database raises a version there;
 * every instance reads it once per CHECK_INTERVAL_MS on a timer — off the request path, so a JWT
 * request still costs no query (C19) — and reloads what changed on its next use. An admin's
 * rotation, retirement or strategy change thus reaches every instance within that bound.
 */
export const JWT_CONFIG_CHECK_INTERVAL_MS = 1000;

const KEY = Symbol.for("session-vs-jwt-lab.jwt-config-version");
type GlobalWithVersion = typeof globalThis & { [KEY]?: { version: number } };

function read(): number {
  const g = globalThis as GlobalWithVersion;
  const version = findJwtConfigVersion();
  g[KEY] = { version };
  return version;
}

/** The version as last read (the first call reads it and starts the once-a-second check). */
export function jwtConfigVersion(): number {
  const g = globalThis as GlobalWithVersion;
  if (g[KEY] !== undefined) return g[KEY].version;
  const version = read();
  outsideRequest(() =>
    setInterval(() => {
      try {
        read();
      } catch {
        // The database is closing (tests, shutdown): the next tick or use reads again.
      }
    }, JWT_CONFIG_CHECK_INTERVAL_MS).unref(),
  );
  return version;
}

/** After a change made here: read the version now, so this instance reloads at once. */
export function refreshJwtConfigVersion(): number {
  jwtConfigVersion(); // make sure the timer runs
  return read();
}

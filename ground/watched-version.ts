import { outsideRequest } from "@/ground/context";
import { processSingleton } from "@/ground/singleton";

/**
 * A version number kept in the shared database and watched by each instance: read once per
 * `intervalMs` on a timer — off the request path, so a request costs no query for it — so settings
 * cached per process are reloaded within that bound after any instance changed them.
 */
export interface WatchedVersion {
  /** The version as last read; the first call reads it and starts the timer. */
  current(): number;
  /** After a change made here: read it now, so this instance reloads at once. */
  refresh(): number;
}

export function watchedVersion(
  name: string,
  read: () => number,
  intervalMs = 1000,
): WatchedVersion {
  const held = () =>
    processSingleton(`watched-version:${name}`, () => {
      const value = { version: read() };
      outsideRequest(() =>
        setInterval(() => {
          try {
            value.version = read();
          } catch {
            // The database is closing (tests, shutdown): the next tick reads again.
          }
        }, intervalMs).unref(),
      );
      return value;
    });
  return {
    current: () => held().version,
    refresh: () => {
      const value = held();
      value.version = read();
      return value.version;
    },
  };
}

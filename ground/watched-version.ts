import { outsideRequest } from "@/ground/context";
import { processSingleton } from "@/ground/singleton";

/**
 * A version number kept in the shared database and watched by each instance: read once per
 * `intervalMs` on a timer — off the request path, so a request costs no query for it — so settings
 * cached per process are reloaded within that bound after any instance changed them.
 */
export interface WatchedVersion {
  /** The version as last read; the first call reads it and starts the timer. */
  current(): Promise<number>;
  /** After a change made here: read it now, so this instance reloads at once. */
  refresh(): Promise<number>;
}

interface Held {
  version: number;
  /** Whether `version` was read at least once (until then each caller reads it). */
  known: boolean;
}

export function watchedVersion(
  name: string,
  read: () => Promise<number>,
  intervalMs = 1000,
): WatchedVersion {
  const held = (): Held =>
    processSingleton(`watched-version:${name}`, () => {
      const value: Held = { version: 0, known: false };
      outsideRequest(() =>
        setInterval(() => {
          read().then(
            (version) => Object.assign(value, { version, known: true }),
            // The database is closing (tests, shutdown) or away: the next tick reads again.
            () => {},
          );
        }, intervalMs).unref(),
      );
      return value;
    });
  const refresh = async (value: Held): Promise<number> => {
    Object.assign(value, { version: await read(), known: true });
    return value.version;
  };
  return {
    current: async () => {
      const value = held();
      return value.known ? value.version : refresh(value);
    },
    refresh: () => refresh(held()),
  };
}

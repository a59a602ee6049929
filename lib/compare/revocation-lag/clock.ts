import type { AuthArea } from "@/config/types";
import { stillWorks, type LagReplay, type LagRun } from "./types";

/**
 * One mechanism's clock on the revocation-lag meter, advanced by each measured replay (never
 * computed from settings): how long after the event its copy was still accepted, when it was
 * first refused, or that the meter stopped watching. Pure, for the page and the tests alike.
 */

export type LagClock =
  | { phase: "waiting" }
  | { phase: "accepted"; seconds: number; role: string | null; queries: number | null }
  | {
      phase: "refused";
      seconds: number;
      status: number;
      role: string | null;
      queries: number | null;
    }
  | { phase: "capped"; seconds: number; queries: number | null }
  | { phase: "stopped"; seconds: number };

/** How long the meter watches at most: long enough for a default access token (5 min) to end. */
export const WATCH_MS = 330 * 1000;

/** When the meter stops watching this copy: its own expiry (a little after), or WATCH_MS. */
export function watchUntil(run: LagRun, area: AuthArea): number {
  const expiresAt = run.copies[area].expiresAt;
  const cap = run.eventAt + WATCH_MS;
  return expiresAt === null ? cap : Math.min(cap, expiresAt + 2000);
}

export function isDecided(clock: LagClock): boolean {
  return clock.phase === "refused" || clock.phase === "capped" || clock.phase === "stopped";
}

const secondsSince = (run: LagRun, at: number): number =>
  Math.max(0, Math.floor((at - run.eventAt) / 1000));

/** The clock after one more replay of its copy. */
export function advanceClock(
  clock: LagClock,
  run: LagRun,
  area: AuthArea,
  replay: LagReplay,
): LagClock {
  if (isDecided(clock)) return clock;
  const seconds = secondsSince(run, replay.at);
  const { role, queries } = replay;
  if (!stillWorks(run, replay))
    return { phase: "refused", seconds, status: replay.status, role, queries };
  if (replay.at >= watchUntil(run, area)) return { phase: "capped", seconds, queries };
  return { phase: "accepted", seconds, role, queries };
}

/** The clock once the meter stops replaying (the page was hidden or the copy is gone). */
export function stopClock(clock: LagClock, run: LagRun, now: number): LagClock {
  return isDecided(clock) ? clock : { phase: "stopped", seconds: secondsSince(run, now) };
}

/** Why the clock reads as it does: a message key under `revocationLag.why`. */
export function whyKey(clock: LagClock, run: LagRun, area: AuthArea): string {
  if (area === "sealed") return run.event === "role_change" ? "sealedRole" : "sealed";
  if (area === "session") {
    if (run.event === "role_change")
      return clock.phase === "refused" && clock.seconds > 0 ? "sessionCachedRole" : "sessionRole";
    if (clock.phase === "refused" && clock.seconds > 0 && run.cookieCacheSeconds > 0)
      return "sessionCached";
    return `session_${run.event}`;
  }
  if (run.event === "role_change") return "jwtRole";
  if (clock.phase === "refused") {
    const expiresAt = run.copies.jwt.expiresAt ?? Infinity;
    if (run.eventAt + clock.seconds * 1000 >= expiresAt - 1000) return "jwtExpired";
    return run.strategy === "token-version" ? "jwtVersion" : "jwtDenylist";
  }
  return run.strategy === "none" ? "jwtNone" : "jwtNotRevoked";
}

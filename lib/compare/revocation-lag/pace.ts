import "server-only";
import { processMemo } from "@/ground/memo";

/**
 * One meter run per browser every few seconds: a run makes logins, copies and an event, so a
 * button held down must not make hundreds. Replays are not paced here (they only read).
 */

const GAP_MS = 3000;
const lastRuns = processMemo<number>("revocation-lag-runs", 5000);

/** Claims a run for this browser now, or says how many seconds until it may run again. */
export function claimRun(
  inspectorId: string,
  now = Date.now(),
): { ok: true } | { ok: false; retryAfterSeconds: number } {
  const last = lastRuns.get(inspectorId, now);
  if (last !== undefined)
    return { ok: false, retryAfterSeconds: Math.ceil((last + GAP_MS - now) / 1000) };
  lastRuns.set(inspectorId, now, now + GAP_MS);
  return { ok: true };
}

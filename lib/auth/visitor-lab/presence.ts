import "server-only";
import { touchLab } from "@/db/queries/labs";
import { whenRequestEnds } from "@/ground/context";
import { processSingleton } from "@/ground/singleton";

/**
 * Which labs this process is serving (./labs.ts): the ones it has seen alive, so a request costs
 * no read once its lab is known and one write a minute at most; and the ones with a request under
 * way, which are never deleted from under it — whatever a last_seen_at written at most once a
 * minute says.
 */

// last_seen_at is written at most once a minute per lab, not on every request.
const TOUCH_INTERVAL_MS = 60 * 1000;

// Labs this process has seen alive, with when it last wrote their last_seen_at.
const known = () => processSingleton("visitor-labs-known", () => new Map<string, number>());

// Requests of each lab under way in this process.
const inFlight = () => processSingleton("visitor-labs-in-flight", () => new Map<string, number>());

/** The current request works in this lab until it ends: the lab is not deleted under it. */
export function holdLabForRequest(labId: string): void {
  const counts = inFlight();
  if (!whenRequestEnds(() => release(labId))) return;
  counts.set(labId, (counts.get(labId) ?? 0) + 1);
}

function release(labId: string): void {
  const counts = inFlight();
  const left = (counts.get(labId) ?? 1) - 1;
  if (left > 0) counts.set(labId, left);
  else counts.delete(labId);
}

/**
 * Whether a request of this process works in the lab right now: its last_seen_at may say it is
 * idle (written at most once a minute), yet it is never evicted or swept from under a request.
 */
export function inUseHere(labId: string): boolean {
  return inFlight().has(labId);
}

/** A lab just opened here: seen now, its last_seen_at just written. */
export function markLabSeen(labId: string, now: number): void {
  known().set(labId, now);
}

/**
 * Whether a lab id (from a genuine cookie) names a lab that still exists, marking it used: one
 * indexed write a minute per lab, no read on the request path once seen.
 */
export async function enterLab(labId: string, now = Date.now()): Promise<boolean> {
  const seen = known().get(labId);
  if (seen !== undefined && now - seen < TOUCH_INTERVAL_MS) return true;
  if (!(await touchLab(labId, new Date(now)))) {
    known().delete(labId);
    return false;
  }
  known().set(labId, now);
  return true;
}

/** A deleted lab is no longer known here. */
export function forgetPresence(labId: string): void {
  known().delete(labId);
}

import "server-only";
import {
  deleteExpiredThrottleCounters,
  deleteThrottleCounters,
  findThrottleCounter,
  inThrottleTransaction,
  saveThrottleCounter,
} from "@/db/queries/throttle";
import { decide } from "@/lib/throttle/rules";
import type { ThrottleStore } from "@/lib/throttle/store";

/**
 * Counters in the SQLite database, like the sessions: read, decide and write in one immediate
 * transaction (as the session limit is), so racing attempts — from this process or another on
 * the same file — are each counted.
 */
export function createSqliteThrottleStore(): ThrottleStore {
  return {
    kind: "sqlite",
    attempt: async (hits, now) =>
      inThrottleTransaction(() => {
        const { waitMs, next } = decide(hits, findThrottleCounter, now);
        for (const [key, counter] of next) saveThrottleCounter({ key, ...counter });
        return waitMs;
      }),
    reset: async (keys) => deleteThrottleCounters(keys),
    deleteExpired: async (now) => deleteExpiredThrottleCounters(now),
  };
}

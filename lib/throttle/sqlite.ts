import "server-only";
import {
  deleteExpiredThrottleCounters,
  deleteThrottleCounters,
  findThrottleCounter,
  saveThrottleCounter,
} from "@/db/queries/throttle";
import { decide, refunded, type ThrottleCounter } from "@/lib/throttle/rules";
import type { ThrottleStore } from "@/lib/throttle/store";
import { inImmediateTransaction } from "@/db/client";

/**
 * Counters in the SQLite database, like the sessions: read the clock and the counters, decide and
 * write in one immediate transaction (as the session limit is), so racing attempts — from this
 * process or another on the same file — are each counted, and each is judged at the time it holds
 * the lock (BEGIN IMMEDIATE may wait up to the busy timeout for another process's commit).
 */
export function createSqliteThrottleStore(): ThrottleStore {
  return {
    kind: "sqlite",
    attempt: async (hits, clock) =>
      inImmediateTransaction(async () => {
        const counters = new Map<string, ThrottleCounter | null>();
        for (const hit of hits) counters.set(hit.key, await findThrottleCounter(hit.key));
        const { waitMs, next } = decide(hits, (key) => counters.get(key) ?? null, clock());
        for (const [key, counter] of next) await saveThrottleCounter({ key, ...counter });
        return waitMs;
      }),
    refund: async (keys, clock) =>
      inImmediateTransaction(async () => {
        const now = clock();
        for (const key of keys) {
          const counter = refunded(await findThrottleCounter(key), now);
          if (counter !== null) await saveThrottleCounter({ key, ...counter });
        }
      }),
    reset: async (keys) => deleteThrottleCounters(keys),
    deleteExpired: async (now) => deleteExpiredThrottleCounters(now),
  };
}

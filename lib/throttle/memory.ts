import "server-only";
import { processMemo } from "@/ground/memo";
import { decide, refunded, type ThrottleCounter } from "@/lib/throttle/rules";
import type { ThrottleStore } from "@/lib/throttle/store";

/**
 * Counters in this process's memory (bounded, least recently used dropped first). Used with the
 * in-memory session store, and as the stand-in while a networked store is away.
 */
export function createMemoryThrottleStore(name = "throttle"): ThrottleStore {
  const counters = processMemo<ThrottleCounter>(name, 100_000);
  return {
    kind: "memory",
    // Synchronous from read to write: nothing can interleave, so it is atomic.
    attempt: async (hits, clock) => {
      const now = clock();
      const { waitMs, next } = decide(hits, (key) => counters.get(key, now) ?? null, now);
      for (const [key, counter] of next) counters.set(key, counter, counter.expiresAt);
      return waitMs;
    },
    refund: async (keys, clock) => {
      const now = clock();
      for (const key of keys) {
        const counter = refunded(counters.get(key, now) ?? null, now);
        if (counter !== null) counters.set(key, counter, counter.expiresAt);
      }
    },
    reset: async (keys) => {
      for (const key of keys) counters.delete(key);
    },
    deleteExpired: async () => 0, // entries expire on read and age out of the bounded map
  };
}

import type { ThrottleHit } from "@/lib/throttle/rules";

/**
 * Where the throttle's counters live: the configured store (SQLite by default, Redis when
 * SESSION_STORE=redis, memory for the in-memory demo), so that a restart does not reset them and
 * every instance sharing the store counts together.
 */
export interface ThrottleStore {
  kind: "memory" | "sqlite" | "redis";
  /**
   * Atomically: if any budget refuses at the time `clock` tells, nothing is counted and the
   * longest wait (ms) is returned; otherwise the attempt is counted against every budget and 0 is
   * returned. The clock is read inside the atomic step, once any lock is held: an attempt that
   * waited for another instance's transaction is judged at the time it is decided, not at the
   * time it started waiting (a block that ended meanwhile no longer refuses it).
   */
  attempt(hits: readonly ThrottleHit[], clock: () => number): Promise<number>;
  /**
   * Takes one attempt back from each of these counters, atomically (a success, on a budget that
   * counts failures only): attempts are counted before the password check, so that parallel
   * ones cannot slip through, and a success returns exactly the one it was counted as.
   */
  refund(keys: readonly string[], clock: () => number): Promise<void>;
  /** Forgets these counters (a success resets its backoff budgets). */
  reset(keys: readonly string[]): Promise<void>;
  /** Deletes counters past their expiry; returns how many (the start-up sweep). */
  deleteExpired(now: number): Promise<number>;
}

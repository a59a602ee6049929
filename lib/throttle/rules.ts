/**
 * The throttle's counting rules, as pure functions over one counter, so that every store (memory,
 * SQLite, and the Lua of the Redis store, which mirrors them) counts the same way.
 * - `backoff`: `free` failures, then each further attempt waits 1 s, 2 s, 4 s… (at most
 *   `maxDelayMs`); the counter is forgotten `forgetMs` after the last attempt, and reset by a
 *   success. Nobody is locked out for good.
 * - `window`: at most `max` attempts per fixed window of `windowMs` (sign-up: every attempt costs a
 *   password hash); a budget that counts failures only gives a success's attempt back (refund).
 */

export type ThrottleRule =
  | { kind: "backoff"; free: number; maxDelayMs: number; forgetMs: number }
  | { kind: "window"; max: number; windowMs: number };

export interface ThrottleCounter {
  count: number;
  blockedUntil: number;
  expiresAt: number;
}

/** One budget an attempt is counted against: a key in the store and its rule. */
export interface ThrottleHit {
  key: string;
  rule: ThrottleRule;
}

/** How long (ms) this counter refuses another attempt at `now`; 0 when it allows one. */
export function waitOf(counter: ThrottleCounter | null, rule: ThrottleRule, now: number): number {
  if (counter === null || counter.expiresAt <= now) return 0;
  if (rule.kind === "backoff") return Math.max(0, counter.blockedUntil - now);
  return counter.count >= rule.max ? counter.expiresAt - now : 0;
}

/** The counter after one more attempt at `now`. */
export function counted(
  counter: ThrottleCounter | null,
  rule: ThrottleRule,
  now: number,
): ThrottleCounter {
  const alive = counter !== null && counter.expiresAt > now;
  const count = (alive ? counter.count : 0) + 1;
  if (rule.kind === "window") {
    return { count, blockedUntil: 0, expiresAt: alive ? counter.expiresAt : now + rule.windowMs };
  }
  const excess = count - rule.free;
  const delay = excess > 0 ? Math.min(2 ** (excess - 1) * 1000, rule.maxDelayMs) : 0;
  return { count, blockedUntil: now + delay, expiresAt: now + rule.forgetMs };
}

/**
 * The counter after one attempt is given back (it succeeded, on a budget of failures): null when
 * there is nothing to give back. Its window and block stay as they are.
 */
export function refunded(counter: ThrottleCounter | null, now: number): ThrottleCounter | null {
  if (counter === null || counter.expiresAt <= now || counter.count === 0) return null;
  return { ...counter, count: counter.count - 1 };
}

/** The decision over every budget at once: refused if any refuses, with the longest wait. */
export function decide(
  hits: readonly ThrottleHit[],
  read: (key: string) => ThrottleCounter | null,
  now: number,
): { waitMs: number; next: Array<[string, ThrottleCounter]> } {
  const current = hits.map((hit) => read(hit.key));
  const waitMs = Math.max(0, ...hits.map((hit, i) => waitOf(current[i] ?? null, hit.rule, now)));
  if (waitMs > 0) return { waitMs, next: [] };
  return {
    waitMs: 0,
    next: hits.map((hit, i) => [hit.key, counted(current[i] ?? null, hit.rule, now)]),
  };
}

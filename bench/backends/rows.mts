// The bench's rows, alike in every backend: USERS users, and sessions whose ids derive from a
// counter (the SHA-256 of "bench-session-<n>", as a real id is the SHA-256 of a token), so a
// lookup can pick existing ids at random without keeping a million strings, and each database
// can write them itself (PostgreSQL computes the same hash in its INSERT … SELECT).
import crypto from "node:crypto";

export const USERS = 1_000;
export const SIZES = [1_000, 100_000, 1_000_000];
/** Timed lookups per run and size (BENCH_N), after WARMUP untimed ones. */
export const N = Number(process.env.BENCH_N ?? 2000);
export const WARMUP = Math.min(500, Math.ceil(N / 4));
/** A real argon2id hash's length, as the users table holds one. */
export const PASSWORD_HASH = `$argon2id$v=19$m=19456,t=2,p=1$${"s".repeat(22)}$${"h".repeat(43)}`;
/** A real browser's User-Agent, as each session row keeps one. */
export const USER_AGENT =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
export const IP = "127.0.0.1";

/** The sizes to measure: 1k, 100k, 1M sessions, capped by BENCH_SCALE_MAX. */
export function benchSizes(): number[] {
  const max = Number(process.env.BENCH_SCALE_MAX ?? 1_000_000);
  return SIZES.filter((size) => size <= max);
}

/** The id of the n-th session (n from 1). */
export function sessionId(n: number): string {
  return crypto.createHash("sha256").update(`bench-session-${n}`).digest("hex");
}

/** The same id as PostgreSQL computes it from the series' `g`. */
export const SESSION_ID_SQL = "encode(sha256(convert_to('bench-session-' || g, 'UTF8')), 'hex')";

/** The user of the n-th session: the sessions spread evenly over the users (ids 1…USERS). */
export const userOf = (n: number): number => 1 + (n % USERS);

/** `count` ids of existing sessions (1…size), at random. */
export function randomIds(size: number, count: number): string[] {
  return Array.from({ length: count }, () => sessionId(1 + crypto.randomInt(size)));
}

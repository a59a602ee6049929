// Volume for the benchmarks: live session rows written raw, in one transaction — the point is the
// table's size under the lookup, not the path that writes it (scripts/bench-fill.mts, bench.mts).
import crypto from "node:crypto";
import { getSqlite } from "@/db/client";

/** A real browser's User-Agent, as each session row keeps one. */
export const BENCH_USER_AGENT =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

/** Adds `count` live sessions, spread over `userIds`, each under a random token's hash. */
export function addBenchSessions(
  userIds: readonly number[],
  count: number,
  now = Date.now(),
): void {
  const sqlite = getSqlite();
  const add = sqlite.prepare(
    "INSERT INTO sessions (id, user_id, created_at, last_seen_at, idle_expires_at, expires_at, user_agent, ip) VALUES (?, ?, ?, ?, ?, ?, ?, '127.0.0.1')",
  );
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = crypto.createHash("sha256").update(crypto.randomBytes(32)).digest("hex");
      const userId = userIds[i % userIds.length]!;
      add.run(id, userId, now, now, now + 3_600_000, now + 86_400_000, BENCH_USER_AGENT);
    }
  })();
}

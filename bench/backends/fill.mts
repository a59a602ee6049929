// Filling each backend fast: the point is the table's size under the lookup, not the path that
// writes it. PostgreSQL writes its rows itself (INSERT … SELECT over generate_series); SQLite in
// one transaction; Redis through the store's own insert, so its records are exactly the app's.
import type Database from "better-sqlite3";
import type pg from "pg";
import type { SessionStore } from "@/lib/session-store/store";
import {
  IP,
  PASSWORD_HASH,
  SESSION_ID_SQL,
  USER_AGENT,
  USERS,
  sessionId,
  userOf,
} from "./rows.mjs";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Redis inserts in flight at once: enough to fill the pipe, few enough to keep memory flat.
const REDIS_BATCH = 2_000;

/** The USERS users, ids 1…USERS, in PostgreSQL. */
export async function addPostgresUsers(client: pg.Client): Promise<void> {
  await client.query(
    `INSERT INTO users (id, username, display_name, role, password_hash)
     SELECT u, 'bench-' || u, 'Bench ' || u, 'user', $1 FROM generate_series(1, $2::int) u`,
    [PASSWORD_HASH, USERS],
  );
}

/** Sessions from…to in PostgreSQL, then VACUUM ANALYZE: the planner and the heap as in steady state. */
export async function addPostgresSessions(
  client: pg.Client,
  from: number,
  to: number,
): Promise<void> {
  await client.query(
    `INSERT INTO sessions (id, user_id, created_at, last_seen_at, idle_expires_at, expires_at,
                           user_agent, ip)
     SELECT ${SESSION_ID_SQL}, 1 + g % $3::int, now(), now(), now() + interval '1 hour',
            now() + interval '1 day', $4, $5
       FROM generate_series($1::bigint, $2::bigint) g`,
    [from, to, USERS, USER_AGENT, IP],
  );
  await client.query("VACUUM ANALYZE sessions, users");
}

/** The USERS users, ids 1…USERS, in SQLite. */
export function addSqliteUsers(sqlite: Database.Database): void {
  const add = sqlite.prepare(
    `INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
     VALUES (?, ?, ?, 'user', ?, ?, ?)`,
  );
  const now = Date.now();
  sqlite.transaction(() => {
    for (let u = 1; u <= USERS; u++)
      add.run(u, `bench-${u}`, `Bench ${u}`, PASSWORD_HASH, now, now);
  })();
}

/** Sessions from…to in SQLite, in one transaction. */
export function addSqliteSessions(sqlite: Database.Database, from: number, to: number): void {
  const add = sqlite.prepare(
    `INSERT INTO sessions (id, user_id, created_at, last_seen_at, idle_expires_at, expires_at,
                           user_agent, ip) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const now = Date.now();
  sqlite.transaction(() => {
    for (let n = from; n <= to; n++) {
      add.run(sessionId(n), userOf(n), now, now, now + HOUR, now + DAY, USER_AGENT, IP);
    }
  })();
}

/** Sessions from…to through the Redis store's insert, REDIS_BATCH at a time. */
export async function addRedisSessions(
  store: SessionStore,
  from: number,
  to: number,
): Promise<void> {
  const now = Date.now();
  for (let start = from; start <= to; start += REDIS_BATCH) {
    const end = Math.min(to, start + REDIS_BATCH - 1);
    const batch = [];
    for (let n = start; n <= end; n++) {
      batch.push(
        store.insert({
          id: sessionId(n),
          userId: userOf(n),
          createdAt: new Date(now),
          lastSeenAt: new Date(now),
          idleExpiresAt: new Date(now + HOUR),
          expiresAt: new Date(now + DAY),
          userAgent: USER_AGENT,
          ip: IP,
        }),
      );
    }
    await Promise.all(batch);
  }
}

// Fills a benchmark's throw-away data directory (DATA_DIR) with realistic volume: BENCH_USERS
// users and BENCH_SESSIONS live sessions spread over them, so the lookup meets a real index, not
// an empty table.
import { closeDb, getSqlite } from "@/db/client";
import { addBenchSessions } from "./bench-rows";

const USERS = Number(process.env.BENCH_USERS ?? 1_000);
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 100_000);
const HASH = `$argon2id$v=19$m=19456,t=2,p=1$${"s".repeat(22)}$${"h".repeat(43)}`; // a real hash's length

const sqlite = getSqlite();
const now = Date.now();
const addUser = sqlite.prepare(
  "INSERT INTO users (username, display_name, role, password_hash, created_at, updated_at) VALUES (?, ?, 'user', ?, ?, ?)",
);
const ids = sqlite.transaction(() =>
  Array.from({ length: USERS }, (_, i) =>
    Number(addUser.run(`bench-${i}`, `Bench ${i}`, HASH, now, now).lastInsertRowid),
  ),
)();
addBenchSessions(ids, SESSIONS, now);
await closeDb();
console.log(`Filled: ${USERS} users, ${SESSIONS} sessions.`);

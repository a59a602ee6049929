// Fills a benchmark's throw-away data directory (DATA_DIR) with realistic volume: BENCH_USERS
// users and BENCH_SESSIONS live sessions spread over them, so the lookup meets a real index, not
// an empty table. Raw statements in one transaction: the point is the table's size, not the path.
import crypto from "node:crypto";
import { closeDb, getSqlite } from "@/db/client";

const USERS = Number(process.env.BENCH_USERS ?? 1_000);
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 100_000);
const BROWSER =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const HASH = `$argon2id$v=19$m=19456,t=2,p=1$${"s".repeat(22)}$${"h".repeat(43)}`; // a real hash's length

const sqlite = getSqlite();
const now = Date.now();
const addUser = sqlite.prepare(
  "INSERT INTO users (username, display_name, role, password_hash, created_at, updated_at) VALUES (?, ?, 'user', ?, ?, ?)",
);
const addSession = sqlite.prepare(
  "INSERT INTO sessions (id, user_id, created_at, last_seen_at, idle_expires_at, expires_at, user_agent, ip) VALUES (?, ?, ?, ?, ?, ?, ?, '127.0.0.1')",
);
sqlite.transaction(() => {
  const ids: number[] = [];
  for (let i = 0; i < USERS; i++) {
    ids.push(Number(addUser.run(`bench-${i}`, `Bench ${i}`, HASH, now, now).lastInsertRowid));
  }
  for (let i = 0; i < SESSIONS; i++) {
    const id = crypto.createHash("sha256").update(crypto.randomBytes(32)).digest("hex");
    addSession.run(id, ids[i % ids.length], now, now, now + 3_600_000, now + 86_400_000, BROWSER);
  }
})();
closeDb();
console.log(`Filled: ${USERS} users, ${SESSIONS} sessions.`);

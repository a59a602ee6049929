import path from "node:path";
import Database from "better-sqlite3";
import { e2eDataDir } from "./env";

/**
 * Read-only access to the server's database, so tests assert on stored state (the session rows),
 * not only on what the pages say.
 */
function withDb<T>(read: (db: Database.Database) => T): T {
  const db = new Database(path.join(e2eDataDir, "app.db"), { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

export function countSessions(username: string): number {
  return withDb(
    (db) =>
      (
        db
          .prepare(
            "SELECT count(*) AS n FROM sessions JOIN users ON users.id = sessions.user_id WHERE users.username = ?",
          )
          .get(username) as { n: number }
      ).n,
  );
}

export function sessionExists(id: string): boolean {
  return withDb((db) => db.prepare("SELECT 1 FROM sessions WHERE id = ?").get(id) !== undefined);
}

type SessionRow = { id: string; userAgent: string | null; ip: string | null };

export function latestSessionOf(username: string): SessionRow | undefined {
  return withDb(
    (db) =>
      db
        .prepare(
          "SELECT sessions.id AS id, sessions.user_agent AS userAgent, sessions.ip AS ip FROM sessions JOIN users ON users.id = sessions.user_id WHERE users.username = ? ORDER BY sessions.created_at DESC LIMIT 1",
        )
        .get(username) as SessionRow | undefined,
  );
}

import "server-only";
import { currentLab } from "@/ground/context";
import { and, desc, eq, gt, lte, ne, or, sql } from "drizzle-orm";
import { getDb, getSqlite, preparedPerConnection } from "@/db/client";
import { sessions, type Session, type User } from "@/db/schema";

/** Stores a new session row. */
export function insertSession(session: Session): void {
  getDb().insert(sessions).values(session).run();
}

/** The user columns a session check needs (never the password hash: it has no business here). */
export type SessionUser = Pick<User, "id" | "username" | "displayName" | "role" | "disabledAt">;

type Row = [
  id: string,
  userId: number,
  createdAt: number,
  lastSeenAt: number,
  idleExpiresAt: number,
  expiresAt: number,
  userAgent: string | null,
  ip: string | null,
  username: string,
  displayName: string,
  role: User["role"],
  disabledAt: number | null,
];

// The one query of every session request, run raw and mapped by hand, with only the columns the
// check reads: drizzle's mapping of the whole joined row (password hash included) cost half as
// much again as the lookup itself (15 µs against 10 µs). sessions.test.ts holds the mapping
// to the schema's own.
/** The statement itself (the bench runs it raw as the floor the session check is held to). */
export const SESSION_LOOKUP_SQL = `SELECT s.id, s.user_id, s.created_at, s.last_seen_at,
       s.idle_expires_at, s.expires_at, s.user_agent, s.ip,
       u.username, u.display_name, u.role, u.disabled_at
  FROM sessions s JOIN users u ON u.id = s.user_id
 WHERE s.id = ? AND u.lab_id = ?`;
const findWithUserStatement = preparedPerConnection(() =>
  getSqlite().prepare<[string, string], Row>(SESSION_LOOKUP_SQL).raw(),
);

/**
 * The session and its user in one indexed lookup: the single query a session request costs. Only
 * a user of the current lab counts (ground/context.ts): another lab's session token finds nothing.
 */
export function findSessionWithUser(id: string): { session: Session; user: SessionUser } | null {
  const row = findWithUserStatement().get(id, currentLab());
  if (row === undefined) return null;
  const [, userId, created, lastSeen, idle, expires, userAgent, ip, username, displayName] = row;
  const [role, disabledAt] = [row[10], row[11]];
  return {
    session: {
      id: row[0],
      userId,
      createdAt: new Date(created),
      lastSeenAt: new Date(lastSeen),
      idleExpiresAt: new Date(idle),
      expiresAt: new Date(expires),
      userAgent,
      ip,
    },
    user: {
      id: userId,
      username,
      displayName,
      role,
      disabledAt: disabledAt === null ? null : new Date(disabledAt),
    },
  };
}

/** Slides the idle expiry forward. */
export function touchSession(id: string, lastSeenAt: Date, idleExpiresAt: Date): void {
  getDb().update(sessions).set({ lastSeenAt, idleExpiresAt }).where(eq(sessions.id, id)).run();
}

/** Deletes one session; true when a row was deleted. */
export function deleteSession(id: string): boolean {
  return getDb().delete(sessions).where(eq(sessions.id, id)).run().changes > 0;
}

/** How much the session store holds: unexpired rows, the bytes of all data, the pages on disk. */
export function sessionStoreTotals(now: Date): {
  rows: number;
  dataBytes: number;
  diskBytes: number;
} {
  const client = getSqlite();
  const rows = (
    client
      .prepare("SELECT count(*) AS n FROM sessions WHERE expires_at > ? AND idle_expires_at > ?")
      .get(now.getTime(), now.getTime()) as { n: number }
  ).n;
  // dbstat walks the b-trees of the table and its indexes: fine for the inspector, not a hot path.
  const size = client
    .prepare(
      "SELECT coalesce(sum(payload), 0) AS data, coalesce(sum(pgsize), 0) AS disk FROM dbstat " +
        "WHERE name IN ('sessions', 'sqlite_autoindex_sessions_1', 'sessions_user_id_idx')",
    )
    .get() as { data: number; disk: number };
  return { rows, dataBytes: size.data, diskBytes: size.disk };
}

/** Deletes every session of a user; returns how many there were. */
export function deleteUserSessions(userId: number): number {
  return getDb().delete(sessions).where(eq(sessions.userId, userId)).run().changes;
}

/** Unexpired sessions per user. */
export function countSessionsByUser(now: Date): Map<number, number> {
  const rows = getDb()
    .select({ userId: sessions.userId, n: sql<number>`count(*)` })
    .from(sessions)
    .where(and(gt(sessions.expiresAt, now), gt(sessions.idleExpiresAt, now)))
    .groupBy(sessions.userId)
    .all();
  return new Map(rows.map((row) => [row.userId, row.n]));
}

/** Every session of a user, newest first. */
export function findUserSessions(userId: number): Session[] {
  return getDb()
    .select()
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(desc(sessions.createdAt))
    .all();
}

/** Whether `id` is a session of `userId` (expired or not). */
export function isUserSession(userId: number, id: string): boolean {
  return (
    getDb()
      .select({ id: sessions.id })
      .from(sessions)
      .where(and(eq(sessions.id, id), eq(sessions.userId, userId)))
      .get() !== undefined
  );
}

/** Deletes a user's sessions but `keepId` (only `targetId`, when given); returns how many. */
export function deleteOtherUserSessions(userId: number, keepId: string, targetId?: string): number {
  const others = and(eq(sessions.userId, userId), ne(sessions.id, keepId));
  return getDb()
    .delete(sessions)
    .where(targetId === undefined ? others : and(others, eq(sessions.id, targetId)))
    .run().changes;
}

/** Deletes a user's sessions that have expired (idle or absolute) by `now`. */
export function deleteExpiredUserSessions(userId: number, now: Date): number {
  return getDb()
    .delete(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        or(lte(sessions.expiresAt, now), lte(sessions.idleExpiresAt, now)),
      ),
    )
    .run().changes;
}

/** Deletes up to `batch` expired sessions (any user); returns how many. */
export function deleteExpiredSessions(now: Date, batch: number): number {
  return getSqlite()
    .prepare(
      "DELETE FROM sessions WHERE rowid IN (SELECT rowid FROM sessions WHERE expires_at <= ? OR idle_expires_at <= ? LIMIT ?)",
    )
    .run(now.getTime(), now.getTime(), batch).changes;
}

import "server-only";
import { currentLab } from "@/ground/context";
import { and, count, desc, eq, gt, inArray, lte, ne, or, sql } from "drizzle-orm";
import { changedRows, databaseKind, getDb, queryRows, rawStatement } from "@/db/client";
import { sessions, type Session, type User } from "@/db/schema";

/** Stores a new session row. */
export async function insertSession(session: Session): Promise<void> {
  await getDb().insert(sessions).values(session);
}

/** The user columns a session check needs (never the password hash: it has no business here). */
export type SessionUser = Pick<User, "id" | "username" | "displayName" | "role" | "disabledAt">;

// SQLite gives numbers; PostgreSQL Dates for the times and a string for the bigint id.
type Time = number | Date;
type Row = [
  id: string,
  userId: number | string,
  createdAt: Time,
  lastSeenAt: Time,
  idleExpiresAt: Time,
  expiresAt: Time,
  userAgent: string | null,
  ip: string | null,
  username: string,
  displayName: string,
  role: User["role"],
  disabledAt: Time | null,
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
const findWithUserStatement = rawStatement(SESSION_LOOKUP_SQL);

/**
 * The session and its user in one indexed lookup: the single query a session request costs. Only
 * a user of the current lab counts (ground/context.ts): another lab's session token finds nothing.
 */
export async function findSessionWithUser(
  id: string,
): Promise<{ session: Session; user: SessionUser } | null> {
  const [row] = (await findWithUserStatement().rows([id, currentLab()])) as Row[];
  if (row === undefined) return null;
  const [, rawUserId, created, lastSeen, idle, expires, userAgent, ip, username, displayName] = row;
  const userId = Number(rawUserId);
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
export async function touchSession(
  id: string,
  lastSeenAt: Date,
  idleExpiresAt: Date,
): Promise<void> {
  await getDb().update(sessions).set({ lastSeenAt, idleExpiresAt }).where(eq(sessions.id, id));
}

/** Deletes one session; true when a row was deleted. */
export async function deleteSession(id: string): Promise<boolean> {
  return changedRows(await getDb().delete(sessions).where(eq(sessions.id, id))) > 0;
}

const live = (now: Date) => and(gt(sessions.expiresAt, now), gt(sessions.idleExpiresAt, now));

// What the table and its indexes take where they live — each database says it its own way:
// SQLite's dbstat walks the b-trees (payload and pages), PostgreSQL sizes the relations. Fine for
// the inspector, not a hot path.
const SIZE_QUERY = {
  sqlite: sql`SELECT coalesce(sum(payload), 0), coalesce(sum(pgsize), 0) FROM dbstat
    WHERE name IN ('sessions', 'sqlite_autoindex_sessions_1', 'sessions_user_id_idx')`,
  postgres: sql`SELECT (SELECT coalesce(sum(pg_column_size(s.*)), 0) FROM sessions s),
    pg_total_relation_size('sessions')`,
};

/** How much the session store holds: unexpired rows, the bytes of all data, the pages on disk. */
export async function sessionStoreTotals(now: Date): Promise<{
  rows: number;
  dataBytes: number;
  diskBytes: number;
}> {
  const [counted] = await getDb().select({ n: count() }).from(sessions).where(live(now));
  const [size] = await queryRows(SIZE_QUERY[databaseKind()]);
  return {
    rows: counted?.n ?? 0,
    dataBytes: Number(size?.[0] ?? 0),
    diskBytes: Number(size?.[1] ?? 0),
  };
}

/** Deletes every session of a user; returns how many there were. */
export async function deleteUserSessions(userId: number): Promise<number> {
  return changedRows(await getDb().delete(sessions).where(eq(sessions.userId, userId)));
}

/** Unexpired sessions per user. */
export async function countSessionsByUser(now: Date): Promise<Map<number, number>> {
  const rows = await getDb()
    .select({ userId: sessions.userId, n: count() })
    .from(sessions)
    .where(live(now))
    .groupBy(sessions.userId);
  return new Map(rows.map((row) => [row.userId, row.n]));
}

/** Every session of a user, newest first. */
export function findUserSessions(userId: number): Promise<Session[]> {
  return getDb()
    .select()
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(desc(sessions.createdAt));
}

/** Whether `id` is a session of `userId` (expired or not). */
export async function isUserSession(userId: number, id: string): Promise<boolean> {
  const found = await getDb()
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.id, id), eq(sessions.userId, userId)));
  return found.length > 0;
}

/** Deletes a user's sessions but `keepId` (only `targetId`, when given); returns how many. */
export async function deleteOtherUserSessions(
  userId: number,
  keepId: string,
  targetId?: string,
): Promise<number> {
  const others = and(eq(sessions.userId, userId), ne(sessions.id, keepId));
  const result = await getDb()
    .delete(sessions)
    .where(targetId === undefined ? others : and(others, eq(sessions.id, targetId)));
  return changedRows(result);
}

/** Deletes a user's sessions that have expired (idle or absolute) by `now`. */
export async function deleteExpiredUserSessions(userId: number, now: Date): Promise<number> {
  const result = await getDb()
    .delete(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        or(lte(sessions.expiresAt, now), lte(sessions.idleExpiresAt, now)),
      ),
    );
  return changedRows(result);
}

/** Deletes up to `batch` expired sessions (any user); returns how many. */
export async function deleteExpiredSessions(now: Date, batch: number): Promise<number> {
  const expired = getDb()
    .select({ id: sessions.id })
    .from(sessions)
    .where(or(lte(sessions.expiresAt, now), lte(sessions.idleExpiresAt, now)))
    .limit(batch);
  return changedRows(await getDb().delete(sessions).where(inArray(sessions.id, expired)));
}

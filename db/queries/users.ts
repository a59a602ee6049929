import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sessions, users, type NewUser, type User } from "@/db/schema";

/** Finds a user by their (already lower-cased) username. */
export function findUserByUsername(username: string): User | null {
  return getDb().select().from(users).where(eq(users.username, username)).get() ?? null;
}

/** Finds a user by id. */
export function findUserById(id: number): User | null {
  return getDb().select().from(users).where(eq(users.id, id)).get() ?? null;
}

/** Inserts a user; returns null when the username is taken (no exception for an expected case). */
export function insertUser(user: NewUser): User | null {
  return (
    getDb()
      .insert(users)
      .values(user)
      .onConflictDoNothing({ target: users.username })
      .returning()
      .get() ?? null
  );
}

/** Every user with how many sessions each has, for the admin page. */
export function listUsersWithSessionCounts(): Array<User & { sessionCount: number }> {
  const rows = getDb()
    .select({ user: users, sessionCount: sql<number>`count(${sessions.id})` })
    .from(users)
    .leftJoin(sessions, eq(sessions.userId, users.id))
    .groupBy(users.id)
    .orderBy(users.id)
    .all();
  return rows.map(({ user, sessionCount }) => ({ ...user, sessionCount }));
}

/** Changes a user's role or disabled state; returns the updated user, or null if there is none. */
export function updateUser(
  id: number,
  changes: Partial<Pick<User, "role" | "disabledAt">>,
): User | null {
  return (
    getDb()
      .update(users)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning()
      .get() ?? null
  );
}

/** Stores a new password hash. */
export function updatePasswordHash(id: number, passwordHash: string): void {
  getDb().update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, id)).run();
}

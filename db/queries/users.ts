import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import { getDb, preparedPerConnection } from "@/db/client";
import { users, type NewUser, type User } from "@/db/schema";

/** Finds a user by their (already lower-cased) username. */
export function findUserByUsername(username: string): User | null {
  return getDb().select().from(users).where(eq(users.username, username)).get() ?? null;
}

// Prepared once per connection: with the memory and Redis session stores this runs on every
// session request.
const findByIdStatement = preparedPerConnection((db) =>
  db
    .select()
    .from(users)
    .where(eq(users.id, sql.placeholder("id")))
    .prepare(),
);

/** Finds a user by id. */
export function findUserById(id: number): User | null {
  return findByIdStatement().get({ id }) ?? null;
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

/** Every user, oldest account first (the admin page adds session counts from the store). */
export function listUsers(): User[] {
  return getDb().select().from(users).orderBy(users.id).all();
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

/**
 * Stores a new password hash if the stored one is still `expectedHash` (compare-and-set): of two
 * changes made with the same current password, only the first lands. Returns whether it did.
 */
export function replacePasswordHash(
  id: number,
  expectedHash: string,
  passwordHash: string,
): boolean {
  return (
    getDb()
      .update(users)
      .set({ passwordHash, updatedAt: new Date() })
      .where(and(eq(users.id, id), eq(users.passwordHash, expectedHash)))
      .run().changes === 1
  );
}

/** The throw-away accounts (the `throwaway` flag, never a name) created before `cutoff`. */
export function findThrowawayUsersCreatedBefore(cutoff: Date): User[] {
  return getDb()
    .select()
    .from(users)
    .where(and(eq(users.throwaway, true), lt(users.createdAt, cutoff)))
    .all();
}

/** Deletes a user; their refresh families and deny-list rows go with them (foreign keys). */
export function deleteUser(id: number): boolean {
  return getDb().delete(users).where(eq(users.id, id)).run().changes > 0;
}

import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type NewUser, type User } from "@/db/schema";

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

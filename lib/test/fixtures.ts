import { insertUser } from "@/db/queries/users";
import type { User } from "@/db/schema";

let counter = 0;

/** Inserts a user with a unique username (the hash is a placeholder: these tests skip passwords). */
export function makeUser(overrides: Partial<User> = {}): User {
  counter += 1;
  const now = new Date();
  const user = insertUser({
    username: `user${counter}-${Math.random().toString(36).slice(2, 8)}`,
    displayName: `User ${counter}`,
    role: "user",
    passwordHash: "$argon2id$placeholder",
    createdAt: now,
    updatedAt: now,
    ...overrides,
  });
  if (user === null) throw new Error("test user collided");
  return user;
}

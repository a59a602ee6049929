import { insertUser } from "@/db/queries/users";
import type { Session, User } from "@/db/schema";
import { startSession, type SessionMetadata } from "@/lib/auth/session/tokens";

let counter = 0;

/** Inserts a user with a unique username (the hash is a placeholder: these tests skip passwords). */
export async function makeUser(overrides: Partial<User> = {}): Promise<User> {
  counter += 1;
  const now = new Date();
  const user = await insertUser({
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

/**
 * A session for tests, started the one way the app starts them (startSession) with room for
 * many per user, so tests that need several are not cut short by the concurrent-session limit.
 */
export async function createSession(
  userId: number,
  metadata: SessionMetadata,
  now = Date.now(),
): Promise<{ token: string; session: Session }> {
  const started = await startSession(userId, metadata, now, { limit: 100 });
  if (!started.ok) throw new Error("test session refused");
  return { token: started.token, session: started.session };
}

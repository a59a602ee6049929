import "server-only";
import { findUserByUsername, insertUser } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { hashPassword, verifyDummyPassword, verifyPassword } from "@/lib/auth/password";
import type { LoginInput, SignupInput } from "@/lib/validation";

/** What the app may show or sign about a user: never the password hash. */
export type PublicUser = Pick<User, "id" | "username" | "displayName" | "role">;

export function toPublicUser(user: User): PublicUser {
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role };
}

export type AuthenticationResult = { ok: true; user: User } | { ok: false };

/**
 * Checks a username and password. Unknown usernames cost a dummy verification, so the answer and
 * its timing are the same whether or not the user exists.
 */
export async function authenticateUser(input: LoginInput): Promise<AuthenticationResult> {
  const user = findUserByUsername(input.username);
  if (user === null) {
    await verifyDummyPassword(input.password);
    return { ok: false };
  }
  return (await verifyPassword(user.passwordHash, input.password))
    ? { ok: true, user }
    : { ok: false };
}

export type RegistrationResult = { ok: true; user: User } | { ok: false; reason: "username_taken" };

/** Creates a user with the `user` role. */
export async function registerUser(input: SignupInput): Promise<RegistrationResult> {
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  const user = insertUser({
    username: input.username,
    displayName: input.displayName,
    role: "user",
    passwordHash,
    createdAt: now,
    updatedAt: now,
  });
  return user === null ? { ok: false, reason: "username_taken" } : { ok: true, user };
}

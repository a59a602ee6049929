import "server-only";
import { findUserByUsername, insertUser } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { hashPassword, verifyDummyPassword, verifyPassword } from "@/lib/auth/password";
import { beginLoginAttempt, settleLoginAttempt } from "@/lib/auth/throttle";
import type { LoginInput, SignupInput } from "@/lib/validation";

/** What the app may show or sign about a user: never the password hash. */
export type PublicUser = Pick<User, "id" | "username" | "displayName" | "role">;

export function toPublicUser(user: User): PublicUser {
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role };
}

export type AuthenticationResult =
  | { ok: true; user: User }
  | { ok: false; reason: "invalid_credentials" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks a username and password, once the brute-force throttle (lib/auth/throttle.ts) allows the
 * attempt. Unknown usernames cost a dummy verification and are throttled like real ones, so
 * neither the answer nor its timing reveals whether the user exists.
 */
export async function authenticateUser(
  input: LoginInput,
  client: string | null,
): Promise<AuthenticationResult> {
  const throttle = beginLoginAttempt(input.username, client);
  if (!throttle.allowed) {
    return { ok: false, reason: "throttled", retryAfterSeconds: throttle.retryAfterSeconds };
  }
  const user = findUserByUsername(input.username);
  const valid =
    user === null
      ? await verifyDummyPassword(input.password)
      : await verifyPassword(user.passwordHash, input.password);
  settleLoginAttempt(input.username, client, valid);
  // A disabled account gets the same answer as a wrong password: nothing to learn from it.
  return valid && user !== null && user.disabledAt === null
    ? { ok: true, user }
    : { ok: false, reason: "invalid_credentials" };
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

/** Re-authentication before a sensitive change: the signed-in user's own password, throttled. */
export async function confirmPassword(
  user: PublicUser,
  password: string,
  client: string | null,
): Promise<AuthenticationResult> {
  return authenticateUser({ username: user.username, password }, client);
}

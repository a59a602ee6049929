import "server-only";
import { findUserByUsername } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { OPERATOR_USERNAME } from "@/config/lab";
import { inLab, SHARED_LAB } from "@/ground/context";
import {
  hasVisitorLabs,
  insertAccountIfRoom,
  labHasRoomForAccount,
  leaveVisitorLab,
} from "@/lib/auth/visitor-lab/labs";
import { ensureVisitorLab, type LabOpening } from "@/lib/auth/visitor-lab/opening";
import { hashPassword, verifyDummyPassword, verifyPassword } from "@/lib/auth/password/hashing";
import {
  beginLoginAttempt,
  beginSignupAttempt,
  settleLoginAttempt,
  type LoginClient,
} from "@/lib/auth/login/throttle";
import type { PublicUser } from "@/lib/users/public-user";
import type { LoginInput, SignupInput } from "@/lib/validation/accounts";

/**
 * Who is who: checking a password (behind the throttle), registering, and re-checking the
 * password of a signed-in user before a sensitive change. Shared by both mechanisms.
 */

export type AuthenticationResult =
  | { ok: true; user: User }
  | { ok: false; reason: "invalid_credentials" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number }
  // Hosted: no lab could be opened for this browser's first login (full, or its budget spent).
  | Extract<LabOpening, { ok: false }>;

/**
 * Checks a username and password, once the brute-force throttle (lib/auth/login/throttle.ts) allows the
 * attempt. Unknown usernames cost a dummy verification and are throttled like real ones, so
 * neither the answer nor its timing reveals whether the user exists.
 */
export async function authenticateUser(
  input: LoginInput,
  client: LoginClient | null,
): Promise<AuthenticationResult> {
  // Hosted, the operator logs in to the shared world; everyone else to their own lab, opened now
  // if this browser has none (lib/auth/visitor-lab).
  const operator = hasVisitorLabs() && input.username === OPERATOR_USERNAME;
  if (!operator) {
    const lab = await ensureVisitorLab(client?.address ?? null);
    if (!lab.ok) return lab;
  }
  const result = await (operator
    ? inLab(SHARED_LAB, () => checkPassword(input, client))
    : checkPassword(input, client));
  if (result.ok && operator) await leaveVisitorLab();
  return result;
}

async function checkPassword(
  input: LoginInput,
  client: LoginClient | null,
): Promise<AuthenticationResult> {
  const throttle = await beginLoginAttempt(input.username, client);
  if (!throttle.allowed) {
    return { ok: false, reason: "throttled", retryAfterSeconds: throttle.retryAfterSeconds };
  }
  const user = await findUserByUsername(input.username);
  const matches =
    user === null
      ? await verifyDummyPassword(input.password)
      : await verifyPassword(user.passwordHash, input.password);
  // A disabled account's right password is a wrong one in every way a client could observe: the
  // answer, the budget it was counted against (not reset) and the device cookie (not set) —
  // otherwise any of them would confirm the password of an account that cannot log in.
  const accepted = matches && user !== null && user.disabledAt === null;
  await settleLoginAttempt(input.username, client, accepted);
  if (!accepted) return { ok: false, reason: "invalid_credentials" };
  await client?.remember?.(input.username);
  return { ok: true, user };
}

export type RegistrationResult =
  | { ok: true; user: User }
  | { ok: false; reason: "username_taken" }
  // A visitor's lab holds its demo accounts and at most LAB_ACCOUNTS_MAX more.
  | { ok: false; reason: "lab_full" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number }
  | Extract<LabOpening, { ok: false }>;

/**
 * Creates a user with the `user` role, once the sign-up throttle allows the attempt (every
 * attempt costs a password hash, and says whether the name is taken).
 */
export async function registerUser(
  input: SignupInput,
  client: string | null = null,
  // The compare view's throw-away accounts (lib/compare/lab-account.ts) are marked at birth.
  { throwaway = false }: { throwaway?: boolean } = {},
): Promise<RegistrationResult> {
  const lab = await ensureVisitorLab(client);
  if (!lab.ok) return lab;
  const throttle = await beginSignupAttempt(client);
  if (!throttle.allowed) {
    return { ok: false, reason: "throttled", retryAfterSeconds: throttle.retryAfterSeconds };
  }
  if (!(await labHasRoomForAccount())) return { ok: false, reason: "lab_full" };
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  // Counted again as it is written: sign-ups racing for a lab's last place get one each.
  const user = await insertAccountIfRoom({
    username: input.username,
    displayName: input.displayName,
    role: "user",
    passwordHash,
    throwaway,
    createdAt: now,
    updatedAt: now,
  });
  if (user === "lab_full") return { ok: false, reason: "lab_full" };
  return user === null ? { ok: false, reason: "username_taken" } : { ok: true, user };
}

/** Re-authentication before a sensitive change: the signed-in user's own password, throttled. */
export async function confirmPassword(
  user: PublicUser,
  password: string,
  client: LoginClient | null,
): Promise<AuthenticationResult> {
  return authenticateUser({ username: user.username, password }, client);
}

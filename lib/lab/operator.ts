import "server-only";
import { randomBytes } from "node:crypto";
import {
  findUserByUsername,
  insertUser,
  replacePasswordHash,
  updateUser,
} from "@/db/queries/users";
import type { User } from "@/db/schema";
import { config } from "@/config";
import { OPERATOR_USERNAME } from "@/config/lab";
import { hashPassword, verifyPassword } from "@/lib/auth/password/hashing";
import { revokeUserAccessTokens } from "@/lib/auth/jwt/revocation";
import { revokeUserSessions } from "@/lib/auth/session/revocation";
import { operatorPasswordSchema } from "@/lib/validation/accounts";

/**
 * The operator: the one account with server-wide power on a hosted instance
 * (lib/users/operator.ts). Made at every start if missing, never by signing up (the name is
 * reserved). Its password is LAB_OPERATOR_PASSWORD when set — checked like a sign-up's, held to 16
 * characters — else generated once and shown once, in the server log: never on a page, in a
 * response or in plain text on disk.
 */

export type OperatorOutcome =
  { kind: "created"; generated: boolean } | { kind: "password_replaced" } | { kind: "unchanged" };

// 24 bytes from the CSPRNG: 192 bits, 32 characters of base64url.
const GENERATED_PASSWORD_BYTES = 24;

/** LAB_OPERATOR_PASSWORD's problem, in words that never repeat the password; null when fine. */
export function operatorPasswordProblem(password: string): string | null {
  const parsed = operatorPasswordSchema.safeParse(password);
  return parsed.success ? null : parsed.error.issues.map((issue) => issue.message).join("; ");
}

/** Throws, with a message that never repeats it, when LAB_OPERATOR_PASSWORD is set and weak. */
export function assertOperatorPasswordSetting(password: string | null): void {
  const problem = password === null ? null : operatorPasswordProblem(password);
  if (problem !== null) {
    throw new Error(`Invalid environment configuration:\n  LAB_OPERATOR_PASSWORD: ${problem}`);
  }
}

/**
 * Creates the operator, or, when LAB_OPERATOR_PASSWORD is set, brings it back in line: that
 * password (the stored hash replaced when it differs, every login of the old one ended), an
 * enabled admin. Throws on a weak LAB_OPERATOR_PASSWORD: the server must not start with it.
 */
export async function ensureOperator(
  password: string | null = config.lab.operatorPassword,
  log: (line: string) => void = console.log,
): Promise<OperatorOutcome> {
  assertOperatorPasswordSetting(password);
  const existing = await findUserByUsername(OPERATOR_USERNAME);
  if (existing === null) return createOperator(password, log);
  // Without LAB_OPERATOR_PASSWORD the account is left as it is: an "operator" that is not an admin
  // (demoted, or signed up before the name was reserved) is not known to be ours to promote.
  if (password === null) return { kind: "unchanged" };
  const replaced = await replaceOperatorPassword(existing, password);
  // The password in the environment is now the only one that opens it: it is ours, an admin.
  await restoreOperatorRights(existing);
  if (!replaced) return { kind: "unchanged" };
  log("Operator password replaced from LAB_OPERATOR_PASSWORD; its previous logins are ended.");
  return { kind: "password_replaced" };
}

/** Stores `password`'s hash unless it is already the operator's; true when it replaced one. */
async function replaceOperatorPassword(operator: User, password: string): Promise<boolean> {
  if (await verifyPassword(operator.passwordHash, password)) return false;
  const hash = await hashPassword(password);
  if (!(await replacePasswordHash(operator.id, operator.passwordHash, hash))) return false;
  // A new password ends every login made with the old one, as a password change does.
  await revokeUserAccessTokens(operator.id, "password_change");
  await revokeUserSessions(operator.id);
  return true;
}

async function createOperator(
  chosen: string | null,
  log: (line: string) => void,
): Promise<OperatorOutcome> {
  const password = chosen ?? randomBytes(GENERATED_PASSWORD_BYTES).toString("base64url");
  const now = new Date();
  const created = await insertUser({
    username: OPERATOR_USERNAME,
    displayName: "Operator",
    role: "admin",
    passwordHash: await hashPassword(password),
    createdAt: now,
    updatedAt: now,
  });
  // Another instance sharing the database made it first: its password, not ours, is stored.
  if (created === null) return { kind: "unchanged" };
  if (chosen === null) {
    log(
      [
        `Created the operator account: username "${OPERATOR_USERNAME}", password ${password}`,
        "This is the only time it is shown. To choose your own, set LAB_OPERATOR_PASSWORD (16 characters or more) and restart.",
      ].join("\n"),
    );
  }
  return { kind: "created", generated: chosen === null };
}

/** The operator is an enabled admin whatever a local admin did to it: the way back in. */
async function restoreOperatorRights(operator: User): Promise<void> {
  if (operator.role === "admin" && operator.disabledAt === null) return;
  await updateUser(operator.id, { role: "admin", disabledAt: null });
}

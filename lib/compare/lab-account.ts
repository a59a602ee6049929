import "server-only";
import crypto from "node:crypto";
import { cookies } from "next/headers";
import { deleteUser, findThrowawayUsersCreatedBefore, findUserById } from "@/db/queries/users";
import { inLab } from "@/ground/context";
import { registerUser } from "@/lib/auth/login/authenticate";
import { isSignedValue, signValue } from "@/lib/auth/signed-values";
import { revokeUserSessions } from "@/lib/auth/session/revocation";
import { cookieSettings } from "@/config";
import type { CookieReader } from "@/ground/readers";
import type { LoginInput } from "@/lib/validation/accounts";

/**
 * Throw-away accounts for the compare view's steps that change an account (a role change, a
 * force logout): made for one browser, marked `throwaway` in the users table, remembered in a
 * signed cookie, and deleted two hours later — so no step ever changes a shared demo user for
 * every visitor. Only the mark makes an account deletable: its `lab-…` name (a prefix sign-up
 * refuses) is for people reading the admin list, and a name is something a person can choose.
 */

export const LAB_ACCOUNT_PREFIX = "lab-";
const LIFETIME_MS = 2 * 60 * 60 * 1000;

const PURPOSE = "lab-account";

/** The throw-away account this browser made, if its cookie is genuine. */
export function labAccountOf(jar: CookieReader): number | null {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{22})$/.exec(
    jar.get(cookieSettings.labAccount.name)?.value ?? "",
  );
  if (match === null) return null;
  return isSignedValue(PURPOSE, match[1]!, match[2]!) ? Number(match[1]) : null;
}

/** Whether this user is a throw-away account (by its mark, not its name). */
export async function isThrowawayAccount(userId: number): Promise<boolean> {
  return (await findUserById(userId))?.throwaway === true;
}

/** Deletes the throw-away accounts older than their lifetime (sessions in the store first). */
export async function purgeOldLabAccounts(now = Date.now()): Promise<number> {
  const old = await findThrowawayUsersCreatedBefore(new Date(now - LIFETIME_MS));
  for (const user of old) {
    await revokeUserSessions(user.id);
    await inLab(user.labId, () => deleteUser(user.id));
  }
  return old.length;
}

/** Deletes this browser's throw-away account now (the reset control). */
export async function closeLabAccount(): Promise<boolean> {
  const jar = await cookies();
  const userId = labAccountOf(jar);
  jar.set(cookieSettings.labAccount.name, "", { ...cookieSettings.labAccount.options, maxAge: 0 });
  if (userId === null) return false;
  // Only ever a throw-away account (ids are never reused, but a guard costs one read).
  if (!(await isThrowawayAccount(userId))) return false;
  await revokeUserSessions(userId);
  return deleteUser(userId);
}

export type LabAccountResult =
  | { ok: true; credentials: LoginInput }
  | { ok: false; reason: "throttled" | "lab_full" | "lab_unavailable"; retryAfterSeconds: number };

/**
 * Makes a new throw-away account for this browser and returns its credentials, for the caller
 * to log in with through the ordinary login (its password is random and never shown). It is a
 * sign-up like any other: the same throttle per address and overall bounds how many are made.
 */
export async function createLabAccount(
  client: string | null,
  // false: not this browser's account for the compare view (the brute-force lab's target)
  { remember = true }: { remember?: boolean } = {},
): Promise<LabAccountResult> {
  await purgeOldLabAccounts();
  const suffix = crypto.randomBytes(5).toString("hex");
  const password = crypto.randomBytes(24).toString("base64url");
  const registered = await registerUser(
    { username: `${LAB_ACCOUNT_PREFIX}${suffix}`, displayName: `Lab account ${suffix}`, password },
    client,
    { throwaway: true },
  );
  if (!registered.ok) {
    if (registered.reason === "throttled" || registered.reason === "lab_unavailable") {
      return registered;
    }
    // A visitor's lab is full (lib/auth/visitor-lab): room comes back as throw-aways expire.
    if (registered.reason === "lab_full") {
      return { ok: false, reason: "lab_full", retryAfterSeconds: LIFETIME_MS / 1000 };
    }
    throw new Error("a random lab account name collided"); // 40 random bits: a bug if it happens
  }
  const { user } = registered;
  if (!remember) return { ok: true, credentials: { username: user.username, password } };
  (await cookies()).set(
    cookieSettings.labAccount.name,
    `${user.id}.${signValue(PURPOSE, String(user.id))}`,
    cookieSettings.labAccount.options,
  );
  return { ok: true, credentials: { username: user.username, password } };
}

import "server-only";
import { findUserById, findUserByUsername } from "@/db/queries/users";
import { currentLab } from "@/ground/context";
import { processMemo } from "@/ground/memo";
import { createLabAccount, type LabAccountResult } from "@/lib/compare/lab-account";
import { toPublicUser, type PublicUser } from "@/lib/users/public-user";

/**
 * The meter's own throw-away account, one per browser (its inspector id) and lab: the meter
 * never logs out, demotes or disables the visitor's own login, so every event acts on this
 * account instead. It is made like the compare view's throw-away accounts (a sign-up, throttled
 * per address; deleted two hours later) but not remembered as this browser's compare account,
 * and reused while it lasts: a disabled one is forgotten, and the next run makes another.
 */

interface MeterAccount {
  userId: number;
  password: string;
  /** The session of the last run (its hash), ended when the next run starts. */
  lastSessionId: string | null;
}

// Kept a little less than the account itself lives (lib/compare/lab-account.ts: two hours).
const KEPT_MS = 100 * 60 * 1000;
const accounts = processMemo<MeterAccount>("revocation-lag-accounts", 5000);

const keyOf = (inspectorId: string): string => `${currentLab()}:${inspectorId}`;

export type MeterAccountResult =
  { ok: true; user: PublicUser; account: MeterAccount } | Extract<LabAccountResult, { ok: false }>;

/** This browser's meter account: the one it has, if still usable, or a new one. */
export async function meterAccount(
  inspectorId: string,
  client: string | null,
  now = Date.now(),
): Promise<MeterAccountResult> {
  const held = accounts.get(keyOf(inspectorId), now);
  const user = held === undefined ? null : await findUserById(held.userId);
  if (held !== undefined && user !== null && user.throwaway && user.disabledAt === null) {
    return { ok: true, user: toPublicUser(user), account: held };
  }
  const made = await createLabAccount(client, { remember: false });
  if (!made.ok) return made;
  const created = await findUserByUsername(made.credentials.username);
  if (created === null) throw new Error("a lab account vanished as it was made");
  const account = { userId: created.id, password: made.credentials.password, lastSessionId: null };
  accounts.set(keyOf(inspectorId), account, now + KEPT_MS);
  return { ok: true, user: toPublicUser(created), account };
}

/** Records what a run changed: the account's new password or its last session; or forgets it. */
export function updateMeterAccount(
  inspectorId: string,
  account: MeterAccount | null,
  now = Date.now(),
): void {
  if (account === null) accounts.delete(keyOf(inspectorId));
  else accounts.set(keyOf(inspectorId), account, now + KEPT_MS);
}

export type { MeterAccount };

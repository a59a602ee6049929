import "server-only";
import { sessionStoreTotals } from "@/lib/auth/visitor-lab/store-totals";
import { findUserById, listUsers, updateUser } from "@/db/queries/users";
import type { UserRole } from "@/db/schema";
import {
  retireSealPassword,
  rotateSealPassword,
  setCookieCacheSeconds,
  type RetireResult,
  type SealSettings,
} from "@/lib/auth/sealed/settings";
import {
  actingAdmin,
  assertFreshAuthentication,
  type FreshAuthentication,
} from "@/lib/auth/step-up/proof";
import { revokeUserAccessTokens } from "@/lib/auth/jwt/revocation";
import { revokeUserSessions } from "@/lib/auth/session/revocation";
import { getSessionStore, type SessionStoreTotals } from "@/lib/session-store";
import { toPublicUser, type PublicUser } from "@/lib/users/public-user";

/**
 * What an admin can do to other users. Everything takes effect on the user's next request in the
 * session area (the store is asked every time); in the JWT area a token already issued keeps its
 * claims until it expires — the lesson of C27. Every change here is sensitive: it demands a fresh
 * authentication (lib/auth/step-up/step-up.ts), and the actor's admin rights are read again at the write
 * (inside the write's transaction for a role or account change), not only when the request began.
 */

export interface AdminUserView extends PublicUser {
  sessionCount: number;
  disabled: boolean;
}

export type AdminFailure =
  | "user_not_found"
  | "cannot_change_self"
  | "forbidden"
  | "last_admin"
  | "too_many_keys"
  | "too_many_passwords";
export type AdminResult<T> = ({ ok: true } & T) | { ok: false; reason: AdminFailure };

/** Every user with their session count. */
export async function listUsersForAdmin(now = Date.now()): Promise<AdminUserView[]> {
  const counts = await getSessionStore().countByUser(now);
  return (await listUsers()).map((user) => ({
    ...toPublicUser(user),
    sessionCount: counts.get(user.id) ?? 0,
    disabled: user.disabledAt !== null,
  }));
}

/** The admin page's data: every user with their session count, and the store's totals. */
export async function adminOverview(
  now = Date.now(),
): Promise<{ users: AdminUserView[]; store: SessionStoreTotals }> {
  const [users, store] = await Promise.all([listUsersForAdmin(now), sessionStoreTotals(now)]);
  return { users, store };
}

/** Ends every session of the user (force logout). */
export async function forceLogoutUser(
  proof: FreshAuthentication,
  userId: number,
): Promise<AdminResult<{ revoked: number }>> {
  if (!(await actingAdmin(proof))) return { ok: false, reason: "forbidden" };
  if ((await findUserById(userId)) === null) return { ok: false, reason: "user_not_found" };
  await revokeUserAccessTokens(userId, "admin_logout");
  return { ok: true, revoked: await revokeUserSessions(userId) };
}

/**
 * Changes a user's role and/or disables or enables the account (disabling ends its sessions).
 * An admin cannot change their own account this way; the store itself never lets the last
 * enabled admin go (db/queries/users.ts).
 */
export async function updateUserAsAdmin(
  proof: FreshAuthentication,
  userId: number,
  changes: { role?: UserRole; disabled?: boolean },
): Promise<AdminResult<{ user: PublicUser; revoked: number }>> {
  assertFreshAuthentication(proof);
  if (proof.userId === userId) return { ok: false, reason: "cannot_change_self" };
  const updated = await updateUser(
    userId,
    {
      ...(changes.role !== undefined ? { role: changes.role } : {}),
      ...(changes.disabled !== undefined
        ? { disabledAt: changes.disabled ? new Date() : null }
        : {}),
    },
    { actingAdminId: proof.userId },
  );
  if (!updated.ok) return updated;
  if (changes.disabled === true) await revokeUserAccessTokens(userId, "user_disabled");
  const revoked = changes.disabled === true ? await revokeUserSessions(userId) : 0;
  return { ok: true, user: toPublicUser(updated.user), revoked };
}

/** A new seal password for new cookies (a key change: sensitive); old cookies still unseal. */
export async function rotateSealPasswordAsAdmin(
  proof: FreshAuthentication,
): Promise<
  { ok: true; settings: SealSettings } | { ok: false; reason: "forbidden" | "too_many_passwords" }
> {
  if (!(await actingAdmin(proof))) return { ok: false, reason: "forbidden" };
  const settings = await rotateSealPassword();
  return settings === "too_many_passwords"
    ? { ok: false, reason: settings }
    : { ok: true, settings };
}

/** Removes an old seal password: every sealed-cookie session sealed with it ends at once. */
export async function retireSealPasswordAsAdmin(
  proof: FreshAuthentication,
  id: number,
): Promise<RetireResult | { ok: false; reason: "forbidden" }> {
  return (await actingAdmin(proof)) ? retireSealPassword(id) : { ok: false, reason: "forbidden" };
}

/**
 * Sets the session area's cookie cache: how long a revoked session still works on a cached copy
 * (0 = never). Sensitive like the JWT revocation strategy, and the admin's rights are read at the
 * write: a slow request body gives a demotion time to land in between.
 */
export async function setCookieCacheAsAdmin(
  proof: FreshAuthentication,
  seconds: number,
): Promise<{ ok: true; settings: SealSettings } | { ok: false; reason: "forbidden" }> {
  if (!(await actingAdmin(proof))) return { ok: false, reason: "forbidden" };
  return { ok: true, settings: await setCookieCacheSeconds(seconds) };
}

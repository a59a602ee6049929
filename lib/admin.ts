import "server-only";
import { findUserById, listUsers, updateUser } from "@/db/queries/users";
import type { UserRole } from "@/db/schema";
import { revokeUserAccessTokens } from "@/lib/auth/jwt/revocation";
import { revokeUserSessions } from "@/lib/auth/session/revocation";
import { getSessionStore, type SessionStoreTotals } from "@/lib/session-store";
import { toPublicUser, type PublicUser } from "@/lib/users";

/**
 * What an admin can do to other users. Everything takes effect on the user's next request in the
 * session area (the store is asked every time); in the JWT area a token already issued keeps its
 * claims until it expires — the lesson of C27.
 */

export interface AdminUserView extends PublicUser {
  sessionCount: number;
  disabled: boolean;
}

export type AdminFailure = "user_not_found" | "cannot_change_self";
export type AdminResult<T> = ({ ok: true } & T) | { ok: false; reason: AdminFailure };

/** Every user with their session count. */
export async function listUsersForAdmin(now = Date.now()): Promise<AdminUserView[]> {
  const counts = await getSessionStore().countByUser(now);
  return listUsers().map((user) => ({
    ...toPublicUser(user),
    sessionCount: counts.get(user.id) ?? 0,
    disabled: user.disabledAt !== null,
  }));
}

/** The admin page's data: every user with their session count, and the store's totals. */
export async function adminOverview(
  now = Date.now(),
): Promise<{ users: AdminUserView[]; store: SessionStoreTotals }> {
  const [users, store] = await Promise.all([listUsersForAdmin(now), getSessionStore().totals(now)]);
  return { users, store };
}

/** Ends every session of the user (force logout). */
export async function forceLogoutUser(userId: number): Promise<AdminResult<{ revoked: number }>> {
  if (findUserById(userId) === null) return { ok: false, reason: "user_not_found" };
  revokeUserAccessTokens(userId, "admin_logout");
  return { ok: true, revoked: await revokeUserSessions(userId) };
}

/**
 * Changes a user's role and/or disables or enables the account (disabling ends its sessions).
 * An admin cannot change their own account this way, so the last admin cannot lock everyone out.
 */
export async function updateUserAsAdmin(
  actorId: number,
  userId: number,
  changes: { role?: UserRole; disabled?: boolean },
): Promise<AdminResult<{ user: PublicUser; revoked: number }>> {
  if (actorId === userId) return { ok: false, reason: "cannot_change_self" };
  const user = updateUser(userId, {
    ...(changes.role !== undefined ? { role: changes.role } : {}),
    ...(changes.disabled !== undefined ? { disabledAt: changes.disabled ? new Date() : null } : {}),
  });
  if (user === null) return { ok: false, reason: "user_not_found" };
  if (changes.disabled === true) revokeUserAccessTokens(userId, "user_disabled");
  const revoked = changes.disabled === true ? await revokeUserSessions(userId) : 0;
  return { ok: true, user: toPublicUser(user), revoked };
}

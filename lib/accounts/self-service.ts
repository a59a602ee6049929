import "server-only";
import { replacePasswordHash } from "@/db/queries/users";
import type { Session } from "@/db/schema";
import { findSessionByHandle } from "@/lib/auth/session/devices";
import {
  revokeOtherSessions,
  revokeSession,
  revokeUserSessions,
} from "@/lib/auth/session/revocation";
import { revokeOtherRefreshTokens } from "@/lib/auth/jwt/refresh-revocation";
import { revokeUserAccessTokens } from "@/lib/auth/jwt/revocation";
import { hashPassword } from "@/lib/auth/password/hashing";
import type { LoginClient } from "@/lib/auth/login/throttle";
import { rotateSession, type SessionMetadata } from "@/lib/auth/session/tokens";
import { type PublicUser } from "@/lib/users/public-user";
import type { AuthenticationResult } from "@/lib/auth/login/authenticate";
import {
  assertFreshAuthentication,
  proveByPassword,
  type FreshAuthentication,
} from "@/lib/auth/step-up/proof";
import type { PasswordChangeInput } from "@/lib/validation/accounts";

/**
 * What a signed-in user does to their own logins. Ending another of them is sensitive (a thief
 * with one device must not throw the owner off the others): each demands a fresh authentication
 * (lib/auth/step-up/step-up.ts). And each runs only while the caller's own login still exists, checked
 * in the same atomic step as the ending: of two devices ending each other at once, one wins.
 */

/** The caller's own login ended while it asked (another device won the race). */
export type CallerGone = { ok: false; reason: "caller_gone" };

/** Ends one other session of the caller's, by its public handle. */
export async function revokeDevice(
  proof: FreshAuthentication,
  caller: Session,
  handle: string,
): Promise<{ ok: true } | { ok: false; reason: "session_not_found" } | CallerGone> {
  assertFreshAuthentication(proof, caller.userId);
  const target = await findSessionByHandle(caller.userId, handle);
  if (target === null) return { ok: false, reason: "session_not_found" };
  // Its own handle is a logout: ending one's own login is always allowed.
  if (target === caller.id) return (await revokeSession(target)) ? { ok: true } : callerGone;
  const revoked = await revokeOtherSessions(caller.userId, caller.id, target);
  if (revoked === null) return callerGone;
  return revoked === 1 ? { ok: true } : { ok: false, reason: "session_not_found" };
}

/** Ends every other session of the caller's ("log out all other devices"); how many. */
export async function revokeOtherDevices(
  proof: FreshAuthentication,
  caller: Session,
): Promise<{ ok: true; revoked: number } | CallerGone> {
  assertFreshAuthentication(proof, caller.userId);
  const revoked = await revokeOtherSessions(caller.userId, caller.id);
  return revoked === null ? callerGone : { ok: true, revoked };
}

/** Ends every other JWT login of the caller's (their refresh families); how many. */
export async function revokeOtherJwtLogins(
  proof: FreshAuthentication,
  familyId: string | null,
): Promise<{ ok: true; ended: number } | CallerGone> {
  assertFreshAuthentication(proof);
  const ended = await revokeOtherRefreshTokens(proof.userId, familyId);
  return ended === null ? callerGone : { ok: true, ended };
}

const callerGone: CallerGone = { ok: false, reason: "caller_gone" };

export type PasswordChange =
  { ok: true; token: string; revokedOthers: number } | Extract<AuthenticationResult, { ok: false }>;

/**
 * Changes the signed-in user's password after checking the current one (which is itself the
 * fresh authentication that ending the other sessions needs). Other sessions end (unless asked to
 * keep them) and this one is replaced by a fresh session with a new token: whoever may have
 * learned the old token or password is out (no fixation). Returns the new token to set.
 */
export async function changePassword(
  user: PublicUser,
  current: Session,
  input: PasswordChangeInput,
  client: LoginClient | null,
  metadata: SessionMetadata,
): Promise<PasswordChange> {
  const confirmed = await proveByPassword(user, input.currentPassword, client);
  if (!confirmed.ok) return confirmed;
  const newHash = await hashPassword(input.newPassword);
  // Another change with the same current password may have landed while this one hashed: the
  // password it checked is no longer current, so this one is refused as a wrong password.
  if (!(await replacePasswordHash(user.id, confirmed.user.passwordHash, newHash))) {
    return { ok: false, reason: "invalid_credentials" };
  }
  let revokedOthers = 0;
  if (input.logoutOthers) {
    const ended = await revokeOtherDevices(confirmed.proof, current);
    // Another device (one that knew the old password) ended this session while the hash ran:
    // the typed password still wins, and every session of the user ends — theirs included.
    revokedOthers = ended.ok ? ended.revoked : await revokeUserSessions(user.id);
    // Whoever knew the old password may hold JWTs too: no more refreshes for them.
    await revokeUserAccessTokens(user.id, "password_change");
  }
  const { token } = await rotateSession(current, metadata);
  return { ok: true, token, revokedOthers };
}

import "server-only";
import { replacePasswordHash } from "@/db/queries/users";
import type { Session } from "@/db/schema";
import { revokeOtherDevices } from "@/lib/auth/session/devices";
import { revokeUserAccessTokens } from "@/lib/auth/jwt/revocation";
import { hashPassword } from "@/lib/auth/password";
import type { LoginClient } from "@/lib/auth/throttle";
import { rotateSession, type SessionMetadata } from "@/lib/auth/session/tokens";
import { type PublicUser } from "@/lib/users";
import { confirmPassword, type AuthenticationResult } from "@/lib/auth/authenticate";
import type { PasswordChangeInput } from "@/lib/validation";

export type PasswordChange =
  { ok: true; token: string; revokedOthers: number } | Extract<AuthenticationResult, { ok: false }>;

/**
 * Changes the signed-in user's password after checking the current one. Other sessions end (unless
 * asked to keep them) and this one is replaced by a fresh session with a new token: whoever may
 * have learned the old token or password is out (no fixation). Returns the new token to set.
 */
export async function changePassword(
  user: PublicUser,
  current: Session,
  input: PasswordChangeInput,
  client: LoginClient | null,
  metadata: SessionMetadata,
): Promise<PasswordChange> {
  const confirmed = await confirmPassword(user, input.currentPassword, client);
  if (!confirmed.ok) return confirmed;
  const newHash = await hashPassword(input.newPassword);
  // Another change with the same current password may have landed while this one hashed: the
  // password it checked is no longer current, so this one is refused as a wrong password.
  if (!replacePasswordHash(user.id, confirmed.user.passwordHash, newHash)) {
    return { ok: false, reason: "invalid_credentials" };
  }
  const revokedOthers = input.logoutOthers ? await revokeOtherDevices(user.id, current.id) : 0;
  if (input.logoutOthers) {
    // Whoever knew the old password may hold JWTs too: no more refreshes for them.
    revokeUserAccessTokens(user.id, "password_change");
  }
  const { token } = await rotateSession(current, metadata);
  return { ok: true, token, revokedOthers };
}

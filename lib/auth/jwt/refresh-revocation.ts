import "server-only";
import {
  findRefreshToken,
  revokeOtherRefreshFamilies,
  revokeRefreshFamily,
  revokeUserRefreshFamilies,
} from "@/db/queries/refresh-tokens";
import { hashRefreshToken } from "@/lib/auth/jwt/refresh";

/**
 * Ending refresh-token families on purpose: one login (logout), every login of a user (force
 * logout, a disabled account, a password change), or all but the caller's own. An ended family
 * never refreshes again, and under the `denylist` strategy its access tokens are refused too
 * (./revocation.ts). Reuse detection ends families on its own, inside the rotation (./refresh.ts).
 */

/** Ends a family (logout): none of its tokens refreshes again. Returns how many were live. */
export function revokeRefreshTokenFamily(familyId: string, reason = "logout"): Promise<number> {
  return revokeRefreshFamily(familyId, reason, new Date());
}

/**
 * Ends the family a presented refresh token belongs to (logout with the refresh token: the access
 * token may be long gone). A token this server never issued ends nothing, and neither does one of
 * a family bound to a DPoP key without a proof by that key (`proofJkt`, already verified) — the
 * same rule as a refresh: a thief holding the token but not the key cannot end the owner's login.
 * Returns how many were live.
 */
export async function revokeRefreshTokenFamilyOf(
  token: string,
  proofJkt: string | null = null,
  reason = "logout",
): Promise<number> {
  if (token.length < 16 || token.length > 128) return 0;
  const row = await findRefreshToken(hashRefreshToken(token));
  if (row === null || (row.jkt !== null && row.jkt !== proofJkt)) return 0;
  return revokeRefreshFamily(row.familyId, reason, new Date());
}

/** Ends every family of a user. */
export function revokeUserRefreshTokens(userId: number, reason: string): Promise<number> {
  return revokeUserRefreshFamilies(userId, reason, new Date());
}

/**
 * Ends every family of a user but `keepFamilyId` (log out my other logins), only while that one
 * is still live (atomically: of two logins racing, one survives). Families ended, or null when
 * the caller's own family has ended.
 */
export function revokeOtherRefreshTokens(
  userId: number,
  keepFamilyId: string | null,
  reason = "logout_others",
): Promise<number | null> {
  return revokeOtherRefreshFamilies(userId, keepFamilyId, reason, new Date());
}

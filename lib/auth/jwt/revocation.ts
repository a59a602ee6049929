import "server-only";
import {
  bumpTokenVersion,
  findTokenVersion,
  insertDenylistedJti,
  isJtiDenylisted,
  isRefreshFamilyEnded,
} from "@/db/queries/jwt";
import type { AccessTokenClaims } from "@/lib/auth/jwt/tokens";
import { getJwtSettings, type RevocationStrategy } from "@/lib/auth/jwt/settings";
import {
  revokeRefreshTokenFamily,
  revokeUserRefreshTokens,
} from "@/lib/auth/jwt/refresh-revocation";

/**
 * Revoking access tokens (C22, C23) — the trade each strategy makes against statelessness:
 * - `none`: nothing to look up, nothing to revoke: a copy of a token works until its `exp`.
 * - `denylist`: logout records the token's `jti` until its `exp`; and a token whose login has
 *   ended (its refresh family, `fid`, revoked: logout, force logout, password change, disabled
 *   account, reuse) is refused too, so every token minted from that login — refreshed, or
 *   re-issued with other claims and a fresh `jti` — dies with it. Two indexed lookups per request.
 * - `token-version`: a per-user counter signed into the token (`ver`); logout or an admin raises
 *   it, killing every token of that user at once; every request pays one lookup.
 * Either revoking strategy puts a query back on every request — the cost sessions always had.
 */

export type RevocationFailure = "token_revoked" | "token_version_stale";
export type RevocationCheck = { ok: true } | { ok: false; reason: RevocationFailure };

/** The per-request check of the current strategy (no query under `none`). */
export async function checkRevocation(
  claims: AccessTokenClaims,
  given?: RevocationStrategy,
): Promise<RevocationCheck> {
  const strategy = given ?? (await getJwtSettings()).revocation;
  if (
    strategy === "denylist" &&
    ((await isJtiDenylisted(claims.jti)) ||
      (claims.fid !== undefined && (await isRefreshFamilyEnded(claims.fid))))
  ) {
    return { ok: false, reason: "token_revoked" };
  }
  if (strategy === "token-version") {
    const version = await findTokenVersion(Number(claims.sub));
    if (version === null || claims.ver !== version) {
      return { ok: false, reason: "token_version_stale" };
    }
  }
  return { ok: true };
}

/** Revokes one token as far as the strategy allows (logout). Returns what was done. */
export async function revokeAccessToken(
  claims: AccessTokenClaims,
  given?: RevocationStrategy,
): Promise<"nothing" | "denylisted" | "version_raised"> {
  const strategy = given ?? (await getJwtSettings()).revocation;
  if (strategy === "denylist") {
    await insertDenylistedJti(claims.jti, new Date(claims.exp * 1000));
    return "denylisted";
  }
  if (strategy === "token-version") {
    await bumpTokenVersion(Number(claims.sub));
    return "version_raised";
  }
  return "nothing";
}

/**
 * Ends the login a token came from (logout): its refresh family — so under `denylist` every token
 * minted from that login is refused too — and the token itself as far as the strategy allows.
 */
export async function revokeLogin(claims: AccessTokenClaims): Promise<void> {
  if (claims.fid !== undefined) await revokeRefreshTokenFamily(claims.fid);
  await revokeAccessToken(claims);
}

/**
 * Revokes every access token of a user (admin force logout, disabled account, password change) as
 * far as a server can: every login of theirs ends (no more refreshes; under `denylist` their
 * tokens are refused), and the token version is raised whatever the strategy, so `token-version`
 * rejects them now or once switched to. Mirror of revokeUserSessions.
 */
export async function revokeUserAccessTokens(userId: number, reason = "revoked"): Promise<void> {
  await revokeUserRefreshTokens(userId, reason);
  await bumpTokenVersion(userId);
}

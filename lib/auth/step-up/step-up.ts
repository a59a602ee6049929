import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { Session } from "@/db/schema";
import { config } from "@/config";
import { judgingTime } from "@/lib/auth/clock";
import type { AccessTokenClaims } from "@/lib/auth/jwt/tokens";
import type { AuthArea } from "@/config/types";
import { safeNextPath } from "@/lib/auth/login/redirects";
import { requireAdmin, requireJwt, requireSession } from "@/lib/auth/dal";
import type { JwtAuth } from "@/lib/auth/check/jwt";
import type { SessionAuth } from "@/lib/auth/check/session";
import { proveFreshness, type FreshAuthentication } from "@/lib/auth/step-up/proof";

/**
 * Fresh authentication for sensitive actions (OWASP ASVS 5.0 V7.5; RFC 9470's step-up challenge
 * for APIs): whatever grants privilege, ends someone's credentials or changes keys (the list is in
 * docs/mechanisms.md, under "Fresh authentication"; each such operation demands a
 * FreshAuthentication). Being logged in is not enough — the password must have been typed no
 * longer ago than `STEP_UP_MAX_AGE` (10 minutes by default), so a borrowed unlocked laptop or a
 * stolen credential cannot do them. Mirror images:
 * - a session's authentication time is its creation: a login, a password change or a
 *   re-authentication each start a fresh session (new token, no fixation);
 * - a JWT's is its `auth_time` claim, which a refresh keeps (a new access token is not a login).
 * Judged at the fast-forward clock's time, like everything else about a credential.
 */

export interface Freshness {
  /** When the password was last typed (epoch ms), or null when the credential does not say. */
  authTime: number | null;
  /** Seconds since then, at the judging time. */
  ageSeconds: number | null;
  maxAgeSeconds: number;
  fresh: boolean;
}

export function freshnessAt(authTime: number | null, judgeAt: number): Freshness {
  const maxAgeSeconds = config.stepUp.maxAgeSeconds;
  if (authTime === null) return { authTime, ageSeconds: null, maxAgeSeconds, fresh: false };
  const ageSeconds = Math.max(0, Math.floor((judgeAt - authTime) / 1000));
  return { authTime, ageSeconds, maxAgeSeconds, fresh: ageSeconds <= maxAgeSeconds };
}

/** A session's freshness: it was created when the password was typed. */
export function sessionFreshness(session: Pick<Session, "createdAt">, judgeAt: number): Freshness {
  return freshnessAt(session.createdAt.getTime(), judgeAt);
}

/** An access token's freshness: its `auth_time` (a token without one predates the claim: stale). */
export function tokenFreshness(claims: AccessTokenClaims, judgeAt: number): Freshness {
  return freshnessAt(claims.auth_time === undefined ? null : claims.auth_time * 1000, judgeAt);
}

/** The current request's judging time (the fast-forward clock included). */
export async function judgeNow(): Promise<number> {
  return judgingTime(await cookies());
}

/** Where a page sends the user to type the password again, and back to `next` after. */
export function reauthUrl(area: Extract<AuthArea, "session" | "jwt">, next: string): string {
  const back = safeNextPath(next, area);
  return `/${area}/reauth?next=${encodeURIComponent(back)}`;
}

/** The proof for the current session's login, or null when it is too old. */
export async function freshSessionProof(
  auth: Extract<SessionAuth, { ok: true }>,
): Promise<FreshAuthentication | null> {
  return proveFreshness(auth.user.id, sessionFreshness(auth.session, await judgeNow()));
}

/** The proof for the current access token's login (`auth_time`), or null when it is too old. */
export async function freshTokenProof(
  claims: AccessTokenClaims,
): Promise<FreshAuthentication | null> {
  return proveFreshness(Number(claims.sub), tokenFreshness(claims, await judgeNow()));
}

/** The proof, or (none: the login is too old) off to the area's re-authentication and back. */
function orReauth(
  proof: FreshAuthentication | null,
  area: Extract<AuthArea, "session" | "jwt">,
  next: string,
): FreshAuthentication {
  if (proof === null) redirect(reauthUrl(area, next));
  return proof;
}

/** For server actions of the session area: a fresh login's proof, else off to reauth and back. */
export async function requireFreshSession(
  next: string,
): Promise<{ auth: Extract<SessionAuth, { ok: true }>; proof: FreshAuthentication }> {
  const auth = await requireSession(next);
  return { auth, proof: orReauth(await freshSessionProof(auth), "session", next) };
}

/** For server actions of the JWT area: a fresh `auth_time`'s proof, else off to reauth and back. */
export async function requireFreshJwt(
  next: string,
): Promise<{ auth: Extract<JwtAuth, { ok: true }>; proof: FreshAuthentication }> {
  const auth = await requireJwt(next);
  return { auth, proof: orReauth(await freshTokenProof(auth.claims), "jwt", next) };
}

/** For the admin's sensitive actions: an admin now (from the store), with a fresh login. */
export async function requireFreshAdmin(
  next: string,
): Promise<{ auth: Extract<SessionAuth, { ok: true }>; proof: FreshAuthentication }> {
  const auth = await requireAdmin(next);
  return { auth, proof: orReauth(await freshSessionProof(auth), "session", next) };
}

import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { judgingTime } from "@/lib/clock";
import { loginUrl } from "@/lib/auth/redirects";
import { traceCheck, traceDecision } from "@/lib/inspect/traces";
import { readAccessToken, readSessionCookie, type JwtTransport } from "@/lib/auth/credentials";
import { validateAccessToken, type AccessTokenValidation } from "@/lib/auth/jwt/tokens";
import { checkRevocation, type RevocationFailure } from "@/lib/auth/jwt/revocation";
import { getJwtSettings } from "@/lib/auth/jwt/settings";
import {
  unsealSessionCookie,
  validateSessionToken,
  type SessionValidation,
} from "@/lib/auth/session/tokens";
import { StoreUnavailableError } from "@/lib/session-store/store";

/**
 * The Data Access Layer: the check that counts. proxy.ts turns away requests early, but every
 * page, route handler and server action asks here again. Within one render React's cache() runs
 * each check once; the crypto (unseal / signature) is shared with the proxy through the
 * credential memo, so a request pays for it once. The session store lookup is done here and only
 * here: it is the authoritative check, where revocation takes effect.
 */

export type SessionAuth = SessionValidation | { ok: false; reason: "no_credential" };
export type JwtAuth =
  | (Extract<AccessTokenValidation, { ok: true }> & { transport: JwtTransport })
  | Extract<AccessTokenValidation, { ok: false }>
  | { ok: false; reason: "no_credential" | RevocationFailure };

/** The current request's session, checked against the store. */
export const getSessionAuth = cache(async (): Promise<SessionAuth> => {
  const result = await checkSession();
  traceDecision(result.ok, result.ok ? "ok" : result.reason);
  return result;
});

async function checkSession(): Promise<SessionAuth> {
  const jar = await cookies();
  const seal = readSessionCookie(jar);
  if (seal === null) return { ok: false, reason: "no_credential" };
  const now = Date.now();
  const judgeAt = judgingTime(jar, now);
  const unsealed = await traceCheck("dal", "unseal_cookie", () =>
    unsealSessionCookie(seal, judgeAt),
  );
  if (!unsealed.ok) return unsealed;
  return traceCheck("dal", "store_lookup", () =>
    validateSessionToken(unsealed.token, now, judgeAt),
  );
}

/** The current request's access token (Bearer header or cookie), verified without the database. */
export const getJwtAuth = cache(async (): Promise<JwtAuth> => {
  const result = await checkJwt();
  traceDecision(result.ok, result.ok ? "ok" : result.reason);
  return result;
});

async function checkJwt(): Promise<JwtAuth> {
  const jar = await cookies();
  const credential = readAccessToken(jar, await headers());
  if (credential === null) return { ok: false, reason: "no_credential" };
  const judgeAt = judgingTime(jar);
  const result = await traceCheck("dal", "verify_signature", () =>
    validateAccessToken(credential.token, judgeAt),
  );
  if (!result.ok) return result;
  // Under a revoking strategy (C23) the signature is not enough: one lookup per request, here in
  // the DAL, never memoised — a revocation must take effect on the very next request.
  const { revocation } = getJwtSettings();
  if (revocation !== "none") {
    const check = await traceCheck("dal", "revocation_check", () =>
      checkRevocation(result.claims, revocation),
    );
    if (!check.ok) return check;
  }
  return { ...result, transport: credential.transport };
}

/**
 * For pages: the session, or why there is none — a networked store (Redis) that is away is an
 * answer too, so a page can say so rather than show an error page. (Route handlers use
 * getSessionAuth, whose StoreUnavailableError their wrapper turns into a 503.)
 */
export async function findSessionAuth(): Promise<
  SessionAuth | { ok: false; reason: "store_unavailable" }
> {
  try {
    return await getSessionAuth();
  } catch (error) {
    if (error instanceof StoreUnavailableError) return { ok: false, reason: "store_unavailable" };
    throw error;
  }
}

/** For pages: the session, or a redirect to the session login (saying why). */
export async function requireSession(
  from = "/session",
): Promise<Extract<SessionAuth, { ok: true }>> {
  const auth = await findSessionAuth();
  if (!auth.ok) redirect(loginUrl("session", from, auth.reason));
  return auth;
}

/** For pages: the verified access token, or a redirect to the JWT login. */
export async function requireJwt(from = "/jwt"): Promise<Extract<JwtAuth, { ok: true }>> {
  const auth = await getJwtAuth();
  if (!auth.ok) redirect(loginUrl("jwt", from, auth.reason));
  return auth;
}

/** For admin pages: a session whose user is an admin right now (read from the store), or away. */
export async function requireAdmin(from = "/admin"): Promise<Extract<SessionAuth, { ok: true }>> {
  const auth = await requireSession(from);
  if (auth.user.role !== "admin") redirect("/session?reason=admin_only");
  return auth;
}

export type AdminAuthorization =
  { ok: true; auth: Extract<SessionAuth, { ok: true }> } | { ok: false; status: 401 | 403 };

/**
 * For admin route handlers and actions. Admin rights come from the session — the role as the
 * database says it now — never from a JWT, whose role claim may be stale (C27).
 */
export async function authorizeAdmin(): Promise<AdminAuthorization> {
  const auth = await getSessionAuth();
  if (!auth.ok) return { ok: false, status: 401 };
  return auth.user.role === "admin" ? { ok: true, auth } : { ok: false, status: 403 };
}

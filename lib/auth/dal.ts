import "server-only";
import { inVisitorLab } from "@/lib/auth/visitor-lab/labs";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { traceCheck, traceDecision } from "@/ground/trace-recorder";
import { checkBffCredential, type BffAuth } from "@/lib/auth/check/bff";
import { checkJwtCredential, type JwtAuth } from "@/lib/auth/check/jwt";
import { checkSealedCredential, type SealedAuth } from "@/lib/auth/check/sealed";
import {
  checkSessionForDal,
  checkSessionInStore,
  type SessionAuth,
} from "@/lib/auth/check/session";
import type { StepRunner } from "@/lib/auth/check/steps";
import { loginUrl } from "@/lib/auth/login/redirects";
import { isStoreUnavailable } from "@/lib/session-store/store";
import { config } from "@/config";
import { holdsServerWidePower } from "@/lib/users/operator";

/**
 * The Data Access Layer: the check that counts. proxy.ts turns away requests early, but every
 * page, route handler and server action asks here again. Within one render React's cache() runs
 * each check once. The proxy's work is never paid twice: its session lookup is handed over in the
 * request's memory (lib/auth/session/handoff.ts), its crypto (the unseal, the signature) is shared
 * through the credential memo. Revocation lookups (the JWT deny-list) are done here.
 */

export type { SealedAuth, JwtAuth, SessionAuth, BffAuth };

// Each step of the DAL's checks shows in the inspector's trace, with its time and queries.
const traced: StepRunner = (step, run) => traceCheck("dal", step, run);

/** The current request's session, checked against the store. */
export const getSessionAuth = cache(async (): Promise<SessionAuth> => {
  const result = await checkSessionForDal(await cookies(), { step: traced });
  traceDecision(result.ok, result.ok ? "ok" : result.reason);
  return result;
});

/** The current request's sealed-cookie session: unsealed (the proxy's unseal, memoised). */
export const getSealedAuth = cache(async (): Promise<SealedAuth> => {
  const result = await checkSealedCredential(await cookies(), { step: traced });
  traceDecision(result.ok, result.ok ? "ok" : result.reason);
  return result;
});

/** The current request's access token (Bearer header or cookie), verified without the database. */
export const getJwtAuth = cache(async (): Promise<JwtAuth> => {
  const result = await checkJwtCredential(await cookies(), await headers(), { step: traced });
  traceDecision(result.ok, result.ok ? "ok" : result.reason);
  return result;
});

/**
 * The current request's backend-for-frontend session (the JWT area's BFF lane): its cookie looked
 * up in the store. The JWTs it holds never reach the browser.
 */
export const getBffAuth = cache(async (): Promise<BffAuth> => {
  const result = await checkBffCredential(await cookies(), { step: traced });
  traceDecision(result.ok, result.ok ? "ok" : result.reason);
  return result;
});

/**
 * For pages: the session, or why there is none — a networked store (Redis) that is away is an
 * answer too, so a page can say so rather than show an error page. (Route handlers use
 * getSessionAuth, whose StoreUnavailableError their wrapper turns into a 503.)
 */
export async function findSessionAuth(
  check: () => Promise<SessionAuth> = getSessionAuth,
): Promise<SessionAuth | { ok: false; reason: "store_unavailable" }> {
  try {
    return await check();
  } catch (error) {
    if (isStoreUnavailable(error)) return { ok: false, reason: "store_unavailable" };
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

/** For pages: the sealed-cookie session, or a redirect to its login. */
export async function requireSealed(from = "/sealed"): Promise<Extract<SealedAuth, { ok: true }>> {
  const auth = await getSealedAuth();
  if (!auth.ok) redirect(loginUrl("sealed", from, auth.reason));
  return auth;
}

/** For pages: the verified access token, or a redirect to the JWT login. */
export async function requireJwt(from = "/jwt"): Promise<Extract<JwtAuth, { ok: true }>> {
  const auth = await getJwtAuth();
  if (!auth.ok) redirect(loginUrl("jwt", from, auth.reason));
  return auth;
}

/**
 * The session as the store says it now — never the session's cookie cache, whose copy
 * may be N seconds old: admin rights must follow a demotion at once.
 */
const getStoreSessionAuth = cache(async (): Promise<SessionAuth> => {
  const result = await checkSessionInStore(await cookies(), { step: traced });
  traceDecision(result.ok, result.ok ? "ok" : result.reason);
  return result;
});

/** For admin pages: a session whose user is an admin right now (read from the store), or away. */
export async function requireAdmin(from = "/admin"): Promise<Extract<SessionAuth, { ok: true }>> {
  const auth = await findSessionAuth(getStoreSessionAuth);
  if (!auth.ok) redirect(loginUrl("session", from, auth.reason));
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
  const auth = await getStoreSessionAuth();
  if (!auth.ok) return { ok: false, status: 401 };
  return auth.user.role === "admin" ? { ok: true, auth } : { ok: false, status: 403 };
}

export type ServerWideAuthorization =
  AdminAuthorization | { ok: false; status: 403; reason: "operator_only" };

/**
 * The gate of every write that changes things for a whole world — the JWT settings and keys, the
 * seal passwords, the cookie cache, the restart, other people's accounts: an admin now, and on a
 * hosted instance (config.lab.public) the operator in the shared world or the admin of a visitor's
 * own lab in it (lib/users/operator.ts). Every such route
 * route handler and admin page action asks here, through lib/http/admin.ts.
 */
export async function authorizeServerWide(): Promise<ServerWideAuthorization> {
  const admin = await authorizeAdmin();
  if (!admin.ok || holdsServerWidePower(admin.auth.user, config.lab.public, inVisitorLab())) {
    return admin;
  }
  return { ok: false, status: 403, reason: "operator_only" };
}

/** Whether the signed-in admin may change server-wide settings (the admin page's read-only view). */
export async function mayChangeServerWide(): Promise<boolean> {
  return (await authorizeServerWide()).ok;
}

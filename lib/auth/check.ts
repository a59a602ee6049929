import "server-only";
import { judgingTime } from "@/lib/lab/clock";
import {
  readAccessToken,
  readSealedSessionCookie,
  readSessionCacheCookie,
  readSessionCookie,
  type CookieReader,
  type HeaderReader,
  type JwtCredential,
  type JwtTransport,
} from "@/lib/auth/credentials";
import { isBoundToKey } from "@/lib/auth/jwt/dpop-binding";
import { checkRequestDpop } from "@/lib/auth/jwt/dpop-check";
import { checkRevocation, type RevocationFailure } from "@/lib/auth/jwt/revocation";
import { getJwtSettings } from "@/lib/auth/jwt/settings";
import type { AccessTokenClaims, AccessTokenValidation } from "@/lib/auth/jwt/tokens";
import { validateAccessToken } from "@/lib/auth/jwt/validation";
import { validateSealedSession, type SealedSessionValidation } from "@/lib/auth/sealed/validation";
import { cookieCacheSeconds, readSessionCache } from "@/lib/auth/session/cookie-cache";
import { handSessionToDal, takeSessionFromProxy } from "@/lib/auth/session/handoff";
import { parseSessionCookie } from "@/lib/auth/session/tokens";
import { validateSessionToken, type SessionValidation } from "@/lib/auth/session/validation";
import { StoreUnavailableError } from "@/lib/session-store/store";
import { isPrefetching } from "@/ground/context";
import type { AuthArea } from "@/config/types";
import type { CheckStep } from "@/lib/inspect/traces";

/**
 * One reader per credential: read it from the request, then check it with every rule. The DAL
 * uses these (tracing each step), and so does the inspector (without sliding the session), so
 * the inspector's verdict is the DAL's verdict. The proxy runs the same checks (proxyProblem):
 * for a session that is the lookup itself, whose answer it hands to the DAL of the same request;
 * for a sealed cookie the unseal (all there is); for a JWT the signature, leaving the revocation
 * lookup to the DAL.
 */

export type SessionAuth = SessionValidation | { ok: false; reason: "no_credential" };
export type SealedAuth = SealedSessionValidation | { ok: false; reason: "no_credential" };
export type JwtAuth =
  | (Extract<AccessTokenValidation, { ok: true }> & { transport: JwtTransport })
  | Extract<AccessTokenValidation, { ok: false }>
  | { ok: false; reason: "no_credential" | RevocationFailure };

type Result = { ok: true; cached?: boolean } | { ok: false; reason: string };
/** Runs one step of a check (the DAL traces it; the inspector just runs it). */
export type StepRunner = <R extends Result>(step: CheckStep, run: () => Promise<R>) => Promise<R>;
const untraced: StepRunner = (_step, run) => run();

interface CheckOptions {
  now?: number;
  step?: StepRunner;
}

interface SessionCheckOptions extends CheckOptions {
  /** false: judge by every rule but change nothing (the inspector's polling must not slide). */
  slide?: boolean;
  /** Who asks: the proxy hands its answer on, the DAL takes it (lib/auth/session/handoff.ts). */
  site?: "proxy" | "dal";
  /**
   * The store's answer, never the cookie cache's: admin rights are the role as the database says
   * it now, not as a copy up to N seconds old remembers it.
   */
  fresh?: boolean;
}

/**
 * The session of a request: the cookie's token (its shape only), then one store lookup by its
 * hash (idle and absolute expiry, disabled account). Nothing to decrypt: a forged or guessed token
 * is simply not found. With the cookie cache on, a fresh sealed copy of an earlier lookup
 * stands in for the lookup (the inspector's reads, `slide: false`, always ask the store).
 */
export async function checkSessionCredential(
  cookies: CookieReader,
  {
    now = Date.now(),
    slide = true,
    step = untraced,
    site = "dal",
    fresh = false,
  }: SessionCheckOptions = {},
): Promise<SessionAuth> {
  const value = readSessionCookie(cookies);
  if (value === null) return { ok: false, reason: "no_credential" };
  const read = parseSessionCookie(value);
  if (!read.ok) return read;
  const offset = judgingTime(cookies, now) - now;
  if (slide && site === "dal") {
    const handed = takeSessionFromProxy(read.token, offset, { storeOnly: fresh });
    if (handed !== null) {
      await step("proxy_result", async () => ({ ok: true, cached: true }));
      return handed;
    }
  }
  if (slide && !fresh) {
    const cache = readSessionCacheCookie(cookies);
    if (cache !== null && cookieCacheSeconds() > 0) {
      const hit = await step("cookie_cache", () =>
        readSessionCache(cache, read.token, now, now + offset),
      );
      if (hit.ok) {
        const { session, user } = hit;
        if (site === "proxy") handSessionToDal(read.token, offset, hit, "cookie_cache");
        return { ok: true, session, user };
      }
    }
  }
  // A prefetch is judged like any request but changes nothing: were it to purge an expired
  // session, the user's own request a moment later would read "not found", not why (CI saw it).
  const changes = slide && !isPrefetching();
  const result = await step("store_lookup", () =>
    validateSessionToken(read.token, now, now + offset, { slide: changes }),
  );
  if (result.ok && slide && site === "proxy") handSessionToDal(read.token, offset, result, "store");
  return result;
}

/**
 * The sealed-cookie session of a request: the cookie, unsealed (memoised per exact cookie, so the
 * DAL reuses the proxy's unseal) and its expiry judged. Nothing is looked up: the server keeps
 * nothing, so nothing it does afterwards — logout, role change, force logout — can reach a copy.
 */
export async function checkSealedCredential(
  cookies: CookieReader,
  { now = Date.now(), step = untraced }: CheckOptions = {},
): Promise<SealedAuth> {
  const seal = readSealedSessionCookie(cookies);
  if (seal === null) return { ok: false, reason: "no_credential" };
  return step("unseal_cookie", () => validateSealedSession(seal, now, judgingTime(cookies, now)));
}

/**
 * The access token of a request (Bearer header or cookie): signature and claims, then — under a
 * revoking strategy (C23) — one lookup, never memoised: a revocation takes effect on the very next
 * request.
 */
export async function checkJwtCredential(
  cookies: CookieReader,
  headers: HeaderReader,
  { now = Date.now(), step = untraced }: CheckOptions = {},
): Promise<JwtAuth> {
  const result = await signatureStage(cookies, headers, now, step);
  if (!result.ok) return result;
  const { revocation } = getJwtSettings();
  if (revocation !== "none") {
    const check = await step("revocation_check", async () =>
      checkRevocation(result.claims, revocation),
    );
    if (!check.ok) return check;
  }
  return result;
}

/**
 * The proxy's gate for an area, with the same checks as the DAL: the reason it refuses, or null.
 * A session is looked up (and the answer handed to the DAL); a sealed cookie is unsealed (the DAL
 * reuses the memoised unseal); a JWT's signature and claims are
 * verified (the revocation lookup, if any, is the DAL's). A networked store that is away is not
 * the proxy's to answer: it lets the request through to the page or route, which says so.
 */
export async function proxyProblem(
  area: AuthArea,
  cookies: CookieReader,
  headers: HeaderReader,
  step: StepRunner = untraced,
): Promise<string | null> {
  const now = Date.now();
  if (area === "jwt") {
    try {
      const result = await signatureStage(cookies, headers, now, step);
      return result.ok ? null : result.reason;
    } catch (error) {
      // The DPoP replay cache lives in the session store: away, it is the route's 503 to answer.
      if (error instanceof StoreUnavailableError) return null;
      throw error;
    }
  }
  if (area === "sealed") {
    const result = await checkSealedCredential(cookies, { now, step });
    return result.ok ? null : result.reason;
  }
  try {
    const result = await checkSessionCredential(cookies, { now, step, site: "proxy" });
    return result.ok ? null : result.reason;
  } catch (error) {
    if (error instanceof StoreUnavailableError) return null;
    throw error;
  }
}

/** The first stage for a JWT: the signature and every claim, and a bound token's DPoP proof. */
async function signatureStage(
  cookies: CookieReader,
  headers: HeaderReader,
  now: number,
  step: StepRunner,
): Promise<JwtAuth> {
  const credential = readAccessToken(cookies, headers);
  if (credential === null) return { ok: false, reason: "no_credential" };
  const result = await step("verify_signature", () =>
    validateAccessToken(credential.token, judgingTime(cookies, now)),
  );
  if (!result.ok) return result;
  const bound = await checkTokenBinding(credential, result.claims, headers, now, step);
  return bound.ok ? { ...result, transport: credential.transport } : bound;
}

/**
 * RFC 9449 §7: a DPoP-bound token (`cnf.jkt`) travels only as `Authorization: DPoP` with a proof
 * by that very key — never as a Bearer token or a cookie, or a copy would work without the key —
 * and a token that is not bound is no DPoP credential. The proof is judged in real time: it is
 * about this request, not about how old the login is (the fast-forward clock's business). Every
 * path that accepts an access token asks this (the JWT check here, logout in ./logout.ts); the
 * answer names the key the request proved it holds, if any.
 */
export async function checkTokenBinding(
  credential: JwtCredential,
  claims: AccessTokenClaims,
  headers: HeaderReader,
  now: number,
  step: StepRunner = untraced,
): Promise<{ ok: true; jkt: string | null } | { ok: false; reason: string }> {
  if (credential.transport !== "dpop") {
    return isBoundToKey(claims)
      ? { ok: false, reason: "dpop_bound_token" }
      : { ok: true, jkt: null };
  }
  const jkt = claims.cnf?.jkt;
  if (jkt === undefined) return { ok: false, reason: "dpop_token_unbound" };
  const proof = await step("verify_dpop_proof", () =>
    checkRequestDpop(headers, { accessToken: credential.token, expectedJkt: jkt }, now),
  );
  return proof.ok ? { ok: true, jkt } : { ok: false, reason: `dpop_${proof.reason}` };
}

import "server-only";
import { isPrefetching } from "@/ground/context";
import type { CookieReader } from "@/ground/readers";
import { readSessionCacheCookie, readSessionCookie } from "@/lib/auth/credentials";
import { judgingTime } from "@/lib/auth/clock";
import {
  cookieCacheSeconds,
  readSessionCache,
  type CacheRead,
} from "@/lib/auth/session/cookie-cache";
import { handSessionToDal, takeSessionFromProxy } from "@/lib/auth/session/handoff";
import { parseSessionCookie } from "@/lib/auth/session/tokens";
import { validateSessionToken, type SessionValidation } from "@/lib/auth/session/validation";
import { untraced, type CheckOptions, type StepRunner } from "@/lib/auth/check/steps";

/**
 * The session of a request: the cookie's token (its shape only), then one store lookup by its
 * hash (idle and absolute expiry, disabled account). Nothing to decrypt: a forged or guessed token
 * is simply not found. Who asks picks a path by name: the proxy (which hands its answer on), the
 * DAL (which takes it, or reads the cookie cache), an admin check (the store's answer only) and
 * the inspector (every rule, nothing changed).
 */

export type SessionAuth = SessionValidation | { ok: false; reason: "no_credential" };
type Ok = Extract<SessionAuth, { ok: true }>;

interface Presented {
  token: string;
  /** How far this browser's fast-forward clock judges ahead of now, in milliseconds. */
  offset: number;
  now: number;
  step: StepRunner;
}

function presented(
  cookies: CookieReader,
  { now = Date.now(), step = untraced }: CheckOptions,
): Presented | Exclude<SessionAuth, { ok: true }> {
  const value = readSessionCookie(cookies);
  if (value === null) return { ok: false, reason: "no_credential" };
  const read = parseSessionCookie(value);
  if (!read.ok) return read;
  return { token: read.token, offset: judgingTime(cookies, now) - now, now, step };
}

/** With the cookie cache on, a fresh sealed copy of an earlier lookup stands in for the lookup. */
async function fromCookieCache(
  cookies: CookieReader,
  at: Presented,
): Promise<Extract<CacheRead, { ok: true }> | null> {
  const cache = readSessionCacheCookie(cookies);
  if (cache === null || (await cookieCacheSeconds()) <= 0) return null;
  const hit = await at.step("cookie_cache", () =>
    readSessionCache(cache, at.token, at.now, at.now + at.offset),
  );
  return hit.ok ? hit : null;
}

/** A cache hit as the check's answer (its `cached` mark is for the trace alone). */
function answered({ session, user }: Extract<CacheRead, { ok: true }>): Ok {
  return { ok: true, session, user };
}

// A prefetch is judged like any request but changes nothing: were it to purge an expired
// session, the user's own request a moment later would read "not found", not why (CI saw it).
function lookUp(at: Presented, { slide }: { slide: boolean }): Promise<SessionValidation> {
  const changes = slide && !isPrefetching();
  return at.step("store_lookup", () =>
    validateSessionToken(at.token, at.now, at.now + at.offset, { slide: changes }),
  );
}

/** The proxy's check: the cookie cache or the lookup, its answer handed to the DAL. */
export async function checkSessionForProxy(
  cookies: CookieReader,
  options: CheckOptions = {},
): Promise<SessionAuth> {
  const at = presented(cookies, options);
  if (!("token" in at)) return at;
  const hit = await fromCookieCache(cookies, at);
  if (hit !== null) {
    handSessionToDal(at.token, at.offset, hit, "cookie_cache");
    return answered(hit);
  }
  const result = await lookUp(at, { slide: true });
  if (result.ok) handSessionToDal(at.token, at.offset, result, "store");
  return result;
}

/** The DAL's check: the proxy's answer when it ran, else the cookie cache, else the lookup. */
export async function checkSessionForDal(
  cookies: CookieReader,
  options: CheckOptions = {},
): Promise<SessionAuth> {
  const at = presented(cookies, options);
  if (!("token" in at)) return at;
  const handed = await fromProxy(at, { storeOnly: false });
  if (handed !== null) return handed;
  const hit = await fromCookieCache(cookies, at);
  return hit !== null ? answered(hit) : lookUp(at, { slide: true });
}

/**
 * The store's answer, never the cookie cache's: admin rights are the role as the database says
 * it now, not as a copy up to N seconds old remembers it.
 */
export async function checkSessionInStore(
  cookies: CookieReader,
  options: CheckOptions = {},
): Promise<SessionAuth> {
  const at = presented(cookies, options);
  if (!("token" in at)) return at;
  return (await fromProxy(at, { storeOnly: true })) ?? lookUp(at, { slide: true });
}

/** Judged by every rule but changing nothing: the inspector's polling must not slide. */
export async function peekAtSession(
  cookies: CookieReader,
  options: CheckOptions = {},
): Promise<SessionAuth> {
  const at = presented(cookies, options);
  if (!("token" in at)) return at;
  return lookUp(at, { slide: false });
}

/** The proxy's answer for this very token, taken once (lib/auth/session/handoff.ts). */
async function fromProxy(
  at: Presented,
  { storeOnly }: { storeOnly: boolean },
): Promise<SessionAuth | null> {
  const handed = takeSessionFromProxy(at.token, at.offset, { storeOnly });
  if (handed === null) return null;
  await at.step("proxy_result", async () => ({ ok: true, cached: true }));
  return handed;
}

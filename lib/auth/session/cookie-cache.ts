import "server-only";
import { sealData } from "iron-session";
import type { Session } from "@/db/schema";
import { getSealSettings, sealPasswords } from "@/lib/auth/sealed/settings";
import { unsealOurs } from "@/lib/auth/sealed/unseal";
import { hashSessionToken } from "@/lib/auth/session/tokens";
import { peekSessionHandoff } from "@/lib/auth/session/handoff";
import type { SessionValidation } from "@/lib/auth/session/validation";
import { processMemo } from "@/ground/memo";
import { isExpired } from "@/lib/session-store/store";
import type { PublicUser } from "@/lib/users/public-user";

/**
 * The hybrid most libraries ship (better-auth's `cookieCache`, Auth.js's session `maxAge` /
 * `updateAge`): after a lookup, a sealed copy of its answer rides in a second cookie for N
 * seconds (admin setting, 0 = off), and a request in that window skips the store. The copy is
 * bound to its session (it carries the session id, the token's hash) and still obeys the
 * session's own idle and absolute expiry — but not a logout elsewhere, a force logout or a role
 * change: those wait up to N seconds (C42). That is the whole trade.
 */

type Valid = Extract<SessionValidation, { ok: true }>;

interface CachedCheck {
  session: Omit<Session, "createdAt" | "lastSeenAt" | "idleExpiresAt" | "expiresAt"> & {
    createdAt: number;
    lastSeenAt: number;
    idleExpiresAt: number;
    expiresAt: number;
  };
  user: PublicUser;
  /** When this copy stops being trusted (ms): the lookup's time + N seconds. */
  until: number;
}

const cacheMemo = processMemo<CachedCheck>("session-cookie-cache");

function isCachedCheck(data: unknown): data is CachedCheck {
  const check = data as Partial<CachedCheck> | null;
  return typeof check?.until === "number" && Boolean(check.session) && Boolean(check.user);
}

/** The cache window in seconds (0 = off). */
export async function cookieCacheSeconds(): Promise<number> {
  return (await getSealSettings()).cookieCacheSeconds;
}

/** Seals the answer of a lookup just made, for N seconds; null when the cache is off. */
export async function sealSessionCache(
  result: Valid,
  now = Date.now(),
): Promise<{ value: string; maxAge: number } | null> {
  const seconds = await cookieCacheSeconds();
  if (seconds === 0) return null;
  const { session, user } = result;
  const check: CachedCheck = {
    session: {
      ...session,
      createdAt: session.createdAt.getTime(),
      lastSeenAt: session.lastSeenAt.getTime(),
      idleExpiresAt: session.idleExpiresAt.getTime(),
      expiresAt: session.expiresAt.getTime(),
      userAgent: session.userAgent?.slice(0, 200) ?? null,
    },
    user,
    until: now + seconds * 1000,
  };
  const value = await sealData(check, { password: await sealPasswords(), ttl: seconds });
  return { value, maxAge: seconds };
}

export type CacheRead = (Valid & { cached: true }) | { ok: false; reason: CacheMiss };
type CacheMiss = "cache_off" | "cache_invalid" | "cache_expired" | "cache_other_session";

/**
 * The cached answer for this session token, if the cache is on and its copy is still trusted;
 * else why not (the caller then looks up). The unseal is memoised per exact cookie value, so a
 * hit costs microseconds after the first one.
 */
export async function readSessionCache(
  value: string,
  token: string,
  now: number,
  judgeAt: number,
): Promise<CacheRead> {
  const seconds = await cookieCacheSeconds();
  if (seconds === 0) return { ok: false, reason: "cache_off" };
  const unsealed = await unsealOurs(value, {
    memo: cacheMemo,
    ttlSeconds: seconds,
    isValid: isCachedCheck,
    now,
  });
  if (!unsealed.ok) return { ok: false, reason: "cache_invalid" };
  const check = unsealed.value;
  if (now >= check.until) return { ok: false, reason: "cache_expired" };
  if (check.session.id !== hashSessionToken(token))
    return { ok: false, reason: "cache_other_session" };
  const session: Session = {
    ...check.session,
    createdAt: new Date(check.session.createdAt),
    lastSeenAt: new Date(check.session.lastSeenAt),
    idleExpiresAt: new Date(check.session.idleExpiresAt),
    expiresAt: new Date(check.session.expiresAt),
  };
  // The session's own lifetimes still hold: a cached copy never outlives its session.
  if (isExpired(session, judgeAt)) return { ok: false, reason: "cache_expired" };
  return { ok: true, cached: true, session, user: check.user };
}

/**
 * What the proxy should do with the cache cookie once its check is done: after a store lookup, a
 * fresh sealed copy (or, with the cache off, clear a leftover one); after a cache hit, nothing.
 */
export async function sessionCacheUpdate(
  hadCacheCookie: boolean,
  now = Date.now(),
): Promise<{ value: string; maxAge: number } | null> {
  const handed = peekSessionHandoff();
  if (handed === null || handed.source !== "store") return null;
  const sealed = await sealSessionCache(handed.result, now);
  if (sealed !== null) return sealed;
  return hadCacheCookie ? { value: "", maxAge: 0 } : null;
}

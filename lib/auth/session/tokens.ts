import "server-only";
import type { Session } from "@/db/schema";
import { config } from "@/config";
import { getSessionStore } from "@/lib/session-store";
import type { LimitPolicy } from "@/lib/session-store/store";
import { hashToken, newOpaqueToken } from "@/ground/tokens";
import { noteEvictedSessions, sessionsBeforeLogin } from "@/lib/auth/session/eviction";

/**
 * The session credential: a random token whose hash is the server's record, carried as it is in
 * an HttpOnly cookie. Mirror of lib/auth/jwt/tokens.ts; checking it is ./validation.ts, ending it
 * ./revocation.ts.
 */

export type SessionFailure =
  | "session_cookie_outdated"
  | "session_token_malformed"
  | "session_not_found"
  | "session_evicted"
  | "session_idle_expired"
  | "session_expired"
  | "user_disabled";

export interface SessionMetadata {
  userAgent: string | null;
  ip: string | null;
}

/** SHA-256 (hex) of a session token: what the database stores and looks up. */
export function hashSessionToken(token: string): string {
  return hashToken(token);
}

/** A new record and its token: 256 random bits, of which only the hash is ever stored. */
export function newSessionRecord(
  userId: number,
  metadata: SessionMetadata,
  now = Date.now(),
): { token: string; session: Session } {
  const token = newOpaqueToken();
  const session: Session = {
    id: hashSessionToken(token),
    userId,
    createdAt: new Date(now),
    lastSeenAt: new Date(now),
    idleExpiresAt: new Date(now + config.session.idleTtlSeconds * 1000),
    expiresAt: new Date(now + config.session.absoluteTtlSeconds * 1000),
    userAgent: metadata.userAgent?.slice(0, 512) ?? null,
    ip: metadata.ip?.slice(0, 64) ?? null,
  };
  return { token, session };
}

export type SessionStart =
  | { ok: true; token: string; session: Session; evicted: number; evictedIds: string[] }
  | { ok: false; reason: "session_limit"; limit: number };

/**
 * Starts a session: a new record within the concurrent-session limit (C13) — the next login
 * either logs out the oldest session (`evict-oldest`) or is refused (`refuse-new`). Each store
 * counts and inserts in one atomic step (an immediate SQLite transaction, a Redis script, a
 * synchronous Map update), so racing logins cannot both slip under the limit. An evicted session
 * leaves a note (./eviction.ts), so its device is told why it was logged out.
 */
export async function startSession(
  userId: number,
  metadata: SessionMetadata,
  now = Date.now(),
  {
    limit = config.session.limit,
    policy = config.session.limitPolicy,
  }: { limit?: number; policy?: LimitPolicy } = {},
): Promise<SessionStart> {
  const { token, session } = newSessionRecord(userId, metadata, now);
  const before = await sessionsBeforeLogin(userId, policy === "evict-oldest", now);
  const inserted = await getSessionStore().insertWithinLimit(session, limit, policy, now);
  if (!inserted.ok) return { ok: false, reason: "session_limit", limit };
  const evictedIds = await noteEvictedSessions(userId, before, inserted.evicted, now);
  return { ok: true, token, session, evicted: inserted.evicted, evictedIds };
}

/**
 * Replaces a session with a fresh one of the same user (a password change: whoever learned the
 * old token is out, no fixation). It takes the slot it frees, so the limit does not apply.
 */
export async function rotateSession(
  current: Session,
  metadata: SessionMetadata,
  now = Date.now(),
): Promise<{ token: string; session: Session }> {
  const store = getSessionStore();
  await store.delete(current.id);
  const fresh = newSessionRecord(current.userId, metadata, now);
  await store.insert(fresh.session);
  return fresh;
}

// The cookie carries the token itself: 256 bits, base64url, 43 characters. Before, it
// carried the token sealed by iron-session ("Fe26.2*…"); such a cookie is refused with its own
// reason, so a browser from before the change is told to log in again instead of "not found".
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const OLD_SEAL_PREFIX = "Fe26.";

export type SessionCookieRead =
  | { ok: true; token: string }
  | { ok: false; reason: "session_cookie_outdated" | "session_token_malformed" };

/**
 * The token a session cookie carries, checked for shape only. Nothing is decrypted or verified:
 * a forged or guessed token is simply not found by the lookup, and the shape check keeps junk
 * (and the old sealed format) away from the store.
 */
export function parseSessionCookie(value: string): SessionCookieRead {
  if (value.startsWith(OLD_SEAL_PREFIX)) return { ok: false, reason: "session_cookie_outdated" };
  if (!TOKEN_SHAPE.test(value)) return { ok: false, reason: "session_token_malformed" };
  return { ok: true, token: value };
}

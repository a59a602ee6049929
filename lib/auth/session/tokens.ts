import "server-only";
import { sealData, unsealData } from "iron-session";
import type { Session } from "@/db/schema";
import { config } from "@/lib/config";
import { processMemo } from "@/lib/server/memo";
import { getSessionStore } from "@/lib/session-store";
import type { LimitPolicy } from "@/lib/session-store/store";
import { getSecrets } from "@/lib/secrets";
import { hashToken, newOpaqueToken } from "@/lib/server/tokens";

/**
 * The session credential: a random token whose hash is the server's record, carried in a sealed
 * cookie. Mirror of lib/auth/jwt/tokens.ts; checking it is ./validation.ts, ending it
 * ./revocation.ts.
 */

export type SessionFailure =
  | "seal_too_large"
  | "seal_invalid"
  | "session_not_found"
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
  | { ok: true; token: string; session: Session; evicted: number }
  | { ok: false; reason: "session_limit"; limit: number };

/**
 * Starts a session: a new record within the concurrent-session limit (C13) — the next login
 * either logs out the oldest session (`evict-oldest`) or is refused (`refuse-new`). Each store
 * counts and inserts in one atomic step (an immediate SQLite transaction, a Redis script, a
 * synchronous Map update), so racing logins cannot both slip under the limit.
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
  const inserted = await getSessionStore().insertWithinLimit(session, limit, policy, now);
  if (!inserted.ok) return { ok: false, reason: "session_limit", limit };
  return { ok: true, token, session, evicted: inserted.evicted };
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

/** Seals the token for the cookie (iron-session: AES-256-CBC + HMAC-SHA-256). */
export async function sealSessionToken(token: string): Promise<string> {
  return sealData(
    { token },
    { password: getSecrets().sessionPassword, ttl: config.session.absoluteTtlSeconds },
  );
}

type UnsealResult =
  { ok: true; token: string; cached: boolean } | { ok: false; reason: SessionFailure };

const unsealMemo = processMemo<string>("session-unseal");

/** The seal's own expiry (ms), authenticated by its HMAC once unsealing succeeded. */
function sealExpiry(seal: string): number {
  const expiration = Number(seal.split("*")[5]);
  return Number.isFinite(expiration) && expiration > 0 ? expiration : 0;
}

/**
 * Unseals a session cookie into its token. Unsealing costs ~0.6 ms, so the result is memoised per
 * exact cookie value: the proxy pays it, the DAL reuses it (see lib/server/memo.ts).
 */
export async function unsealSessionCookie(seal: string, now = Date.now()): Promise<UnsealResult> {
  if (seal.length > config.limits.maxSealBytes) return { ok: false, reason: "seal_too_large" };
  const memoised = unsealMemo.get(seal, now);
  if (memoised !== undefined) return { ok: true, token: memoised, cached: true };
  let data: { token?: unknown };
  try {
    data = await unsealData<{ token?: unknown }>(seal, {
      password: getSecrets().sessionPassword,
      ttl: config.session.absoluteTtlSeconds,
    });
  } catch {
    return { ok: false, reason: "seal_invalid" };
  }
  if (typeof data.token !== "string" || data.token.length === 0) {
    return { ok: false, reason: "seal_invalid" };
  }
  // Judge the seal's expiry at `now` too (iron-session judges it by its own clock). The seal is
  // made with the session's absolute lifetime, so its end is the session's end. A seal without
  // an expiry was not made here.
  const expiresAt = sealExpiry(seal);
  if (expiresAt === 0) return { ok: false, reason: "seal_invalid" };
  if (expiresAt <= now) return { ok: false, reason: "session_expired" };
  unsealMemo.set(seal, data.token, expiresAt);
  return { ok: true, token: data.token, cached: false };
}

import "server-only";
import { sealData, unsealData } from "iron-session";
import type { Session } from "@/db/schema";
import { config } from "@/lib/config";
import { processMemo } from "@/lib/server/memo";
import { getSessionStore } from "@/lib/session-store";
import { isExpired } from "@/lib/session-store/store";
import { getSecrets } from "@/lib/secrets";
import { toPublicUser, type PublicUser } from "@/lib/users";
import { hashToken, newOpaqueToken } from "@/lib/server/tokens";

/**
 * Session authentication: a random token lives in a sealed cookie, the server keeps the record.
 * Mirror of lib/auth/jwt.ts — same verbs, different mechanism.
 */

export type SessionFailure =
  | "seal_too_large"
  | "seal_invalid"
  | "session_not_found"
  | "session_idle_expired"
  | "session_expired"
  | "user_disabled";

export type SessionValidation =
  { ok: true; session: Session; user: PublicUser } | { ok: false; reason: SessionFailure };

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

/** Starts a session (without the concurrent-session limit: see lib/auth/session-limit.ts). */
export async function createSession(
  userId: number,
  metadata: SessionMetadata,
  now = Date.now(),
): Promise<{ token: string; session: Session }> {
  const created = newSessionRecord(userId, metadata, now);
  await getSessionStore().insert(created.session);
  return created;
}

/**
 * The authoritative check: one store lookup (the session with its user, so a role change is seen
 * at once). Enforces idle and absolute expiry and deletes a session found expired; slides the
 * idle expiry, writing last_seen at most once per interval.
 */
export async function validateSessionToken(
  token: string,
  now = Date.now(),
  judgeAt = now, // later than `now` under the demo's fast-forward clock (lib/auth/clock.ts)
): Promise<SessionValidation> {
  const store = getSessionStore();
  const found = await store.findWithUser(hashSessionToken(token));
  if (found === null) return { ok: false, reason: "session_not_found" };
  const { session, user } = found;
  if (user.disabledAt !== null) {
    await store.delete(session.id);
    return { ok: false, reason: "user_disabled" };
  }
  if (isExpired(session, judgeAt)) {
    await store.delete(session.id);
    const reason =
      judgeAt >= session.expiresAt.getTime() ? "session_expired" : "session_idle_expired";
    return { ok: false, reason };
  }
  if (now - session.lastSeenAt.getTime() >= config.session.lastSeenWriteIntervalSeconds * 1000) {
    const idle = now + config.session.idleTtlSeconds * 1000;
    // The idle expiry never outlives the absolute one.
    const idleExpiresAt = new Date(Math.min(idle, session.expiresAt.getTime()));
    await store.touch(session.id, new Date(now), idleExpiresAt);
    return {
      ok: true,
      session: { ...session, lastSeenAt: new Date(now), idleExpiresAt },
      user: toPublicUser(user),
    };
  }
  return { ok: true, session, user: toPublicUser(user) };
}

/**
 * Reads a session without acting on it: no sliding, no purge. For the inspector, whose polling
 * must not keep a session alive.
 */
export async function peekSession(
  token: string,
): Promise<{ session: Session; user: PublicUser } | null> {
  const found = await getSessionStore().findWithUser(hashSessionToken(token));
  return found === null ? null : { session: found.session, user: toPublicUser(found.user) };
}

/** Ends a session server-side; replaying its cookie afterwards finds nothing. */
export async function invalidateSession(sessionId: string): Promise<boolean> {
  return getSessionStore().delete(sessionId);
}

/**
 * Ends every session of a user at once (admin force-logout, account disabled), or every one but
 * `keepId` (log out other devices); returns how many.
 */
export async function invalidateUserSessions(userId: number, keepId?: string): Promise<number> {
  return getSessionStore().deleteForUser(userId, keepId);
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
 * exact cookie value: the proxy pays it, the DAL reuses it (see lib/auth/memo.ts).
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

import "server-only";
import crypto from "node:crypto";
import { sealData, unsealData } from "iron-session";
import {
  deleteSession,
  deleteUserSessions,
  findSessionWithUser,
  insertSession,
  touchSession,
} from "@/db/queries/sessions";
import type { Session } from "@/db/schema";
import { config } from "@/lib/config";
import { processMemo } from "@/lib/auth/memo";
import { getSecrets } from "@/lib/secrets";
import { toPublicUser, type PublicUser } from "@/lib/users";

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
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** Starts a session: 256 random bits as the token, only its hash stored. */
export function createSession(
  userId: number,
  metadata: SessionMetadata,
  now = Date.now(),
): { token: string; session: Session } {
  const token = crypto.randomBytes(32).toString("base64url");
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
  insertSession(session);
  return { token, session };
}

/**
 * The authoritative check: one indexed lookup (session joined with its user, so a role change is
 * seen at once). Enforces idle and absolute expiry and deletes a session found expired; slides
 * the idle expiry, writing last_seen at most once per interval.
 */
export function validateSessionToken(
  token: string,
  now = Date.now(),
  judgeAt = now, // later than `now` under the demo's fast-forward clock (lib/auth/clock.ts)
): SessionValidation {
  const found = findSessionWithUser(hashSessionToken(token));
  if (found === null) return { ok: false, reason: "session_not_found" };
  const { session, user } = found;
  if (user.disabledAt !== null) {
    deleteSession(session.id);
    return { ok: false, reason: "user_disabled" };
  }
  if (judgeAt >= session.expiresAt.getTime() || judgeAt >= session.idleExpiresAt.getTime()) {
    deleteSession(session.id);
    const reason =
      judgeAt >= session.expiresAt.getTime() ? "session_expired" : "session_idle_expired";
    return { ok: false, reason };
  }
  if (now - session.lastSeenAt.getTime() >= config.session.lastSeenWriteIntervalSeconds * 1000) {
    const idle = now + config.session.idleTtlSeconds * 1000;
    // The idle expiry never outlives the absolute one.
    const idleExpiresAt = new Date(Math.min(idle, session.expiresAt.getTime()));
    touchSession(session.id, new Date(now), idleExpiresAt);
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
export function peekSession(token: string): { session: Session; user: PublicUser } | null {
  const found = findSessionWithUser(hashSessionToken(token));
  return found === null ? null : { session: found.session, user: toPublicUser(found.user) };
}

/** Ends a session server-side; replaying its cookie afterwards finds nothing. */
export function invalidateSession(sessionId: string): void {
  deleteSession(sessionId);
}

/** Ends every session of a user at once (admin force-logout, account disabled); returns how many. */
export function invalidateUserSessions(userId: number): number {
  return deleteUserSessions(userId);
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

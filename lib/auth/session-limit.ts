import "server-only";
import {
  deleteExpiredUserSessions,
  deleteSession,
  findUserSessions,
  inImmediateTransaction,
} from "@/db/queries/sessions";
import type { Session } from "@/db/schema";
import { config } from "@/lib/config";
import { createSession, type SessionMetadata } from "@/lib/auth/session";

/**
 * The concurrent-session limit (C13), like a streaming service's "too many devices": at most
 * `limit` sessions per user. The next login either logs out the oldest session (`evict-oldest`)
 * or is refused (`refuse-new`). Counting and inserting happen in one immediate transaction, so two
 * logins racing each other cannot both slip under the limit.
 */

export type LimitPolicy = typeof config.session.limitPolicy;

export type SessionStart =
  | { ok: true; token: string; session: Session; evicted: number }
  | { ok: false; reason: "session_limit"; limit: number };

export function startSession(
  userId: number,
  metadata: SessionMetadata,
  {
    limit = config.session.limit,
    policy = config.session.limitPolicy,
  }: { limit?: number; policy?: LimitPolicy } = {},
  now = Date.now(),
): SessionStart {
  return inImmediateTransaction(() => {
    deleteExpiredUserSessions(userId, new Date(now));
    const active = findUserSessions(userId); // newest first
    let evicted = 0;
    if (active.length >= limit) {
      if (policy === "refuse-new") return { ok: false, reason: "session_limit", limit };
      for (const oldest of active.slice(limit - 1)) evicted += deleteSession(oldest.id) ? 1 : 0;
    }
    return { ok: true, ...createSession(userId, metadata, now), evicted };
  });
}

/** The policy in words, for the devices page and the login result. */
export function describeLimit(): string {
  const { limit, limitPolicy } = config.session;
  return limitPolicy === "evict-oldest"
    ? `At most ${limit} sessions per account: a new login logs out the oldest one.`
    : `At most ${limit} sessions per account: a new login is refused until one logs out.`;
}

import "server-only";
import type { Session } from "@/db/schema";
import { config } from "@/lib/config";
import { newSessionRecord, type SessionMetadata } from "@/lib/auth/session/tokens";
import { getSessionStore } from "@/lib/session-store";
import type { LimitPolicy } from "@/lib/session-store/store";

/**
 * The concurrent-session limit (C13), like a streaming service's "too many devices": at most
 * `limit` sessions per user. The next login either logs out the oldest session (`evict-oldest`)
 * or is refused (`refuse-new`). Each store counts and inserts in one atomic step (an immediate
 * SQLite transaction, a Redis script, a synchronous Map update), so racing logins cannot both slip
 * under the limit.
 */

export type SessionStart =
  | { ok: true; token: string; session: Session; evicted: number }
  | { ok: false; reason: "session_limit"; limit: number };

export async function startSession(
  userId: number,
  metadata: SessionMetadata,
  {
    limit = config.session.limit,
    policy = config.session.limitPolicy,
  }: { limit?: number; policy?: LimitPolicy } = {},
  now = Date.now(),
): Promise<SessionStart> {
  const { token, session } = newSessionRecord(userId, metadata, now);
  const inserted = await getSessionStore().insertWithinLimit(session, limit, policy, now);
  if (!inserted.ok) return { ok: false, reason: "session_limit", limit };
  return { ok: true, token, session, evicted: inserted.evicted };
}

/** The policy in words, for the devices page and the login result. */
export function describeLimit(): string {
  const { limit, limitPolicy } = config.session;
  return limitPolicy === "evict-oldest"
    ? `At most ${limit} sessions per account: a new login logs out the oldest one.`
    : `At most ${limit} sessions per account: a new login is refused until one logs out.`;
}

import "server-only";
import crypto from "node:crypto";
import { findUserById } from "@/db/queries/users";
import type { Session } from "@/db/schema";
import { countRoundTrip, getRedis, type RedisConnection } from "@/lib/session-store/redis-client";
import * as scripts from "@/lib/session-store/redis-scripts";
import {
  reportingUnavailability,
  type LimitedInsert,
  type LimitPolicy,
  type SessionStore,
} from "@/lib/session-store/store";

/**
 * Sessions in a Redis server (C34): every app instance pointed at the same Redis sees the same
 * sessions, so a login on one instance is valid on the others and a revocation anywhere is
 * everywhere at once. A lookup is one network round trip (HGETALL), plus the user row from SQLite.
 * Each record is a hash whose TTL is its absolute expiry, so Redis itself drops the dead ones.
 */

const sha1 = (text: string): string => crypto.createHash("sha1").update(text).digest("hex");

function toSession(id: string, hash: Record<string, string>): Session | null {
  if (hash.userId === undefined) return null; // gone (or expired by its TTL)
  return {
    id,
    userId: Number(hash.userId),
    createdAt: new Date(Number(hash.createdAt)),
    lastSeenAt: new Date(Number(hash.lastSeenAt)),
    idleExpiresAt: new Date(Number(hash.idleExpiresAt)),
    expiresAt: new Date(Number(hash.expiresAt)),
    userAgent: hash.userAgent ?? null,
    ip: hash.ip ?? null,
  };
}

function recordArguments(session: Session): string[] {
  return [
    session.id,
    String(session.userId),
    String(session.createdAt.getTime()),
    String(session.lastSeenAt.getTime()),
    String(session.idleExpiresAt.getTime()),
    String(session.expiresAt.getTime()),
    session.userAgent ?? "",
    session.ip ?? "",
  ];
}

export function createRedisSessionStore(url: string, prefix: string): SessionStore {
  const client = (): Promise<RedisConnection> => getRedis(url);

  // EVALSHA sends the script's hash instead of its text; the text goes only when Redis lacks it.
  async function run(script: string, args: string[]): Promise<number> {
    const redis = await client();
    countRoundTrip();
    try {
      return Number(await redis.evalSha(sha1(script), { arguments: [prefix, ...args] }));
    } catch (error) {
      if (!String(error).includes("NOSCRIPT")) throw error;
      return Number(await redis.eval(script, { arguments: [prefix, ...args] }));
    }
  }

  // A limit of 0 is a plain insert: the script then neither counts nor evicts.
  async function insertWithinLimit(
    session: Session,
    limit: number,
    policy: LimitPolicy,
    now: number,
  ): Promise<LimitedInsert> {
    const args = [String(now), String(limit), policy, ...recordArguments(session)];
    const evicted = await run(scripts.insertWithinLimitScript, args);
    return evicted < 0 ? { ok: false, reason: "session_limit" } : { ok: true, evicted };
  }

  async function find(id: string): Promise<Session | null> {
    const redis = await client();
    countRoundTrip();
    return toSession(id, await redis.hGetAll(`${prefix}s:${id}`));
  }

  async function liveMembers(now: number): Promise<string[]> {
    const redis = await client();
    countRoundTrip();
    return redis.zRangeByScore(`${prefix}all`, `(${now}`, "+inf");
  }

  // A failure of any method below is reported as Redis being unreachable (its one SQLite read, the
  // user row, does not fail while the app runs at all).
  return reportingUnavailability({
    kind: "redis",
    async findWithUser(id) {
      const session = await find(id);
      if (session === null) return null;
      const user = await findUserById(session.userId);
      return user === null ? null : { session, user };
    },
    insert: async (session) =>
      void (await insertWithinLimit(session, 0, "evict-oldest", session.createdAt.getTime())),
    insertWithinLimit,
    touch: async (id, lastSeenAt, idleExpiresAt) =>
      void (await run(scripts.touchScript, [
        id,
        String(lastSeenAt.getTime()),
        String(idleExpiresAt.getTime()),
      ])),
    delete: async (id) => (await run(scripts.deleteScript, [id])) === 1,
    async listForUser(userId) {
      const redis = await client();
      countRoundTrip();
      const ids = await redis.zRange(`${prefix}u:${userId}`, 0, -1, { REV: true });
      if (ids.length === 0) return [];
      countRoundTrip();
      const pipeline = redis.multi();
      for (const id of ids) pipeline.hGetAll(`${prefix}s:${id}`);
      const hashes = (await pipeline.execAsPipeline()) as unknown as Record<string, string>[];
      return ids.map((id, i) => toSession(id, hashes[i] ?? {})).filter((s) => s !== null);
    },
    deleteForUser: (userId) => run(scripts.deleteForUserScript, [String(userId), "", ""]),
    async deleteOthers(userId, keepId, targetId) {
      const args = [String(userId), keepId, targetId ?? ""];
      const deleted = await run(scripts.deleteForUserScript, args);
      return deleted < 0 ? null : deleted;
    },
    async countByUser(now) {
      const counts = new Map<number, number>();
      for (const member of await liveMembers(now)) {
        const userId = Number(member.slice(0, member.indexOf(":")));
        counts.set(userId, (counts.get(userId) ?? 0) + 1);
      }
      return counts;
    },
    async totals(now) {
      const members = await liveMembers(now);
      const redis = await client();
      let dataBytes = 0;
      if (members.length > 0) {
        countRoundTrip();
        const pipeline = redis.multi();
        for (const member of members) {
          pipeline.memoryUsage(`${prefix}s:${member.slice(member.indexOf(":") + 1)}`);
        }
        const sizes = (await pipeline.execAsPipeline()) as unknown as (number | null)[];
        dataBytes = sizes.reduce<number>((sum, size) => sum + (size ?? 0), 0);
      }
      return { kind: "redis", rows: members.length, dataBytes, diskBytes: null };
    },
    deleteExpired: (now, batch) => run(scripts.deleteExpiredScript, [String(now), String(batch)]),
    // SET NX with the remaining time as its TTL: atomic, and Redis forgets the value by itself.
    async claimOnce(key, expiresAt, now) {
      const redis = await client();
      countRoundTrip();
      const ttl = Math.max(1, expiresAt - now);
      return (await redis.set(`${prefix}once:${key}`, "1", { NX: true, PX: ttl })) === "OK";
    },
    // Redis forgets a value when its time is over: held while the key exists.
    async heldOnce(key) {
      const redis = await client();
      countRoundTrip();
      return (await redis.exists(`${prefix}once:${key}`)) === 1;
    },
  });
}

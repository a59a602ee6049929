import "server-only";
import crypto from "node:crypto";
import { countRoundTrip, getRedis } from "@/lib/session-store/redis-client";
import type { ThrottleHit } from "@/lib/throttle/rules";
import type { ThrottleStore } from "@/lib/throttle/store";

/**
 * Counters in Redis, shared by every instance using it. One Lua script checks every budget and
 * counts the attempt against all of them: Redis runs it to the end before any other command, so
 * it is atomic like the session limit. It mirrors lib/throttle/rules.ts; each counter is a hash
 * {c: count, b: blocked until, e: expires at} whose key expires with it (PEXPIRE relative to
 * the app's clock). There is no lock to wait for: the clock is read as the script is sent, one
 * round trip before it runs.
 */

const ATTEMPT = `
local now = tonumber(ARGV[1])
local wait = 0
local state = {}
for i, key in ipairs(KEYS) do
  local base = 1 + (i - 1) * 4
  local kind, a, b, c = ARGV[base + 1], tonumber(ARGV[base + 2]), tonumber(ARGV[base + 3]), tonumber(ARGV[base + 4])
  local v = redis.call('HMGET', key, 'c', 'b', 'e')
  local count, blocked, expires = tonumber(v[1]) or 0, tonumber(v[2]) or 0, tonumber(v[3]) or 0
  if expires <= now then count, blocked, expires = 0, 0, 0 end
  local w = 0
  if kind == 'backoff' then
    if blocked > now then w = blocked - now end
  elseif count >= a then
    w = expires - now
  end
  if w > wait then wait = w end
  state[i] = {kind, a, b, c, count, expires}
end
if wait > 0 then return wait end
for i, key in ipairs(KEYS) do
  local kind, a, b, c, count, expires = unpack(state[i])
  count = count + 1
  local blocked = 0
  if kind == 'backoff' then
    local excess = count - a
    if excess > 0 then blocked = now + math.min(2 ^ (excess - 1) * 1000, b) end
    expires = now + c
  elseif expires == 0 then
    expires = now + b
  end
  redis.call('HSET', key, 'c', count, 'b', blocked, 'e', expires)
  -- Relative to the caller's clock, so the app's and Redis's clocks need not agree.
  redis.call('PEXPIRE', key, expires - now)
end
return 0`;

// lib/throttle/rules.ts's refunded(): a live counter gives one attempt back; its expiry stays.
const REFUND = `
local now = tonumber(ARGV[1])
for _, key in ipairs(KEYS) do
  local v = redis.call('HMGET', key, 'c', 'e')
  local count, expires = tonumber(v[1]) or 0, tonumber(v[2]) or 0
  if expires > now and count > 0 then redis.call('HSET', key, 'c', count - 1) end
end
return 0`;

interface Script {
  source: string;
  sha: string;
}
const script = (source: string): Script => ({
  source,
  sha: crypto.createHash("sha1").update(source).digest("hex"),
});
const SCRIPTS = { attempt: script(ATTEMPT), refund: script(REFUND) };

/**
 * Runs a script by its hash, sending it whole only when this Redis has not seen it yet. Its
 * arguments are made once connected, so the clock they carry is read as the script is sent.
 */
async function runScript(
  url: string,
  { source, sha }: Script,
  args: () => { keys: string[]; arguments: string[] },
): Promise<number> {
  const redis = await getRedis(url);
  const options = args();
  countRoundTrip();
  try {
    return Number(await redis.evalSha(sha, options));
  } catch (error) {
    if (!String(error).includes("NOSCRIPT")) throw error;
    return Number(await redis.eval(source, options));
  }
}

function ruleArguments({ rule }: ThrottleHit): string[] {
  return rule.kind === "backoff"
    ? ["backoff", String(rule.free), String(rule.maxDelayMs), String(rule.forgetMs)]
    : ["window", String(rule.max), String(rule.windowMs), "0"];
}

export function createRedisThrottleStore(url: string, prefix: string): ThrottleStore {
  const keyOf = (key: string) => `${prefix}t:${key}`;
  return {
    kind: "redis",
    attempt: async (hits, clock) =>
      runScript(url, SCRIPTS.attempt, () => ({
        keys: hits.map((hit) => keyOf(hit.key)),
        arguments: [String(clock()), ...hits.flatMap(ruleArguments)],
      })),
    refund: async (keys, clock) => {
      if (keys.length === 0) return;
      await runScript(url, SCRIPTS.refund, () => ({
        keys: keys.map(keyOf),
        arguments: [String(clock())],
      }));
    },
    reset: async (keys) => {
      if (keys.length === 0) return;
      countRoundTrip();
      await (await getRedis(url)).del(keys.map(keyOf));
    },
    deleteExpired: async () => 0, // Redis expires each counter's key itself
  };
}

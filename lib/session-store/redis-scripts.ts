/**
 * Lua scripts for the Redis store. Redis runs a script to the end before any other command, so
 * each is atomic — the limit check and the insert cannot interleave with another login (C13).
 * Keys: `{prefix}s:{id}` a hash per session (TTL = its absolute expiry), `{prefix}u:{userId}` a
 * sorted set of the user's session ids by creation time, `{prefix}all` a sorted set of
 * "userId:id" by idle expiry (for totals and the sweep). A standalone Redis: the scripts derive
 * session keys from the indexes, which a Redis Cluster would not allow without hash tags.
 */

// Removes one session and its index entries. ARGV: prefix, id. Returns 1 if the hash existed.
const REMOVE = `
local function remove(prefix, id)
  local key = prefix .. 's:' .. id
  local userId = redis.call('HGET', key, 'userId')
  if not userId then return 0 end
  redis.call('DEL', key)
  redis.call('ZREM', prefix .. 'u:' .. userId, id)
  redis.call('ZREM', prefix .. 'all', userId .. ':' .. id)
  return 1
end
`;

export const deleteScript = `${REMOVE}
return remove(ARGV[1], ARGV[2])`;

// Deletes a user's sessions: all (keepId ''), or, only while the caller's keepId is still one of
// them, all but keepId or the one targetId. ARGV: prefix, userId, keepId, targetId ('' for all).
// Returns how many, or -1 (nothing deleted) when keepId is gone.
export const deleteForUserScript = `${REMOVE}
local prefix, userId, keep, target = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
if keep ~= '' and redis.call('HGET', prefix .. 's:' .. keep, 'userId') ~= userId then return -1 end
local deleted = 0
for _, id in ipairs(redis.call('ZRANGE', prefix .. 'u:' .. userId, 0, -1)) do
  if id ~= keep and (target == '' or id == target) then
    if remove(prefix, id) == 1 then deleted = deleted + 1
    else redis.call('ZREM', prefix .. 'u:' .. userId, id) end
  end
end
return deleted`;

// Slides the idle expiry of an existing session. ARGV: prefix, id, lastSeenAt, idleExpiresAt.
export const touchScript = `
local prefix, id = ARGV[1], ARGV[2]
local key = prefix .. 's:' .. id
local userId = redis.call('HGET', key, 'userId')
if not userId then return 0 end
redis.call('HSET', key, 'lastSeenAt', ARGV[3], 'idleExpiresAt', ARGV[4])
redis.call('ZADD', prefix .. 'all', ARGV[4], userId .. ':' .. id)
return 1`;

// Inserts a session within the user's limit. ARGV: prefix, now, limit, policy, then the record's
// fields: id, userId, createdAt, lastSeenAt, idleExpiresAt, expiresAt, userAgent, ip.
// Returns the number evicted, or -1 when refused.
export const insertWithinLimitScript = `${REMOVE}
local prefix, now, limit, policy = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
local id, userId = ARGV[5], ARGV[6]
local index = prefix .. 'u:' .. userId
local active = {}
-- A plain insert (limit 0) neither counts nor cleans up.
local others = limit > 0 and redis.call('ZRANGE', index, 0, -1) or {}
for _, other in ipairs(others) do
  local t = redis.call('HMGET', prefix .. 's:' .. other, 'expiresAt', 'idleExpiresAt')
  if not t[1] then
    redis.call('ZREM', index, other)
    redis.call('ZREM', prefix .. 'all', userId .. ':' .. other)
  elseif tonumber(t[1]) <= now or tonumber(t[2]) <= now then
    remove(prefix, other)
  else
    table.insert(active, other)
  end
end
local evicted = 0
if limit > 0 and #active >= limit then
  if policy == 'refuse-new' then return -1 end
  for i = 1, #active - limit + 1 do evicted = evicted + remove(prefix, active[i]) end
end
local key = prefix .. 's:' .. id
redis.call('HSET', key, 'userId', userId, 'createdAt', ARGV[7], 'lastSeenAt', ARGV[8],
  'idleExpiresAt', ARGV[9], 'expiresAt', ARGV[10])
if ARGV[11] ~= '' then redis.call('HSET', key, 'userAgent', ARGV[11]) end
if ARGV[12] ~= '' then redis.call('HSET', key, 'ip', ARGV[12]) end
redis.call('PEXPIREAT', key, ARGV[10])
redis.call('ZADD', index, ARGV[7], id)
redis.call('ZADD', prefix .. 'all', ARGV[9], userId .. ':' .. id)
return evicted`;

// Deletes sessions idle- or absolutely expired by now (idle expiry never exceeds the absolute
// one, so the "all" index's score covers both). ARGV: prefix, now, batch. Returns how many.
export const deleteExpiredScript = `${REMOVE}
local prefix = ARGV[1]
local expired = redis.call('ZRANGEBYSCORE', prefix .. 'all', '-inf', ARGV[2], 'LIMIT', 0, ARGV[3])
for _, member in ipairs(expired) do
  local userId, id = string.match(member, '^(%d+):(.+)$')
  if remove(prefix, id) == 0 then
    redis.call('ZREM', prefix .. 'all', member)
    redis.call('ZREM', prefix .. 'u:' .. userId, id)
  end
end
return #expired`;

// PostgreSQL and Redis, each through the app and raw with its driver alone, at each size. Import
// this module only once DATABASE_URL names the bench database: the app reads it as it loads.
import pg from "pg";
import { createClient } from "redis";
import { closeDb, migrateDatabase } from "@/db/client";
import { numberedPlaceholders } from "@/db/connection/postgres";
import { SESSION_LOOKUP_SQL } from "@/db/queries/sessions";
import { SHARED_LAB } from "@/ground/context";
import { createRedisSessionStore } from "@/lib/session-store/redis";
import { closeRedisConnections } from "@/lib/session-store/redis-client";
import { createSqliteSessionStore } from "@/lib/session-store/sqlite";
import { addPostgresSessions, addPostgresUsers, addRedisSessions } from "./fill.mjs";
import { N, WARMUP, randomIds } from "./rows.mjs";
import { interleaved, type Figure } from "./timing.mjs";

const PREFIX = "bench:";

/** The servers' own versions (the clients' are the packages'). */
export interface ServerFacts {
  postgresServer: string;
  redisServer: string;
}

/** Fills both servers to each size in turn and times the four lookups there, interleaved. */
export async function measureServers(
  sizes: number[],
  databaseUrl: string,
  redisUrl: string,
): Promise<{ facts: ServerFacts; figures: Array<Record<string, Figure>> }> {
  await migrateDatabase();
  const sql = new pg.Client({ connectionString: databaseUrl });
  const redis = createClient({ url: redisUrl });
  redis.on("error", () => {}); // a failing command reports; the event alone must not crash
  try {
    await sql.connect();
    await redis.connect();
    const facts = {
      postgresServer: (await sql.query<{ v: string }>("SELECT version() AS v")).rows[0]!.v,
      redisServer: /redis_version:(\S+)/.exec(await redis.info("server"))?.[1] ?? "?",
    };
    await addPostgresUsers(sql);
    const sqlStore = createSqliteSessionStore(); // the SQL store, here on PostgreSQL
    const redisStore = createRedisSessionStore(redisUrl, PREFIX);
    // The very statement the SQL store prepares, with `pg` alone: named (prepared once on the
    // connection), rows as arrays, as the app asks for them.
    const query = {
      name: "bench_session_lookup",
      text: numberedPlaceholders(SESSION_LOOKUP_SQL),
      rowMode: "array" as const,
    };
    // The user row as the Redis store reads it (every column, by id within the lab).
    const userQuery = {
      name: "bench_user_lookup",
      text: "SELECT * FROM users WHERE id = $1 AND lab_id = $2",
      rowMode: "array" as const,
    };
    const figures = [];
    let filled = 0;
    for (const size of sizes) {
      const started = Date.now();
      await addPostgresSessions(sql, filled + 1, size);
      await addRedisSessions(redisStore, filled + 1, size);
      console.log(`  filled PostgreSQL and Redis to ${size} sessions (${Date.now() - started} ms)`);
      filled = size;
      const ids = (): string[] => randomIds(size, WARMUP + N);
      figures.push(
        await interleaved([
          {
            name: "postgresApp",
            lookup: async (id) => (await sqlStore.findWithUser(id)) !== null,
            ids: ids(),
          },
          {
            name: "postgresRaw",
            lookup: async (id) =>
              (await sql.query({ ...query, values: [id, SHARED_LAB] })).rows.length === 1,
            ids: ids(),
          },
          {
            name: "redisApp",
            lookup: async (id) => (await redisStore.findWithUser(id)) !== null,
            ids: ids(),
          },
          {
            // The store's one command, HGETALL of the session's hash, on a connection of its own.
            name: "redisRaw",
            lookup: async (id) => Object.keys(await redis.hGetAll(`${PREFIX}s:${id}`)).length > 0,
            ids: ids(),
          },
          {
            // The whole of the store's work, raw: HGETALL, then the user row with `pg` alone.
            name: "redisRawWithUser",
            lookup: async (id) => {
              const { userId } = await redis.hGetAll(`${PREFIX}s:${id}`);
              if (userId === undefined) return false;
              const values = [userId, SHARED_LAB];
              return (await sql.query({ ...userQuery, values })).rows.length === 1;
            },
            ids: ids(),
          },
        ]),
      );
    }
    return { facts, figures };
  } finally {
    await sql.end().catch(() => {});
    if (redis.isOpen) redis.destroy();
    await closeRedisConnections();
    await closeDb();
  }
}

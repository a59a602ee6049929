import "server-only";
import { createClient } from "redis";
import { currentRequest } from "@/ground/context";
import { processSingleton } from "@/ground/singleton";

/**
 * One Redis connection per process, shared by the proxy and route bundles (hence globalThis),
 * opened on first use. Every command is one network round trip; each is counted in the request's
 * query tally so the inspector shows what a Redis-backed session request costs.
 */

export type RedisConnection = ReturnType<typeof createClient>;

function connections(): Map<string, Promise<RedisConnection>> {
  return processSingleton("redis-connections", () => new Map<string, Promise<RedisConnection>>());
}

/** The connection to `url`, opened once per process. */
export function getRedis(url: string): Promise<RedisConnection> {
  const open = connections();
  let connection = open.get(url);
  if (connection === undefined) {
    const client = createClient({
      url,
      // Fail fast instead of queueing commands forever while the server is away.
      disableOfflineQueue: true,
      socket: {
        connectTimeout: 2000,
        reconnectStrategy: (retries) => Math.min(retries * 100, 2000),
      },
    });
    // Without a listener an 'error' event would crash the process; the failing command reports.
    client.on("error", () => {});
    connection = client.connect().catch((error: unknown) => {
      open.delete(url);
      throw error;
    });
    open.set(url, connection);
  }
  return connection;
}

/** Counts one round trip to the store against the current request. */
export function countRoundTrip(): void {
  const request = currentRequest();
  if (request !== undefined) request.queries += 1;
}

/** Closes every connection (tests, shutdown). */
export async function closeRedisConnections(): Promise<void> {
  const open = connections();
  const pending = [...open.values()];
  open.clear();
  await Promise.all(
    pending.map(async (connection) => {
      const client = await connection.catch(() => null);
      await client?.close().catch(() => {});
    }),
  );
}

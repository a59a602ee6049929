import "server-only";
import { config } from "@/config";
import { createMemoryThrottleStore } from "@/lib/throttle/memory";
import { createRedisThrottleStore } from "@/lib/throttle/redis";
import { createSqliteThrottleStore } from "@/lib/throttle/sqlite";
import type { ThrottleStore } from "@/lib/throttle/store";

export type { ThrottleStore } from "@/lib/throttle/store";

/**
 * While a networked store (Redis) is away, this process counts in memory rather than refusing
 * every login: throttled still, only not shared — and the JWT area, which needs no session store,
 * keeps working.
 */
function withMemoryFallback(primary: ThrottleStore): ThrottleStore {
  const fallback = createMemoryThrottleStore("throttle-fallback");
  const either =
    <A extends unknown[], R>(method: (store: ThrottleStore) => (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await method(primary)(...args);
      } catch {
        return method(fallback)(...args);
      }
    };
  return {
    kind: primary.kind,
    attempt: either((store) => store.attempt),
    refund: either((store) => store.refund),
    reset: either((store) => store.reset),
    deleteExpired: either((store) => store.deleteExpired),
  };
}

let store: ThrottleStore | null = null;

/** The throttle's store: the same kind as the session store (`SESSION_STORE`). */
export function getThrottleStore(): ThrottleStore {
  if (store === null) {
    const { store: kind, redisUrl, redisPrefix } = config.session;
    store =
      kind === "memory"
        ? createMemoryThrottleStore()
        : kind === "redis" && redisUrl !== null
          ? withMemoryFallback(createRedisThrottleStore(redisUrl, redisPrefix))
          : createSqliteThrottleStore();
  }
  return store;
}

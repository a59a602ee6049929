import "server-only";
import { config } from "@/config";
import { createMemorySessionStore } from "@/lib/session-store/memory";
import { createRedisSessionStore } from "@/lib/session-store/redis";
import { createSqliteSessionStore } from "@/lib/session-store/sqlite";
import type { SessionStore } from "@/lib/session-store/store";

export type { SessionStore, SessionStoreKind, SessionStoreTotals } from "@/lib/session-store/store";

let store: SessionStore | null = null;

/** The store `SESSION_STORE` names (default sqlite). */
export function getSessionStore(): SessionStore {
  if (store === null) {
    const { store: kind, redisUrl, redisPrefix } = config.session;
    store =
      kind === "memory"
        ? createMemorySessionStore()
        : kind === "redis" && redisUrl !== null
          ? createRedisSessionStore(redisUrl, redisPrefix)
          : createSqliteSessionStore();
  }
  return store;
}

import "server-only";
import { JWT_CONFIG_CHECK_INTERVAL_MS } from "@/lib/auth/jwt/config-version";
import { getSessionStore, type SessionStoreKind } from "@/lib/session-store";
import { StoreUnavailableError } from "@/lib/session-store/store";

/**
 * The scaling-out page's facts about this very server: the session store it runs (what
 * `SESSION_STORE` chose, read from the store itself) and how far a second instance could share
 * it — and the bound within which an admin's JWT change reaches every instance.
 */

/** Who could share this store: nobody (one process), instances on this machine, or any. */
export type StoreReach = "process" | "machine" | "network";

export const STORE_REACH: Record<SessionStoreKind, StoreReach> = {
  memory: "process",
  sqlite: "machine",
  redis: "network",
};

export interface StoreInUse {
  kind: SessionStoreKind;
  reach: StoreReach;
  /** Sessions in it now, not yet expired; null while a networked store is unreachable. */
  sessions: number | null;
}

/** The store this process keeps its sessions in, and how many it holds now. */
export async function storeInUse(now = Date.now()): Promise<StoreInUse> {
  const store = getSessionStore();
  const fact = { kind: store.kind, reach: STORE_REACH[store.kind] };
  try {
    return { ...fact, sessions: (await store.totals(now)).rows };
  } catch (error) {
    if (error instanceof StoreUnavailableError) return { ...fact, sessions: null };
    throw error;
  }
}

/** How soon an admin's key rotation or strategy change on one instance reaches the others. */
export const JWT_CHANGE_REACH_SECONDS = JWT_CONFIG_CHECK_INTERVAL_MS / 1000;

import "server-only";
import { databaseKind, type DatabaseKind } from "@/db/client";
import { config } from "@/config";
import { JWT_CONFIG_CHECK_INTERVAL_MS } from "@/lib/auth/jwt/config-version";
import { findRunningInstances, type RunningInstance } from "@/lib/lab/instances";
import { getSessionStore, type SessionStoreKind } from "@/lib/session-store";
import { isStoreUnavailable } from "@/lib/session-store/store";

/**
 * The scaling-out page's facts about this very server: the session store it runs (what
 * `SESSION_STORE` chose, read from the store itself) and how far a second instance could share
 * it; what runs now (the instances, the database, the session store); and the bound within which
 * an admin's JWT change reaches every instance.
 */

/**
 * Who could share this store: nobody (one process), instances on this machine (SQLite's file), or
 * any — through Redis, or through the PostgreSQL database the SQL store then lives in.
 */
export type StoreReach = "process" | "machine" | "network" | "database";

export const STORE_REACH: Record<SessionStoreKind, StoreReach> = {
  memory: "process",
  sqlite: "machine",
  redis: "network",
};

export interface StoreInUse {
  kind: SessionStoreKind;
  /** Where the SQL store's table is: SQLite's file or PostgreSQL (DATABASE_URL). */
  database: DatabaseKind;
  reach: StoreReach;
  /** Sessions in it now, not yet expired; null while a networked store is unreachable. */
  sessions: number | null;
}

/** The store this process keeps its sessions in, and how many it holds now. */
export async function storeInUse(now = Date.now()): Promise<StoreInUse> {
  const store = getSessionStore();
  const onPostgres = store.kind === "sqlite" && databaseKind() === "postgres";
  const fact = {
    kind: store.kind,
    database: databaseKind(),
    reach: onPostgres ? ("database" as const) : STORE_REACH[store.kind],
  };
  try {
    return { ...fact, sessions: (await store.totals(now)).rows };
  } catch (error) {
    if (isStoreUnavailable(error)) return { ...fact, sessions: null };
    throw error;
  }
}

/** How soon an admin's key rotation or strategy change on one instance reaches the others. */
export const JWT_CHANGE_REACH_SECONDS = JWT_CONFIG_CHECK_INTERVAL_MS / 1000;

export interface Topology {
  /** The instances running now, by name, this one marked as answering. */
  instances: RunningInstance[];
  database: DatabaseKind;
  sessionStore: SessionStoreKind;
}

/** What runs now: one process and its SQLite file, or several instances sharing their stores. */
export async function runningTopology(now = Date.now()): Promise<Topology> {
  return {
    instances: await findRunningInstances(now),
    database: databaseKind(),
    sessionStore: config.session.store,
  };
}

import type { Session } from "@/db/schema";
import type { SessionUser } from "@/db/queries/sessions";
import { StoreUnavailableError } from "@/ground/store-unavailable";

/**
 * Where session records live. Three implementations behind one interface (C07, C34), chosen by
 * `SESSION_STORE`: `sqlite` (the default, the SQL store: durable, in the database — SQLite's file
 * or PostgreSQL), `memory` (a Map: fastest, and
 * gone when the process ends) and `redis` (a shared server: several app instances, one store).
 * The contract suite in lib/test/session-store-contract.ts runs against all three.
 */

export { isStoreUnavailable, StoreUnavailableError } from "@/ground/store-unavailable";

/** Wraps every method of a store so that any failure surfaces as a StoreUnavailableError. */
export function reportingUnavailability(store: SessionStore): SessionStore {
  const guarded = { ...store };
  for (const [name, method] of Object.entries(store)) {
    if (typeof method !== "function") continue;
    Object.assign(guarded, {
      [name]: async (...args: unknown[]) => {
        try {
          return await (method as (...a: unknown[]) => Promise<unknown>)(...args);
        } catch (error) {
          throw error instanceof StoreUnavailableError
            ? error
            : new StoreUnavailableError(`${store.kind} session store`, error);
        }
      },
    });
  }
  return guarded;
}

export type SessionStoreKind = "sqlite" | "memory" | "redis";
export type LimitPolicy = "evict-oldest" | "refuse-new";

export type LimitedInsert = { ok: true; evicted: number } | { ok: false; reason: "session_limit" };

export interface SessionStoreTotals {
  kind: SessionStoreKind;
  /** Sessions not yet expired by the real clock. */
  rows: number;
  /** Bytes the records take where they live (RAM for memory and Redis, pages for SQLite). */
  dataBytes: number;
  /** SQLite only: the pages on disk, indexes included. Memory and Redis keep nothing on disk here. */
  diskBytes: number | null;
}

export interface SessionStore {
  readonly kind: SessionStoreKind;
  /** The record and its user: the lookup every session request pays. The user comes from SQLite. */
  findWithUser(id: string): Promise<{ session: Session; user: SessionUser } | null>;
  insert(session: Session): Promise<void>;
  /**
   * Inserts unless the user already has `limit` unexpired sessions; then evicts the oldest or
   * refuses, by `policy`. Atomic: racing logins cannot both slip under the limit.
   */
  insertWithinLimit(
    session: Session,
    limit: number,
    policy: LimitPolicy,
    now: number,
  ): Promise<LimitedInsert>;
  /** Slides the idle expiry; never re-creates a record that is gone. */
  touch(id: string, lastSeenAt: Date, idleExpiresAt: Date): Promise<void>;
  /** True when a record was deleted. */
  delete(id: string): Promise<boolean>;
  /** A user's records, newest first (expired ones may still be among them). */
  listForUser(userId: number): Promise<Session[]>;
  /** Deletes every record of a user; returns how many. */
  deleteForUser(userId: number): Promise<number>;
  /**
   * The caller's `keepId` ends the user's other records — `targetId` alone, or all of them — only
   * while `keepId` is still one of the user's records, checked in the same atomic step: of two
   * sessions ending each other at once, one wins and survives. Returns how many were deleted, or
   * null (nothing deleted) when `keepId` is gone. `keepId` itself is never deleted here.
   */
  deleteOthers(userId: number, keepId: string, targetId?: string): Promise<number | null>;
  /** Unexpired sessions per user id, for the admin page. */
  countByUser(now: number): Promise<Map<number, number>>;
  totals(now: number): Promise<SessionStoreTotals>;
  /** Deletes up to `batch` records expired by `now`; returns how many. */
  deleteExpired(now: number, batch: number): Promise<number>;
  /**
   * Records a one-time value (a DPoP proof's `jti`, RFC 9449 §11.1) as seen until `expiresAt`:
   * true the first time, false for every later claim before then. Atomic, so two racing requests
   * with one proof cannot both be first. Bounded: a value is kept only while it could be replayed.
   */
  claimOnce(key: string, expiresAt: number, now: number): Promise<boolean>;
  /**
   * Whether `key` is held — claimed, and its time not over at `now`. A read: it claims nothing,
   * so asking about a key no one holds (every not-found session asks whether it was evicted)
   * writes nothing.
   */
  heldOnce(key: string, now: number): Promise<boolean>;
}

/** Whether a record is past its idle or absolute expiry at `at`. */
export function isExpired(session: Session, at: number): boolean {
  return at >= session.expiresAt.getTime() || at >= session.idleExpiresAt.getTime();
}

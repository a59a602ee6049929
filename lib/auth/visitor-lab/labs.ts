import "server-only";
import { config } from "@/config";
import { countLabs, countUsersOfLab, deleteLabRows, findLabsIdleSince } from "@/db/queries/labs";
import { inImmediateTransaction } from "@/db/client";
import { insertUser, listUsers } from "@/db/queries/users";
import type { NewUser, User } from "@/db/schema";
import { currentLab, currentRequest, SHARED_LAB } from "@/ground/context";
import { forgetLab } from "@/ground/per-lab";
import { clearLabCookie } from "@/lib/auth/visitor-lab/cookie";
import { forgetPresence, inUseHere } from "@/lib/auth/visitor-lab/presence";
import { getSessionStore } from "@/lib/session-store";
import { DEMO_USERS } from "@/lib/users/demo-users";

/**
 * A visitor's lab on a hosted instance (docs/hosting.md): a browser's first login or sign-up
 * opens one — its own copy of the demo accounts, its own JWT and seal settings and keys, made on
 * first use — and every request with its cookie works inside it (the proxy enters it:
 * ground/context.ts carries it to every lab-scoped query). Locally there is one world, as always.
 * Bounded (./opening.ts): new labs per client address and overall, at most `maxLabs` at once (the
 * least recently used idle one makes room); and a lab unused for `idleMinutes` is deleted with all
 * it holds (the sweep below).
 */

const IDLE_MS = config.lab.idleMinutes * 60 * 1000;
// A lab may be evicted to make room once it has been unused this long (never one in use).
export const EVICTABLE_AFTER_MS = 10 * 60 * 1000;

/** Whether this instance gives each visitor a lab (hosted) or keeps one world (local). */
export function hasVisitorLabs(): boolean {
  return config.lab.public;
}

/**
 * The operator works in the shared world, whatever lab the browser was in: their login leaves it
 * (the cookie goes, and the rest of this request is the shared world's).
 */
export async function leaveVisitorLab(): Promise<void> {
  const request = currentRequest();
  if (request === undefined || request.labId === undefined) return;
  request.labId = undefined;
  await clearLabCookie();
}

/** Whether this request works in a visitor's own lab (hosted), not in the shared world. */
export function inVisitorLab(): boolean {
  return currentLab() !== SHARED_LAB;
}

/** "Start over", hosted: the visitor's lab and all it holds go; the next login opens a new one. */
export async function deleteThisVisitorLab(): Promise<boolean> {
  const lab = currentLab();
  if (lab === SHARED_LAB) return false;
  await deleteLab(lab);
  await leaveVisitorLab();
  return true;
}

/** Whether the current lab may add another account (a sign-up, a throw-away account). */
export async function labHasRoomForAccount(): Promise<boolean> {
  const lab = currentLab();
  if (lab === SHARED_LAB) return true;
  return (await countUsersOfLab(lab)) < DEMO_USERS.length + config.lab.accountsPerLab;
}

/**
 * Inserts an account if the current lab has room for it, counted and written in one transaction;
 * null when the name is taken.
 */
export function insertAccountIfRoom(user: NewUser): Promise<User | null | "lab_full"> {
  return inImmediateTransaction(async () =>
    (await labHasRoomForAccount()) ? insertUser(user) : "lab_full",
  );
}

/** The session store's records of deleted accounts (outside the database: memory or Redis). */
export async function forgetStoredSessions(userIds: number[]): Promise<void> {
  const store = getSessionStore();
  for (const id of userIds) await store.deleteForUser(id).catch(() => 0);
}

/**
 * Deletes a lab and all it holds, the session store's records of its accounts included. With
 * `idleBefore`, only if no request has touched it since (judged in the deleting transaction).
 */
export async function deleteLab(labId: string, idleBefore?: Date): Promise<boolean> {
  const userIds = await deleteLabRows(labId, idleBefore);
  if (userIds === null) return false;
  await forgetDeletedLab(labId, userIds);
  return true;
}

/** After a lab's rows are gone: the session store's records, and everything this process kept. */
export async function forgetDeletedLab(labId: string, userIds: number[]): Promise<void> {
  await forgetStoredSessions(userIds);
  forgetPresence(labId);
  forgetLab(labId);
}

/**
 * A lab's "restart" lesson: what a restarted process forgets, for this lab only — with the memory
 * store its accounts' sessions (the other stores keep them, as they would), and its cached
 * settings and keys (read again from the database, as a new process would).
 */
export async function restartVisitorLab(): Promise<void> {
  const lab = currentLab();
  if (lab === SHARED_LAB) return;
  const store = getSessionStore();
  if (store.kind === "memory") {
    for (const user of await listUsers()) await store.deleteForUser(user.id);
  }
  forgetLab(lab);
}

/** Deletes every lab unused for the idle limit (and still unused when it goes); returns how many. */
export async function deleteIdleLabs(now = Date.now()): Promise<number> {
  const cutoff = new Date(now - IDLE_MS);
  let deleted = 0;
  for (const lab of await findLabsIdleSince(cutoff)) {
    if (!inUseHere(lab.id) && (await deleteLab(lab.id, cutoff))) deleted += 1;
  }
  return deleted;
}

/** The operator's view of the labs: how many, and the bounds they live under (docs/hosting.md). */
export async function labsOverview(now = Date.now()): Promise<{
  count: number;
  idle: number;
  max: number;
  idleMinutes: number;
  newPerClient: number;
  newPerHour: number;
  accountsPerLab: number;
}> {
  const { maxLabs, idleMinutes, newPerClient, newPerHour, accountsPerLab } = config.lab;
  return {
    count: await countLabs(),
    idle: (await findLabsIdleSince(new Date(now - EVICTABLE_AFTER_MS))).length,
    max: maxLabs,
    idleMinutes,
    newPerClient,
    newPerHour,
    accountsPerLab,
  };
}

import "server-only";
import crypto from "node:crypto";
import { config } from "@/config";
import {
  countLabs,
  countUsersOfLab,
  deleteLabRows,
  findLabsIdleSince,
  insertLab,
  touchLab,
} from "@/db/queries/labs";
import { insertUser, listUsers } from "@/db/queries/users";
import { currentLab, currentRequest, inLab, SHARED_LAB } from "@/ground/context";
import { forgetLab } from "@/ground/per-lab";
import { processSingleton } from "@/ground/singleton";
import { hashPassword } from "@/lib/auth/password/hashing";
import { clearLabCookie, setLabCookie } from "@/lib/auth/visitor-lab/cookie";
import { clientBucketOf } from "@/lib/throttle/address";
import { getThrottleStore } from "@/lib/throttle";
import type { ThrottleHit } from "@/lib/throttle/rules";
import { getSessionStore } from "@/lib/session-store";
import { DEMO_USERS } from "@/lib/users/demo-users";

/**
 * A visitor's lab on a hosted instance (docs/hosting.md): a browser's first login or sign-up
 * opens one — its own copy of the demo accounts, its own JWT and seal settings and keys, made on
 * first use — and every request with its cookie works inside it (the proxy enters it:
 * ground/context.ts carries it to every lab-scoped query). Locally there is one world, as always.
 * Bounded: new labs per client address and per hour, at most `maxLabs` at once (the least recently
 * used idle one makes room), and a lab unused for `idleMinutes` is deleted with all it holds.
 */

const HOUR_MS = 60 * 60 * 1000;
const IDLE_MS = config.lab.idleMinutes * 60 * 1000;
// A lab may be evicted to make room once it has been unused this long (never one in use).
const EVICTABLE_AFTER_MS = 10 * 60 * 1000;
// last_seen_at is written at most once a minute per lab, not on every request.
const TOUCH_INTERVAL_MS = 60 * 1000;

/** Whether this instance gives each visitor a lab (hosted) or keeps one world (local). */
export function hasVisitorLabs(): boolean {
  return config.lab.public;
}

export type LabOpening =
  { ok: true; labId: string } | { ok: false; reason: "throttled"; retryAfterSeconds: number };

// The demo accounts' hashes, made once per process: a new lab copies them (no argon2 per lab).
const demoHashes = () =>
  processSingleton("visitor-lab-demo-hashes", () =>
    Promise.all(
      DEMO_USERS.map(async (demo) => ({ ...demo, hash: await hashPassword(demo.password) })),
    ),
  );

async function creationAllowed(client: string | null, now: number): Promise<number> {
  const hits: ThrottleHit[] = [
    { key: "lab:new:all", rule: { kind: "window", max: config.lab.newPerHour, windowMs: HOUR_MS } },
  ];
  if (client !== null) {
    hits.push({
      key: `lab:new:client:${clientBucketOf(client)}`,
      rule: { kind: "window", max: config.lab.newPerClientPerHour, windowMs: HOUR_MS },
    });
  }
  return getThrottleStore().attempt(hits, () => now);
}

/** Room for one more lab: at the cap, the least recently used idle lab goes; none idle, none. */
async function makeRoom(now: number): Promise<boolean> {
  if (countLabs() < config.lab.maxLabs) return true;
  const [oldest] = findLabsIdleSince(new Date(now - EVICTABLE_AFTER_MS), 1);
  if (oldest === undefined) return false;
  await deleteLab(oldest.id);
  return true;
}

/**
 * The lab this request works in, opened now if the browser has none (hosted only; the local
 * instance's one world needs none). Called by a login or a sign-up, before it looks anyone up.
 */
export async function ensureVisitorLab(
  client: string | null,
  now = Date.now(),
): Promise<LabOpening> {
  const request = currentRequest();
  if (!hasVisitorLabs() || currentLab() !== SHARED_LAB || request === undefined) {
    return { ok: true, labId: currentLab() };
  }
  const waitMs = await creationAllowed(client, now);
  if (waitMs > 0)
    return { ok: false, reason: "throttled", retryAfterSeconds: Math.ceil(waitMs / 1000) };
  if (!(await makeRoom(now))) {
    return { ok: false, reason: "throttled", retryAfterSeconds: EVICTABLE_AFTER_MS / 1000 };
  }
  const labId = crypto.randomBytes(16).toString("base64url");
  const hashes = await demoHashes();
  insertLab(labId, new Date(now));
  inLab(labId, () => {
    for (const demo of hashes) {
      insertUser({
        username: demo.username,
        displayName: demo.displayName,
        role: demo.role,
        passwordHash: demo.hash,
        createdAt: new Date(now),
        updatedAt: new Date(now),
      });
    }
  });
  known().set(labId, now);
  request.labId = labId;
  await setLabCookie(labId);
  return { ok: true, labId };
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
export function labHasRoomForAccount(): boolean {
  const lab = currentLab();
  if (lab === SHARED_LAB) return true;
  return countUsersOfLab(lab) < DEMO_USERS.length + config.lab.accountsPerLab;
}

// Labs this process has seen alive, with when it last wrote their last_seen_at.
const known = () => processSingleton("visitor-labs-known", () => new Map<string, number>());

/**
 * Whether a lab id (from a genuine cookie) names a lab that still exists, marking it used: one
 * indexed write a minute per lab, no read on the request path once seen.
 */
export function enterLab(labId: string, now = Date.now()): boolean {
  const seen = known().get(labId);
  if (seen !== undefined && now - seen < TOUCH_INTERVAL_MS) return true;
  if (!touchLab(labId, new Date(now))) {
    known().delete(labId);
    return false;
  }
  known().set(labId, now);
  return true;
}

/** Deletes a lab and all it holds, the session store's records of its accounts included. */
export async function deleteLab(labId: string): Promise<void> {
  const userIds = deleteLabRows(labId);
  const store = getSessionStore();
  for (const id of userIds) await store.deleteForUser(id).catch(() => 0);
  known().delete(labId);
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
    for (const user of listUsers()) await store.deleteForUser(user.id);
  }
  forgetLab(lab);
}

/** Deletes every lab unused for the idle limit; returns how many. */
export async function deleteIdleLabs(now = Date.now()): Promise<number> {
  const idle = findLabsIdleSince(new Date(now - IDLE_MS));
  for (const lab of idle) await deleteLab(lab.id);
  return idle.length;
}

/** The operator's view of the labs: how many, and the bounds they live under (docs/hosting.md). */
export function labsOverview(now = Date.now()): {
  count: number;
  idle: number;
  max: number;
  idleMinutes: number;
  newPerClientPerHour: number;
  newPerHour: number;
  accountsPerLab: number;
} {
  const { maxLabs, idleMinutes, newPerClientPerHour, newPerHour, accountsPerLab } = config.lab;
  return {
    count: countLabs(),
    idle: findLabsIdleSince(new Date(now - EVICTABLE_AFTER_MS)).length,
    max: maxLabs,
    idleMinutes,
    newPerClientPerHour,
    newPerHour,
    accountsPerLab,
  };
}

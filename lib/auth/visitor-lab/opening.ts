import "server-only";
import crypto from "node:crypto";
import { config } from "@/config";
import { hasRoomForLab, insertLabWithinCap } from "@/db/queries/labs";
import { insertUser } from "@/db/queries/users";
import { currentLab, currentRequest, inLab, SHARED_LAB } from "@/ground/context";
import { processSingleton } from "@/ground/singleton";
import { hashPassword } from "@/lib/auth/password/hashing";
import { setLabCookie } from "@/lib/auth/visitor-lab/cookie";
import { EVICTABLE_AFTER_MS, forgetDeletedLab, hasVisitorLabs } from "@/lib/auth/visitor-lab/labs";
import { holdLabForRequest, inUseHere, markLabSeen } from "@/lib/auth/visitor-lab/presence";
import { clientBucketOf } from "@/lib/throttle/address";
import { getThrottleStore } from "@/lib/throttle";
import type { ThrottleHit } from "@/lib/throttle/rules";
import { DEMO_USERS } from "@/lib/users/demo-users";

/**
 * Opening a visitor's lab (./labs.ts): a browser's first login or sign-up on a hosted instance.
 * The order is the bounds' (docs/hosting.md): is there room at all (a refusal for want of room
 * spends nobody's budget), then the budgets of new labs — per client address over a short window,
 * so strangers behind one school address are slowed, never shut out for long, and overall per
 * hour — then, in one transaction, the cap again (making room from the least recently used idle
 * lab) and the lab with its demo accounts. A refusal at that last step gives its budget back.
 */

const HOUR_MS = 60 * 60 * 1000;
// The per-client window: short, so a class sharing an address waits minutes, not an hour.
const CLIENT_WINDOW_MS = 10 * 60 * 1000;

export type LabOpening =
  { ok: true; labId: string } | { ok: false; reason: "lab_unavailable"; retryAfterSeconds: number };

// The demo accounts' hashes, made once per process: a new lab copies them (no argon2 per lab).
const demoHashes = () =>
  processSingleton("visitor-lab-demo-hashes", () =>
    Promise.all(
      DEMO_USERS.map(async (demo) => ({ ...demo, hash: await hashPassword(demo.password) })),
    ),
  );

function budgets(client: string | null): ThrottleHit[] {
  const hits: ThrottleHit[] = [
    { key: "lab:new:all", rule: { kind: "window", max: config.lab.newPerHour, windowMs: HOUR_MS } },
  ];
  if (client !== null) {
    hits.push({
      key: `lab:new:client:${clientBucketOf(client)}`,
      rule: { kind: "window", max: config.lab.newPerClient, windowMs: CLIENT_WINDOW_MS },
    });
  }
  return hits;
}

function unavailable(waitMs: number): LabOpening {
  return {
    ok: false,
    reason: "lab_unavailable",
    retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
  };
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
  // Everything that waits comes first: from the cap's check to the insert, no await.
  const hashes = await demoHashes();
  const evictableBefore = new Date(now - EVICTABLE_AFTER_MS);
  const bounds = {
    maxLabs: config.lab.maxLabs,
    evictableBefore,
    mayEvict: (id: string) => !inUseHere(id),
  };
  if (!(await hasRoomForLab(bounds))) return unavailable(EVICTABLE_AFTER_MS);
  const hits = budgets(client);
  const waitMs = await getThrottleStore().attempt(hits, () => now);
  if (waitMs > 0) return unavailable(waitMs);
  const labId = crypto.randomBytes(16).toString("base64url");
  const opened = await insertLabWithinCap(labId, new Date(now), bounds, () =>
    inLab(labId, async () => {
      for (const demo of hashes) {
        const at = new Date(now);
        await insertUser({
          username: demo.username,
          displayName: demo.displayName,
          role: demo.role,
          passwordHash: demo.hash,
          createdAt: at,
          updatedAt: at,
        });
      }
    }),
  );
  if (opened === null) {
    await getThrottleStore().refund(
      hits.map((hit) => hit.key),
      () => now,
    );
    return unavailable(EVICTABLE_AFTER_MS);
  }
  if (opened.evicted !== null) await forgetDeletedLab(opened.evicted.id, opened.evicted.userIds);
  markLabSeen(labId, now);
  request.labId = labId;
  holdLabForRequest(labId);
  await setLabCookie(labId);
  return { ok: true, labId };
}

import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";

// A hosted instance with small bounds, set before config/env.ts reads the environment.
vi.hoisted(() => {
  process.env.LAB_PUBLIC = "true";
  process.env.LAB_MAX = "3";
  process.env.LAB_CLIENT_MAX = "2";
  process.env.LAB_IDLE_MINUTES = "60";
});

// What the request carries: next/headers' cookies, written by the lab's opening.
const jar = vi.hoisted(() => ({ written: [] as Array<{ name: string; value: string }> }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: () => undefined,
    set: (name: string, value: string) => jar.written.push({ name, value }),
  }),
}));

const { getDb } = await import("@/db/client");
const { countLabs, findLabsIdleSince } = await import("@/db/queries/labs");
const { findUserByUsername, listUsers } = await import("@/db/queries/users");
const { jwtSettings, labs, sealSettings, signingKeys, users } = await import("@/db/schema");
const { cookieSettings } = await import("@/config");
const { currentLab, currentRequest, inLab, runInRequest } = await import("@/ground/context");
const { getSigningKeys } = await import("@/lib/auth/jwt/keys");
const { getJwtSettings } = await import("@/lib/auth/jwt/settings");
const { getSealSettings } = await import("@/lib/auth/sealed/settings");
const { verifyPassword } = await import("@/lib/auth/password/hashing");
const { validateSessionToken } = await import("@/lib/auth/session/validation");
const { readLabCookie } = await import("@/lib/auth/visitor-lab/cookie");
const { deleteIdleLabs } = await import("@/lib/auth/visitor-lab/labs");
const { holdLabForRequest } = await import("@/lib/auth/visitor-lab/presence");
const { ensureVisitorLab } = await import("@/lib/auth/visitor-lab/opening");
const { createSession } = await import("@/lib/test/fixtures");

const MINUTE = 60 * 1000;

/** Opens a lab as a login from `address` would, in a request of its own. */
function open(address: string, now = Date.now()) {
  return runInRequest(async () => {
    const opened = await ensureVisitorLab(address, now);
    return { opened, lab: currentLab() };
  });
}

/** As if the lab's last request was `minutes` ago. */
async function makeIdle(labId: string, minutes: number): Promise<void> {
  const at = new Date(Date.now() - minutes * MINUTE);
  await getDb().update(labs).set({ lastSeenAt: at }).where(eq(labs.id, labId));
}

async function deleteAllLabs(): Promise<void> {
  for (const lab of await findLabsIdleSince(new Date(Date.now() + MINUTE))) {
    await makeIdle(lab.id, 1000);
  }
}

beforeEach(async () => {
  jar.written = [];
  await deleteAllLabs();
  await deleteIdleLabs();
});

describe("opening a visitor's lab", () => {
  it("gives the browser a signed lab cookie and its own demo accounts, with their passwords", async () => {
    const { opened, lab } = await open("198.51.100.1");
    expect(opened).toEqual({ ok: true, labId: lab });
    const cookie = jar.written.find((c) => c.name === cookieSettings.visitorLab.name)!;
    const reader = { get: () => ({ name: cookie.name, value: cookie.value }) };
    expect(readLabCookie(reader)).toBe(lab);
    const alice = (await inLab(lab, () => findUserByUsername("alice")))!;
    expect(await verifyPassword(alice.passwordHash, "alice-in-the-lab")).toBe(true);
    expect((await inLab(lab, () => listUsers())).map((user) => user.username).sort()).toEqual([
      "admin",
      "alice",
      "bob",
    ]);
  });

  it("opens none when the request already works in one", async () => {
    const { lab } = await open("198.51.100.2");
    const again = await inLab(lab, () => ensureVisitorLab("198.51.100.2"));
    expect(again).toEqual({ ok: true, labId: lab });
    expect(await countLabs()).toBe(1);
  });

  it("refuses a client past its budget of new labs, not another client", async () => {
    await open("198.51.100.3");
    await open("198.51.100.3");
    const third = await open("198.51.100.3");
    expect(third.opened).toMatchObject({ ok: false, reason: "lab_unavailable" });
    expect(third.lab).toBe("");
    expect((await open("198.51.100.4")).opened.ok).toBe(true);
  });

  it("at the cap, makes room by deleting the least recently used idle lab — never one in use", async () => {
    const first = await open("203.0.113.1");
    const second = await open("203.0.113.2");
    await open("203.0.113.3");
    expect(await countLabs()).toBe(3);
    // All three in use: the fourth waits.
    const refused = await open("203.0.113.4");
    expect(refused.opened).toMatchObject({ ok: false, reason: "lab_unavailable" });
    await makeIdle(second.lab, 20);
    await makeIdle(first.lab, 30);
    const fourth = await open("203.0.113.5");
    expect(fourth.opened.ok).toBe(true);
    expect(await countLabs()).toBe(3);
    expect(await inLab(first.lab, () => listUsers())).toEqual([]);
    expect((await inLab(second.lab, () => listUsers())).length).toBe(3);
  });
});

describe("deleting idle labs", () => {
  it("deletes a lab idle past the limit with everything in it, and keeps a lab in use", async () => {
    const idle = (await open("192.0.2.1")).lab;
    const busy = (await open("192.0.2.2")).lab;
    const alice = (await inLab(idle, () => findUserByUsername("alice")))!;
    const { token } = await inLab(idle, () =>
      createSession(alice.id, { userAgent: null, ip: null }),
    );
    await inLab(idle, () => getSigningKeys());
    await inLab(idle, () => getJwtSettings());
    await inLab(idle, () => getSealSettings());
    await makeIdle(idle, 61);
    await makeIdle(busy, 59);
    expect(await deleteIdleLabs()).toBe(1);
    const db = getDb();
    expect(await db.select().from(users).where(eq(users.labId, idle))).toEqual([]);
    expect(await db.select().from(signingKeys).where(eq(signingKeys.labId, idle))).toEqual([]);
    expect(await db.select().from(jwtSettings).where(eq(jwtSettings.labId, idle))).toEqual([]);
    expect(await db.select().from(sealSettings).where(eq(sealSettings.labId, idle))).toEqual([]);
    expect(await inLab(idle, () => validateSessionToken(token))).toMatchObject({ ok: false });
    expect((await inLab(busy, () => listUsers())).length).toBe(3);
  });

  it("never deletes a lab while one of its requests is under way, whatever last_seen_at says", async () => {
    const lab = (await open("192.0.2.3")).lab;
    // A request in the lab, as server.mjs opens one: it ends when its response is over.
    const ends: Array<() => void> = [];
    runInRequest(() => {
      currentRequest()!.ends = ends;
      holdLabForRequest(lab);
    });
    await makeIdle(lab, 61);
    expect(await deleteIdleLabs()).toBe(0);
    for (const end of ends) end();
    expect(await deleteIdleLabs()).toBe(1);
  });
});

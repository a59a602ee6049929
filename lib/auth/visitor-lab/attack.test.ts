import crypto from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { countUsersOfLab } from "@/db/queries/labs";
import { cookieSettings, config } from "@/config";
import { inLab } from "@/ground/context";
import { startRefreshFamily } from "@/lib/auth/jwt/refresh";
import { createAccessToken } from "@/lib/auth/jwt/tokens";
import { registerUser } from "@/lib/auth/login/authenticate";
import { validateSessionToken } from "@/lib/auth/session/validation";
import { describeRefreshFamily, jwtServerView } from "@/lib/inspect/jwt-server";
import { createSession, makeUser } from "@/lib/test/fixtures";
import { DEMO_USERS } from "@/lib/users/demo-users";
import { toPublicUser } from "@/lib/users/public-user";

// An outside tester's attacks on the lab boundary that the unit level can show (inLab): with one
// lab's credentials — or none — nothing in another lab may be read, changed or ended, and a
// lab's bounds hold under concurrency. Each test names the finding it once failed for. The HTTP-level attacks are in
// e2e/visitor-labs-attack.spec.ts; the isolation that holds is in ./isolation.test.ts.

// The request's cookies, as next/headers gives them to the logout under test.
const request = vi.hoisted(() => ({ cookies: new Map<string, string>() }));

vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) =>
      request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined,
    set: () => {},
  }),
}));

const { logOutOfSession } = await import("@/lib/auth/login/logout");

const newLab = () => crypto.randomBytes(16).toString("base64url");

beforeEach(async () => request.cookies.clear());

describe("an attacker in one lab", () => {
  it("cannot end another lab's session by logging out with its cookie (finding: session logout deletes by token hash, unscoped)", async () => {
    const [A, B] = [newLab(), newLab()];
    const alice = await inLab(A, () => makeUser({ username: "alice" }));
    const { token } = await inLab(A, () => createSession(alice.id, { userAgent: null, ip: null }));
    // Lab B's request carrying lab A's session cookie: there it is no session at all...
    expect(await inLab(B, () => validateSessionToken(token))).toMatchObject({ ok: false });
    request.cookies.set(cookieSettings.session.name, token);
    await inLab(B, () => logOutOfSession());
    // ...so logging out there must end nothing in A.
    expect((await inLab(A, () => validateSessionToken(token))).ok).toBe(true);
  });

  it("cannot read another lab's refresh family through the inspector (finding: jwtServerView trusts an unverified fid; findRefreshFamily is unscoped)", async () => {
    const [A, B] = [newLab(), newLab()];
    const alice = await inLab(A, () => makeUser({ username: "alice" }));
    const family = await inLab(A, () => startRefreshFamily(alice.id));
    const { token } = await inLab(A, () =>
      createAccessToken(toPublicUser(alice), Date.now(), { familyId: family.familyId }),
    );
    expect(await inLab(A, () => describeRefreshFamily(family.familyId))).not.toBeNull();
    // A's own token, shown in lab B: its family is A's business, not B's.
    expect(await inLab(B, () => describeRefreshFamily(family.familyId))).toBeNull();
    expect((await inLab(B, () => jwtServerView(token, Date.now()))).family).toBeNull();
    // A token nobody signed that merely names the family: nothing, in any lab.
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const forged = `${part({ alg: "none" })}.${part({ sub: "1", fid: family.familyId })}.`;
    expect((await inLab(B, () => jwtServerView(forged, Date.now()))).family).toBeNull();
  });
});

describe("a lab's bounds", () => {
  it("hold LAB_ACCOUNTS_MAX when sign-ups race (finding: registerUser counts, hashes, then inserts — not atomic)", async () => {
    const lab = newLab();
    const cap = DEMO_USERS.length + config.lab.accountsPerLab;
    // Two places left, then six sign-ups at once.
    await inLab(lab, async () => {
      for (let i = 0; i < cap - 2; i += 1) await makeUser();
    });
    const attempts = Array.from({ length: 6 }, (_, i) =>
      inLab(lab, () =>
        registerUser({
          username: `racer-${i}-${crypto.randomBytes(3).toString("hex")}`,
          displayName: `Racer ${i}`,
          password: `a racing passphrase number ${i}`,
        }),
      ),
    );
    const results = await Promise.all(attempts);
    expect(results.filter((result) => result.ok)).toHaveLength(2);
    expect(await countUsersOfLab(lab)).toBeLessThanOrEqual(cap);
  });
});

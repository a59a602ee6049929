import { request, type APIRequestContext, type BrowserContext } from "@playwright/test";
import type { AppServer } from "./support/app-server";
import { apiLogin, COOKIE, demoUser, expect, idOf, test } from "./support/fixtures";
import {
  accessTokenOf,
  decodeAccessToken,
  expectDashboardsGreet,
  identities,
  labCookieOf,
  logInEverywhere,
  newVisitor,
  recentTraces,
  windowInLab,
  withHostedServer,
  type Identities,
} from "./support/visitor-labs";

// The proof that a hosted instance can hold a class at once: visitor A, as its lab's
// admin, flips every lab switch and restarts its lab, while visitor B sits logged in to all three
// areas. B's pages, token, settings and traces must not move. The memory session store, so that
// the restart ends A's sessions for real (as it would the server's) and could end B's.
test.describe.configure({ timeout: 240_000 });

const alice = demoUser("alice");
const admin = demoUser("admin");

type Flip = (admin: APIRequestContext) => Promise<void>;

async function expectStatus(
  response: Promise<import("@playwright/test").APIResponse>,
  status = 200,
): Promise<void> {
  const answered = await response;
  expect(answered.status(), `${answered.url()}: ${await answered.text()}`).toBe(status);
}

const jwtSetting =
  (data: Record<string, unknown>): Flip =>
  (api) =>
    expectStatus(api.put("/api/admin/jwt-settings", { data }));

/** Every switch of a lab's admin page, in an order that keeps each one meaningful. */
function switches(firstKid: string): Array<[string, Flip]> {
  return [
    ["revocation strategy: deny-list", jwtSetting({ revocation: "denylist" })],
    ["algorithm: ES256", jwtSetting({ algorithm: "ES256" })],
    ["access-token lifetime: 60 s", jwtSetting({ accessTtl: 60 })],
    ["JWE on", jwtSetting({ encrypted: true })],
    ["rotate the signing key", (api) => expectStatus(api.post("/api/admin/keys/rotate"))],
    ["retire the first key", (api) => expectStatus(api.post(`/api/admin/keys/${firstKid}/retire`))],
    ["rotate the seal password", (api) => expectStatus(api.post("/api/admin/seal/rotate"))],
    [
      "retire the old seal password",
      async (api) => {
        const { passwordIds } = await (await api.get("/api/admin/seal")).json();
        const oldest = Math.min(...(passwordIds as number[]));
        await expectStatus(api.post(`/api/admin/seal/passwords/${oldest}/retire`));
      },
    ],
    [
      "cookie cache: 30 s",
      (api) => expectStatus(api.put("/api/admin/seal", { data: { cookieCacheSeconds: 30 } })),
    ],
    [
      "disable bob",
      async (api) =>
        expectStatus(
          api.patch(`/api/admin/users/${await idOf(api, "bob")}`, { data: { disabled: true } }),
        ),
    ],
    [
      "force-logout alice",
      async (api) => expectStatus(api.post(`/api/admin/users/${await idOf(api, "alice")}/logout`)),
    ],
    ["restart", (api) => expectStatus(api.post("/api/admin/server/restart"), 202)],
  ];
}

/** The lab's settings as its admin reads them: JWT settings and keys, seal passwords, cache. */
async function adminView(api: APIRequestContext): Promise<unknown[]> {
  const jwt = await api.get("/api/admin/jwt-settings");
  const seal = await api.get("/api/admin/seal");
  expect([jwt.status(), seal.status()]).toEqual([200, 200]);
  return [await jwt.json(), await seal.json()];
}

/**
 * B's credentials and lab cookie in a client of their own, without B's inspector cookie: the
 * checks after each switch must not fill B's trace buffer with their own requests.
 */
async function copyOf(context: BrowserContext, server: AppServer): Promise<APIRequestContext> {
  const { cookies } = await context.storageState();
  return request.newContext({
    baseURL: server.url,
    storageState: { cookies: cookies.filter((c) => c.name !== "lab_inspector"), origins: [] },
  });
}

test("hosted: one visitor flips every lab switch and restarts; the other's pages, token, settings and traces stay as they were", async ({
  browser,
}) => {
  await withHostedServer(
    async (server) => {
      const [a, b] = await Promise.all([newVisitor(browser, server), newVisitor(browser, server)]);
      await Promise.all([logInEverywhere(a.page), logInEverywhere(b.page)]);

      // B as it stands: who it is, its token, its admin's view (a second window in B's lab).
      const bAdmin = await windowInLab(browser, server, await labCookieOf(b.context));
      await apiLogin(bAdmin.request, "session", admin);
      const ids: Identities = await identities(b.context.request);
      const token = await accessTokenOf(b.context);
      const { header, claims } = decodeAccessToken(token);
      const settingsOfB = await adminView(bAdmin.request);
      const tracesOfB = await recentTraces(b.context.request);
      const bCopy = await copyOf(b.context, server);

      // A: its lab's admin, logged in just now (fresh enough for every sensitive switch).
      await apiLogin(a.context.request, "session", admin);
      const [first] = (
        (await a.context.request.get("/api/admin/jwt-settings").then((r) => r.json()))
          .keys as Array<{ kid: string; status: string }>
      ).filter((k) => k.status === "current");
      for (const [name, flip] of switches(first!.kid)) {
        await flip(a.context.request);
        expect(await identities(bCopy), `B after A's "${name}"`).toEqual(ids);
      }
      // The restart was real in A's lab: with the memory store, its sessions are gone. (Its cookie
      // cache, switched on above, would vouch for the admin's for 30 s more, as after a real
      // restart: the store is what the restart emptied, so ask the store.)
      await a.context.clearCookies({ name: COOKIE.sessionCache });
      expect((await identities(a.context.request)).session).toBeNull();

      // B's traces: exactly what they were (at most B's own look at them since), none of A's.
      const after = await recentTraces(b.context.request);
      const known = new Set(tracesOfB.map((trace) => trace.id));
      const added = after.filter((trace) => !known.has(trace.id));
      expect(added.map((t) => t.path).filter((p) => p !== "/api/inspect/recent")).toEqual([]);
      expect(after.filter((t) => known.has(t.id))).toEqual(tracesOfB);
      // (A's own, to show the check could fail: its admin calls are in its own trace buffer.)
      const ofA = (await recentTraces(a.context.request)).map((t) => `${t.method} ${t.path}`);
      expect(ofA).toContain("POST /api/admin/keys/rotate");

      // B's token: the same bytes, header and claims, still accepted.
      expect(await accessTokenOf(b.context)).toBe(token);
      expect(decodeAccessToken(token).header).toEqual(header);
      const me = await b.context.request.get("/api/jwt/me");
      expect(me.status()).toBe(200);
      expect((await me.json()).claims).toEqual(claims);
      await expectDashboardsGreet(b.page, alice.displayName);

      // B's admin: still logged in, every setting and key as before; B's bob still logs in.
      expect(await adminView(bAdmin.request)).toEqual(settingsOfB);
      const bobOfB = await windowInLab(browser, server, await labCookieOf(b.context));
      await apiLogin(bobOfB.request, "session", demoUser("bob"));

      // And A's switches held in A's lab (its next admin login sees them), unlike B's.
      await apiLogin(a.context.request, "session", admin);
      const [jwtOfA] = await adminView(a.context.request);
      expect(jwtOfA).toMatchObject({
        settings: { revocation: "denylist", algorithm: "ES256", accessTtlSeconds: 60 },
      });
      expect(jwtOfA).not.toEqual(settingsOfB[0]);
      await bCopy.dispose();
      await Promise.all([a.context, b.context, bAdmin, bobOfB].map((c) => c.close()));
    },
    { SESSION_STORE: "memory" },
  );
});

import { request, type APIRequestContext } from "@playwright/test";
import { withAppServer, type AppServer } from "./support/app-server";
import { demoUser, expect, logInThroughForm, test } from "./support/fixtures";

// These scenarios change the server-wide JWT settings, so each runs its own server process.
test.describe.configure({ timeout: 120_000 });

const alice = demoUser("alice");
const admin = demoUser("admin");

const withServer = (run: (server: AppServer) => Promise<void>) => withAppServer({}, run);

async function client(server: AppServer): Promise<APIRequestContext> {
  return request.newContext({ baseURL: server.url });
}

async function adminClient(server: AppServer): Promise<APIRequestContext> {
  const api = await client(server);
  const login = await api.post("/api/session/login", { data: admin });
  expect(login.status()).toBe(200);
  return api;
}

async function jwtLogin(server: AppServer, transport: "cookie" | "bearer" = "bearer") {
  const api = await client(server);
  const response = await api.post("/api/jwt/login", {
    data: { username: alice.username, password: alice.password, transport },
  });
  expect(response.status()).toBe(200);
  return { api, body: await response.json() };
}

const asBearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

test("C23 a deny-list stops a copy taken before logout, where strategy none lets it work (C22)", async () => {
  await withServer(async (server) => {
    const outsider = await client(server);
    for (const [strategy, afterLogout] of [
      ["none", 200],
      ["denylist", 401],
      ["token-version", 401],
    ] as const) {
      const settings = await (
        await adminClient(server)
      ).put("/api/admin/jwt-settings", {
        data: { revocation: strategy },
      });
      expect(settings.status()).toBe(200);
      const { api, body } = await jwtLogin(server);
      const copy = body.accessToken as string;
      expect((await outsider.get("/api/jwt/me", asBearer(copy))).status()).toBe(200);
      expect((await api.post("/api/jwt/logout", asBearer(copy))).status()).toBe(204);
      const replay = await outsider.get("/api/jwt/me", asBearer(copy));
      expect(replay.status(), `strategy ${strategy}`).toBe(afterLogout);
    }
    // The cost, as the inspector's trace counts it: one lookup per request under a deny-list.
    const { body } = await jwtLogin(server);
    const page = await client(server);
    await page.get("/jwt", asBearer(body.accessToken));
    const traces = await (await page.get("/api/inspect/recent")).json();
    const checks = traces.traces.flatMap((t: { checks: { step: string }[] }) => t.checks);
    expect(checks.some((c: { step: string }) => c.step === "revocation_check")).toBe(true);
  });
});

test("C25 refresh rotates the token; reusing an old one kills the whole family", async () => {
  await withServer(async (server) => {
    const { api, body } = await jwtLogin(server);
    const first = body.refreshToken as string;
    const rotated = await api.post("/api/jwt/refresh", { data: { refreshToken: first } });
    expect(rotated.status()).toBe(200);
    const second = await rotated.json();
    expect(second.refreshToken).not.toBe(first);
    expect(second.generation).toBe(2);
    expect((await api.get("/api/jwt/me", asBearer(second.accessToken))).status()).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, 2500)); // past the double-submit grace
    const reuse = await api.post("/api/jwt/refresh", { data: { refreshToken: first } });
    expect(reuse.status()).toBe(401);
    expect((await reuse.json()).error).toBe("refresh_reused");
    // The legitimate holder's newer token is dead too: the family is revoked.
    const after = await api.post("/api/jwt/refresh", {
      data: { refreshToken: second.refreshToken },
    });
    expect((await after.json()).error).toBe("refresh_revoked");
  });
});

test("C24 rotating the key logs nobody out; retiring the old key logs everyone out", async () => {
  await withServer(async (server) => {
    const adminApi = await adminClient(server);
    const { api, body } = await jwtLogin(server);
    const oldToken = body.accessToken as string;
    const rotate = await adminApi.post("/api/admin/keys/rotate");
    expect(rotate.status()).toBe(200);
    const { rotated, keys } = await rotate.json();
    expect((await api.get("/api/jwt/me", asBearer(oldToken))).status()).toBe(200);
    const jwks = await (await api.get("/.well-known/jwks.json")).json();
    expect(jwks.keys).toHaveLength(2);

    const previous = keys.find((k: { status: string }) => k.status === "previous");
    const current = await adminApi.post(`/api/admin/keys/${rotated.kid}/retire`);
    expect(current.status()).toBe(409);
    const retire = await adminApi.post(`/api/admin/keys/${previous.kid}/retire`);
    expect(retire.status()).toBe(200);
    const dead = await api.get("/api/jwt/me", asBearer(oldToken));
    expect(dead.status()).toBe(401);
    const { body: fresh } = await jwtLogin(server);
    expect((await api.get("/api/jwt/me", asBearer(fresh.accessToken))).status()).toBe(200);
  });
});

test("C28 an encrypted token has five segments and no readable payload", async ({ browser }) => {
  await withServer(async (server) => {
    const adminApi = await adminClient(server);
    await adminApi.put("/api/admin/jwt-settings", { data: { encrypted: true } });
    const { api, body } = await jwtLogin(server);
    const token = body.accessToken as string;
    const segments = token.split(".");
    expect(segments).toHaveLength(5);
    for (const part of segments) {
      expect(Buffer.from(part, "base64url").toString("latin1")).not.toContain(alice.username);
    }
    const me = await api.get("/api/jwt/me", asBearer(token));
    expect(me.status()).toBe(200);
    expect((await me.json()).user.username ?? alice.username).toBeTruthy();

    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await logInThroughForm(page, "jwt", alice);
    await expect(page.getByTestId("jwe-segments")).toContainText("5 segments (JWE)");
    await context.close();
  });
});

test("silent refresh keeps a user logged in across several access lifetimes", async ({
  browser,
}) => {
  await withServer(async (server) => {
    const adminApi = await adminClient(server);
    await adminApi.put("/api/admin/jwt-settings", { data: { accessTtl: 10 } });
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await logInThroughForm(page, "jwt", alice);
    // Three access lifetimes later the page is still signed in, on its fourth generation or so.
    await expect(page.getByTestId("silent-refresh")).toContainText(/generation [3-9]/, {
      timeout: 45_000,
    });
    await expect(page).toHaveURL(/\/jwt$/);
    expect((await page.request.get("/api/jwt/me")).status()).toBe(200);
    await context.close();
  });
});

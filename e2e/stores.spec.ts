import crypto from "node:crypto";
import { rmSync } from "node:fs";
import { request, type APIRequestContext, type Browser } from "@playwright/test";
import {
  prepareDataDir,
  redisUrl,
  startAppServer,
  startRedis,
  type AppServer,
} from "./support/app-server";
import { demoUser, expect, LoginPage, test } from "./support/fixtures";

// Each scenario runs its own server processes (a restart, two instances), so they take longer.
test.describe.configure({ timeout: 120_000 });

const alice = demoUser("alice");
const admin = demoUser("admin");

async function loggedInClient(server: AppServer): Promise<APIRequestContext> {
  const client = await request.newContext({ baseURL: server.url });
  const login = await client.post("/api/session/login", {
    data: { username: alice.username, password: alice.password },
  });
  expect(login.status()).toBe(200);
  return client;
}

/** A client for `server` holding the cookies `from` holds: the same browser, another instance. */
async function sameCookiesOn(
  server: AppServer,
  from: APIRequestContext,
): Promise<APIRequestContext> {
  return request.newContext({ baseURL: server.url, storageState: await from.storageState() });
}

async function storeEnv(store: "sqlite" | "memory" | "redis"): Promise<Record<string, string>> {
  if (store !== "redis") return { SESSION_STORE: store };
  return {
    SESSION_STORE: "redis",
    REDIS_URL: await redisUrl(),
    REDIS_PREFIX: `e2e:${crypto.randomUUID()}:`,
  };
}

// The admin page's "Restart the server": the process really exits and its supervisor starts a
// new one; what survives depends only on where the store keeps its records.
async function restartScenario(
  browser: Browser,
  store: "sqlite" | "memory" | "redis",
  survives: boolean,
): Promise<void> {
  const dataDir = prepareDataDir();
  const server = await startAppServer(dataDir, await storeEnv(store));
  const context = await browser.newContext({ baseURL: server.url });
  try {
    const device = await loggedInClient(server);
    const page = await context.newPage();
    const login = new LoginPage(page, "session");
    await page.goto("/session/login?next=/admin");
    await login.logIn(admin.username, admin.password);
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByTestId("admin-store")).toContainText(
      `SESSION_STORE=${store}: 2 sessions`,
    );

    // The admin page's button: the process really exits and its supervisor starts a new one.
    await page.getByRole("button", { name: "Restart the server" }).click();
    await expect(page.getByTestId("restart-done")).toBeVisible({ timeout: 60_000 });

    expect((await device.get("/api/session/me")).status()).toBe(survives ? 200 : 401);
    await page.goto("/admin");
    if (survives) {
      await expect(page.getByTestId("admin-store")).toContainText("2 sessions");
    } else {
      await expect(page).toHaveURL(/\/session\/login\?.*reason=session_not_found/);
    }
    await device.dispose();
  } finally {
    await context.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

test("C07 memory store loses every session on restart", ({ browser }) =>
  restartScenario(browser, "memory", false));
test("C07 sqlite store keeps every session across a restart", ({ browser }) =>
  restartScenario(browser, "sqlite", true));
test("C07 redis store keeps every session across a restart", ({ browser }) =>
  restartScenario(browser, "redis", true));

test("C34 two instances sharing Redis share their sessions; memory stores do not", async () => {
  const dataDir = prepareDataDir();
  const redis = await storeEnv("redis");
  const [one, two, lonely] = await Promise.all([
    startAppServer(dataDir, redis),
    startAppServer(dataDir, redis),
    startAppServer(dataDir, { SESSION_STORE: "memory" }),
  ]);
  try {
    // Logged in on instance one; the same cookie is accepted by instance two.
    const client = await loggedInClient(one);
    const onTwo = await sameCookiesOn(two, client);
    expect((await onTwo.get("/api/session/me")).status()).toBe(200);
    const devices = await (await onTwo.get("/api/session/sessions")).json();
    expect(devices.sessions).toHaveLength(1);

    // Logging out on instance two ends the session on instance one at once.
    expect((await onTwo.post("/api/session/logout")).status()).toBe(204);
    expect((await client.get("/api/session/me")).status()).toBe(401);

    // An instance with its own memory store has never heard of a session made elsewhere.
    const memoryClient = await loggedInClient(one);
    const onLonely = await sameCookiesOn(lonely, memoryClient);
    expect((await onLonely.get("/api/session/me")).status()).toBe(401);
    expect((await memoryClient.get("/api/session/me")).status()).toBe(200);
    await Promise.all([client, onTwo, memoryClient, onLonely].map((c) => c.dispose()));
  } finally {
    await Promise.all([one, two, lonely].map((s) => s.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test("a Redis outage answers 503 store_unavailable and an inline login message, never a 500; the app recovers when Redis is back", async ({
  browser,
}) => {
  const dataDir = prepareDataDir();
  let redis = await startRedis();
  const server = await startAppServer(dataDir, {
    SESSION_STORE: "redis",
    REDIS_URL: redis.url,
    REDIS_PREFIX: `e2e:${crypto.randomUUID()}:`,
  });
  const context = await browser.newContext({ baseURL: server.url });
  try {
    const client = await loggedInClient(server);
    expect((await client.get("/api/session/me")).status()).toBe(200);
    const page = await context.newPage();
    const form = new LoginPage(page, "session");
    await form.goto();
    await form.logIn(alice.username, alice.password);
    await expect(page).toHaveURL(/\/session$/);

    redis.stop();
    await expect
      .poll(async () => (await client.get("/api/session/me")).status(), { timeout: 10_000 })
      .toBe(503);
    const me = await client.get("/api/session/me");
    expect(me.headers()["retry-after"]).toBe("5");
    expect(await me.json()).toMatchObject({ error: "store_unavailable" });
    const login = await client.post("/api/session/login", {
      data: { username: alice.username, password: alice.password },
    });
    expect(login.status()).toBe(503);
    expect((await client.get("/api/session/sessions")).status()).toBe(503);

    // A session page cannot check the session: the login page says why, no error page.
    await page.goto("/session");
    await expect(page).toHaveURL(/\/session\/login\?.*reason=store_unavailable/);
    await expect(page.getByText("The session store is unreachable right now")).toBeVisible();
    await form.logIn(alice.username, alice.password);
    await expect(form.formError()).toContainText("The session store is unreachable");
    // The compare view shows both areas; with the session store away it says so (no 500).
    const compare = await page.goto("/compare");
    expect(compare?.status()).toBe(200);
    await expect(page.getByText("The session store is unreachable right now")).toBeVisible();
    expect((await client.get("/api/compare/admin")).status()).toBeLessThan(500);
    // The JWT area keeps no session: it does not care.
    expect(
      (
        await client.post("/api/jwt/login", {
          data: { username: alice.username, password: alice.password },
        })
      ).status(),
    ).toBe(200);

    // Redis back on its port (empty: it kept nothing on disk): the old session is gone, and new
    // logins work again once the client has reconnected.
    redis = await startRedis({ port: redis.port });
    await expect
      .poll(async () => (await client.get("/api/session/me")).status(), { timeout: 15_000 })
      .toBe(401);
    const again = await loggedInClient(server);
    expect((await again.get("/api/session/me")).status()).toBe(200);
    await Promise.all([client, again].map((c) => c.dispose()));
  } finally {
    await context.close();
    await server.stop();
    redis.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

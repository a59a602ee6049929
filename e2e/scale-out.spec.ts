import { rmSync } from "node:fs";
import { request, type APIRequestContext } from "@playwright/test";
import { prepareDataDir, redisUrl, startAppServer, type AppServer } from "./support/app-server";
import { demoUser, expect, test } from "./support/fixtures";

// The scale-out rules, with real processes: two instances on one database, and restarts.
test.describe.configure({ timeout: 120_000 });

const admin = demoUser("admin");
const alice = demoUser("alice");

async function client(server: AppServer): Promise<APIRequestContext> {
  return request.newContext({ baseURL: server.url });
}

async function twoInstances(
  env: Record<string, string>,
  run: (one: AppServer, two: AppServer, dataDir: string) => Promise<void>,
): Promise<void> {
  const dataDir = prepareDataDir();
  const [one, two] = await Promise.all([
    startAppServer(dataDir, env),
    startAppServer(dataDir, env),
  ]);
  try {
    await run(one, two, dataDir);
  } finally {
    await Promise.all([one.stop(), two.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

for (const store of ["sqlite", "redis"] as const) {
  test(`the login throttle counts across instances and survives a restart (${store})`, async () => {
    const env: Record<string, string> =
      store === "redis"
        ? {
            SESSION_STORE: "redis",
            REDIS_URL: await redisUrl(),
            REDIS_PREFIX: `e2e-${Date.now()}:`,
          }
        : {};
    await twoInstances(env, async (one, two, dataDir) => {
      const wrong = { username: alice.username, password: "wrong-password" };
      const [onOne, onTwo] = [await client(one), await client(two)];
      // 6 failures spread over both instances: the budget is one, so the next attempt waits.
      for (let i = 0; i < 6; i++) {
        const answer = await (i % 2 ? onTwo : onOne).post("/api/session/login", { data: wrong });
        expect(answer.status()).toBe(401);
      }
      expect((await onTwo.post("/api/session/login", { data: wrong })).status()).toBe(429);
      expect((await onOne.post("/api/session/login", { data: wrong })).status()).toBe(429);

      // A restart keeps the counters (they are in the store, not in the process): the 1 s wait
      // is over by then, but the 7th failure brings the next wait at once (a fresh counter would
      // give 5 free failures).
      await one.stop();
      const again = await startAppServer(dataDir, env);
      try {
        const fresh = await client(again);
        await new Promise((resolve) => setTimeout(resolve, 1100)); // past the 1 s wait, surely
        expect((await fresh.post("/api/session/login", { data: wrong })).status()).toBe(401);
        expect((await fresh.post("/api/session/login", { data: wrong })).status()).toBe(429);
      } finally {
        await again.stop();
      }
    });
  });
}

test("an admin's change on one instance reaches the other within the documented bound (1 s)", async () => {
  await twoInstances({}, async (one, two) => {
    const adminOnOne = await client(one);
    expect((await adminOnOne.post("/api/session/login", { data: admin })).status()).toBe(200);
    const adminOnTwo = await client(two);
    expect((await adminOnTwo.post("/api/session/login", { data: admin })).status()).toBe(200);
    const strategyOnTwo = async () =>
      (await (await adminOnTwo.get("/api/admin/jwt-settings")).json()).settings.revocation;
    expect(await strategyOnTwo()).toBe("none");
    // The admin page states the bound it is held to.
    expect(await (await adminOnTwo.get("/admin")).text()).toMatch(
      /within (<!-- -->)?1(<!-- -->)? s/,
    );

    // A token signed by the first key, verified (and memoised) by instance two.
    const bearer = await client(two);
    const login = await bearer.post("/api/jwt/login", { data: { ...alice, transport: "bearer" } });
    const { accessToken } = await login.json();
    const me = () =>
      bearer.get("/api/jwt/me", { headers: { authorization: `Bearer ${accessToken}` } });
    expect((await me()).status()).toBe(200);

    // Strategy change on one: two follows.
    const changed = await adminOnOne.put("/api/admin/jwt-settings", {
      data: { revocation: "token-version" },
    });
    expect(changed.status()).toBe(200);
    const started = Date.now();
    await expect.poll(strategyOnTwo, { timeout: 3000, intervals: [100] }).toBe("token-version");
    expect(Date.now() - started).toBeLessThan(2500);

    // Rotate, then retire the old key on one: the token dies on two, memo or not.
    const rotated = await adminOnOne.post("/api/admin/keys/rotate");
    expect(rotated.status()).toBe(200);
    const keys = (await (await adminOnOne.get("/api/admin/jwt-settings")).json()).keys as Array<{
      kid: string;
      status: string;
    }>;
    const previous = keys.find((k) => k.status === "previous");
    expect(previous).toBeDefined();
    expect((await me()).status()).toBe(200);
    const retired = await adminOnOne.post(`/api/admin/keys/${previous!.kid}/retire`);
    expect(retired.status()).toBe(200);
    await expect
      .poll(async () => (await me()).status(), { timeout: 3000, intervals: [100] })
      .toBe(401);
  });
});

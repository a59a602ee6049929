import { request, type APIRequestContext } from "@playwright/test";
import { withAppServer, type AppServer } from "./support/app-server";
import { demoUser, expect, test } from "./support/fixtures";

// The BFF lane under the admin's server-wide JWT settings: each case runs its own server process.
test.describe.configure({ timeout: 120_000 });

const alice = demoUser("alice");
const admin = demoUser("admin");

async function loggedIn(
  server: AppServer,
  user: { username: string; password: string },
  path: string,
) {
  const api = await request.newContext({ baseURL: server.url });
  expect((await api.post(path, { data: user })).status()).toBe(200);
  return api;
}

const bffOf = (server: AppServer): Promise<APIRequestContext> =>
  loggedIn(server, alice, "/api/jwt/bff/login");
const adminOf = (server: AppServer): Promise<APIRequestContext> =>
  loggedIn(server, admin, "/api/session/login");

test("under encrypted tokens the JWKS-only resource API refuses every token, and the BFF says so (409), describing both hops", async () => {
  await withAppServer({}, async (server) => {
    const settings = await (
      await adminOf(server)
    ).put("/api/admin/jwt-settings", {
      data: { encrypted: true },
    });
    expect(settings.status()).toBe(200);
    const call = await (await bffOf(server)).get("/api/jwt/bff/me");
    expect(call.status()).toBe(409);
    const body = await call.json();
    expect(body).toMatchObject({ error: "resource_refused", resource: { status: 401 } });
    expect(body.message).toContain("published keys");
    // Renewed once before giving up; the encrypted token's claims are not readable on the way.
    expect(body.refreshed).toMatchObject({ generation: 2 });
    expect(body.hops[1]).toMatchObject({ claims: null, status: 401 });
  });
});

test("after the key that signed its token is retired, the BFF renews once and the call goes through", async () => {
  await withAppServer({}, async (server) => {
    const bff = await bffOf(server);
    expect((await bff.get("/api/jwt/bff/me")).status()).toBe(200);
    const adminApi = await adminOf(server);
    const before = await (await adminApi.get("/api/admin/jwt-settings")).json();
    const oldKid = before.keys.find((key: { status: string }) => key.status === "current").kid;
    expect((await adminApi.post("/api/admin/keys/rotate", { data: {} })).status()).toBe(200);
    const retired = await adminApi.post(`/api/admin/keys/${oldKid}/retire`, { data: {} });
    expect(retired.status()).toBe(200);
    const call = await bff.get("/api/jwt/bff/me");
    expect(call.status()).toBe(200);
    expect(await call.json()).toMatchObject({
      refreshed: { generation: 2 },
      resource: { status: 200 },
    });
  });
});

import { request, type APIRequestContext } from "@playwright/test";
import { withAppServer, type AppServer } from "./support/app-server";
import { e2eBaseURL } from "./support/env";
import {
  adminClient,
  apiLogin,
  demoUser,
  expect,
  idOf,
  logInThroughForm,
  test,
} from "./support/fixtures";

// A hosted instance (LAB_PUBLIC=true): every visitor works in a lab of their own, so the demo
// admin (its password is public) changes its own lab and nothing that reaches another visitor;
// the operator (its password from LAB_OPERATOR_PASSWORD) owns the shared world; and no page prints
// the demo passwords. Each scenario runs a server of its own.
test.describe.configure({ timeout: 180_000 });

const OPERATOR = { username: "operator", password: "a long operator passphrase, not common" };
const HOSTED = { LAB_PUBLIC: "true", LAB_OPERATOR_PASSWORD: OPERATOR.password };

const withHostedServer = (run: (server: AppServer) => Promise<void>) => withAppServer(HOSTED, run);

async function loggedIn(
  server: AppServer,
  user: { username: string; password: string },
): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: server.url });
  await apiLogin(api, "session", user);
  return api;
}

/** Every write of the admin API a lab's admin may make to its own lab, as [method, path, body]. */
function labWrites(aliceId: number): Array<[string, string, unknown]> {
  return [
    ["PUT", "/api/admin/jwt-settings", { accessTtl: 600 }],
    ["POST", "/api/admin/keys/rotate", undefined],
    ["POST", "/api/admin/seal/rotate", undefined],
    ["PUT", "/api/admin/seal", { cookieCacheSeconds: 30 }],
    ["POST", "/api/admin/server/restart", undefined],
    ["PATCH", `/api/admin/users/${aliceId}`, { role: "admin" }],
    ["POST", `/api/admin/users/${aliceId}/logout`, undefined],
  ];
}

const PAGES = ["/", "/session/login", "/sealed/login", "/jwt/login", "/compare", "/signup"];

test("hosted: the demo admin's writes reach its own lab only, never the operator's shared world", async () => {
  await withHostedServer(async (server) => {
    const operator = await loggedIn(server, OPERATOR);
    const sharedJwt = await (await operator.get("/api/admin/jwt-settings")).json();
    const sharedSeal = await (await operator.get("/api/admin/seal")).json();
    const sharedAliceId = await idOf(operator, "alice");
    // The demo admin's first login opened a lab of its own, with its own copies of the demo users.
    const admin = await loggedIn(server, demoUser("admin"));
    const { users } = await (await admin.get("/api/admin/users")).json();
    expect(users.map((user: { username: string }) => user.username).sort()).toEqual([
      "admin",
      "alice",
      "bob",
    ]);
    const labAliceId = await idOf(admin, "alice");
    expect(labAliceId).not.toBe(sharedAliceId);
    // The shared world's accounts are not found from inside a lab.
    for (const [method, path, data] of [
      ["PATCH", `/api/admin/users/${sharedAliceId}`, { role: "admin" }],
      ["POST", `/api/admin/users/${sharedAliceId}/logout`, undefined],
    ] as const) {
      const response = await admin.fetch(path, { method, data });
      expect(response.status(), `${method} ${path}`).toBe(404);
    }
    // Its own lab's switches are its own to change...
    for (const [method, path, data] of labWrites(labAliceId)) {
      const response = await admin.fetch(path, { method, data });
      expect(response.status(), `${method} ${path}`).toBeLessThan(300);
    }
    expect((await (await admin.get("/api/admin/jwt-settings")).json()).settings).toMatchObject({
      accessTtlSeconds: 600,
    });
    // ...and the shared world is as it was.
    expect(await (await operator.get("/api/admin/jwt-settings")).json()).toEqual(sharedJwt);
    expect(await (await operator.get("/api/admin/seal")).json()).toEqual(sharedSeal);
    await admin.dispose();
    await operator.dispose();
  });
});

test("hosted: the admin page says whose world it changes — a visitor's own lab, or the operator's labs overview", async ({
  browser,
}) => {
  await withHostedServer(async (server) => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await logInThroughForm(page, "session", demoUser("admin"));
    await page.goto("/admin");
    await expect(page.getByTestId("visitor-lab-note")).toContainText("your own lab");
    await expect(page.getByTestId("operator-only")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Save JWT settings" })).toBeVisible();
    await expect(page.getByRole("cell", { name: /alice/ }).first()).toBeVisible();
    await context.close();

    const operator = await loggedIn(server, OPERATOR);
    const saved = await operator.put("/api/admin/jwt-settings", { data: { accessTtl: 600 } });
    expect(saved.status()).toBe(200);
    expect((await saved.json()).settings).toMatchObject({ accessTtlSeconds: 600 });
    await operator.dispose();

    const operatorContext = await browser.newContext({ baseURL: server.url });
    const operatorPage = await operatorContext.newPage();
    await logInThroughForm(operatorPage, "session", OPERATOR);
    await operatorPage.goto("/admin");
    await expect(operatorPage.getByTestId("labs-overview")).toContainText("1 of at most 500 labs");
    await expect(operatorPage.getByTestId("visitor-lab-note")).toHaveCount(0);
    await expect(operatorPage.getByLabel("Access-token lifetime (seconds)")).toHaveValue("600");
    await operatorContext.close();
  });
});

test("hosted: no page prints the demo passwords, and nobody signs up as operator", async () => {
  await withHostedServer(async (server) => {
    const api = await request.newContext({ baseURL: server.url });
    for (const path of PAGES) {
      const response = await api.get(path);
      expect(response.status(), path).toBe(200);
      expect(await response.text(), path).not.toContain("in-the-lab");
    }
    expect(await (await api.get("/session/login")).text()).toContain("demo-users-hosted");
    const signup = await api.post("/api/signup", {
      data: { username: "operator", displayName: "Me", password: "a perfectly fine password" },
    });
    expect(signup.status()).toBe(400);
    await api.dispose();
  });
});

test("local (the default server): the demo passwords are shown and the demo admin keeps its power", async () => {
  const api = await request.newContext({ baseURL: e2eBaseURL });
  for (const path of ["/session/login", "/compare"]) {
    expect(await (await api.get(path)).text(), path).toContain("in-the-lab");
  }
  await api.dispose();
  const admin = await adminClient();
  const settings = await (await admin.get("/api/admin/seal")).json();
  const saved = await admin.put("/api/admin/seal", {
    data: { cookieCacheSeconds: settings.cookieCacheSeconds },
  });
  expect(saved.status()).toBe(200);
  await admin.dispose();
});

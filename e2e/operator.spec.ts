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

// A hosted instance (LAB_PUBLIC=true): the demo admin's password is public, so it changes nothing
// that reaches every visitor; the operator (its password from LAB_OPERATOR_PASSWORD) does; and no
// page prints the demo passwords. Each scenario runs a server of its own.
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

/** Every server-wide write of the admin API, as [method, path, body]. */
function serverWideWrites(userId: number): Array<[string, string, unknown]> {
  return [
    ["PUT", "/api/admin/jwt-settings", { accessTtl: 600 }],
    ["POST", "/api/admin/keys/rotate", undefined],
    ["POST", "/api/admin/keys/k1/retire", undefined],
    ["POST", "/api/admin/seal/rotate", undefined],
    ["PUT", "/api/admin/seal", { cookieCacheSeconds: 30 }],
    ["POST", "/api/admin/seal/passwords/1/retire", undefined],
    ["POST", "/api/admin/server/restart", undefined],
    ["PATCH", `/api/admin/users/${userId}`, { role: "admin" }],
    ["POST", `/api/admin/users/${userId}/logout`, undefined],
  ];
}

const PAGES = ["/", "/session/login", "/sealed/login", "/jwt/login", "/compare", "/signup"];

test("hosted: the demo admin gets 403 operator_only on every server-wide write, and reads only", async () => {
  await withHostedServer(async (server) => {
    const admin = await loggedIn(server, demoUser("admin"));
    const before = await (await admin.get("/api/admin/jwt-settings")).json();
    const operator = await loggedIn(server, OPERATOR);
    const aliceId = await idOf(operator, "alice");
    await operator.dispose();
    for (const [method, path, data] of serverWideWrites(aliceId)) {
      const response = await admin.fetch(path, { method, data });
      expect(response.status(), `${method} ${path}`).toBe(403);
      expect(await response.json(), `${method} ${path}`).toMatchObject({
        error: "operator_only",
        message: expect.any(String),
      });
    }
    // Nothing changed, and reading is still an admin's right.
    const after = await admin.get("/api/admin/jwt-settings");
    expect(after.status()).toBe(200);
    expect(await after.json()).toEqual(before);
    expect((await admin.get("/api/admin/seal")).status()).toBe(200);
    // The accounts are other visitors' (their usernames, how many devices): the operator's to list.
    const users = await admin.get("/api/admin/users");
    expect(users.status()).toBe(403);
    expect(await users.json()).toMatchObject({ error: "operator_only" });
    await admin.dispose();
  });
});

test("hosted: the admin page is read-only for the demo admin, and the operator can change a setting", async ({
  browser,
}) => {
  await withHostedServer(async (server) => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await logInThroughForm(page, "session", demoUser("admin"));
    await page.goto("/admin");
    await expect(page.getByTestId("operator-only")).toContainText("belongs to its operator alone");
    for (const name of ["Save JWT settings", "Rotate signing key", "Force logout", "Save"]) {
      await expect(page.getByRole("button", { name, exact: true })).toHaveCount(0);
    }
    await expect(page.getByLabel("Access-token lifetime (seconds)")).toBeDisabled();
    await expect(page.getByTestId("admin-users-hidden")).toBeVisible();
    await expect(page.getByRole("cell", { name: /alice/ })).toHaveCount(0);
    await context.close();

    const operator = await loggedIn(server, OPERATOR);
    const saved = await operator.put("/api/admin/jwt-settings", { data: { accessTtl: 600 } });
    expect(saved.status()).toBe(200);
    expect((await saved.json()).settings).toMatchObject({ accessTtlSeconds: 600 });
    const rotated = await operator.post("/api/admin/seal/rotate");
    expect(rotated.status()).toBe(200);
    await operator.dispose();

    const operatorContext = await browser.newContext({ baseURL: server.url });
    const operatorPage = await operatorContext.newPage();
    await logInThroughForm(operatorPage, "session", OPERATOR);
    await operatorPage.goto("/admin");
    await expect(operatorPage.getByTestId("operator-only")).toHaveCount(0);
    await expect(operatorPage.getByLabel("Access-token lifetime (seconds)")).toHaveValue("600");
    await expect(operatorPage.getByRole("button", { name: "Save JWT settings" })).toBeVisible();
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

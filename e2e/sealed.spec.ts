import { request as playwrightRequest } from "@playwright/test";
import { countSessions } from "./support/db";
import { e2eBaseURL } from "./support/env";
import {
  adminClient,
  apiLogin,
  COOKIE,
  cookieNamed,
  expect,
  idOf,
  logInThroughForm,
  test,
} from "./support/fixtures";
import { withAppServer } from "./support/app-server";

// The third mechanism: the whole session sealed into the cookie, nothing on the server.
// Mirror image of session.spec.ts and jwt.spec.ts.

/** A client with no cookie jar that sends only this sealed cookie. */
async function replaySealed(seal: string, baseURL = e2eBaseURL) {
  const bare = await playwrightRequest.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
  });
  const response = await bare.get("/api/sealed/me", {
    headers: { cookie: `${COOKIE.sealed}=${seal}` },
  });
  const result = { status: response.status(), body: await response.json() };
  await bare.dispose();
  return result;
}

test.describe("sealed-cookie area", () => {
  test("C40 a sealed-cookie login keeps nothing on the server; a copy survives logout until it expires", async ({
    page,
    context,
    freshUser,
  }) => {
    await logInThroughForm(page, "sealed", freshUser);
    expect(countSessions(freshUser.username)).toBe(0); // no record, before or after
    const cookie = await cookieNamed(context, COOKIE.sealed);
    expect(cookie?.value).toMatch(/^Fe26\.2\*\d+\*/); // iron-session's format
    expect(cookie?.value).not.toContain(freshUser.displayName);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    // iron-session's rule: the cookie's Max-Age is the seal's ttl less 60 s.
    const maxAge = (cookie?.expires ?? 0) - Date.now() / 1000;
    expect(Math.abs(maxAge - (7 * 24 * 3600 - 60))).toBeLessThan(120);
    await expect(
      page.getByRole("heading", { name: `Hello, ${freshUser.displayName}` }),
    ).toBeVisible();
    await expect(page.getByLabel("The seal", { exact: true })).toContainText("nothing");
    await expect(page.getByTestId("seal-view")).toContainText("It unseals.");
    // The seal is an HttpOnly credential: no page and no inspector answer echoes it, even in part.
    const secretPart = cookie?.value.split("*")[4] ?? "-"; // the encrypted body
    expect(await page.content()).not.toContain(secretPart.slice(0, 12));
    const state = await (await page.request.get("/api/inspect/state")).text();
    expect(state.includes(secretPart.slice(0, 12))).toBe(false);

    const copy = cookie?.value ?? "";
    await page.getByRole("button", { name: "Log out", exact: true }).click();
    await expect(page).toHaveURL(/\/sealed\/login\?reason=logged_out$/);
    expect(await cookieNamed(context, COOKIE.sealed)).toBeUndefined();

    const replay = await replaySealed(copy);
    expect(replay.status).toBe(200);
    expect(replay.body.user.displayName).toBe(freshUser.displayName);
    expect(replay.body.sealed.exp * 1000).toBeGreaterThan(Date.now());
    expect(countSessions(freshUser.username)).toBe(0);
  });

  test("C41 a sealed-cookie session does not see a role change until the next login", async ({
    page,
    freshUser,
  }) => {
    await logInThroughForm(page, "sealed", freshUser);
    const admin = await adminClient();
    await admin.patch(`/api/admin/users/${await idOf(admin, freshUser.username)}`, {
      data: { role: "admin" },
    });
    await admin.dispose();

    const stale = await (await page.request.get("/api/sealed/me")).json();
    expect(stale.user.role).toBe("user");
    await page.reload();
    await expect(page.getByTestId("stale-role")).toContainText("the seal says user");
    await logInThroughForm(page, "sealed", freshUser); // a new seal, with today's role
    expect((await (await page.request.get("/api/sealed/me")).json()).user.role).toBe("admin");
  });

  test("the JSON API logs in, reports the sealed session and logs out; bad input is a 4xx", async ({
    request,
    freshUser,
  }) => {
    const body = await apiLogin(request, "sealed", freshUser);
    expect(body.user).toMatchObject({ username: freshUser.username, role: "user" });
    expect(body.sealed).toMatchObject({ name: freshUser.displayName, role: "user" });
    const me = await request.get("/api/sealed/me");
    expect(me.status()).toBe(200);
    expect((await me.json()).sealed.passwordId).toMatch(/^\d+$/);
    expect((await request.post("/api/sealed/logout")).status()).toBe(204);
    const after = await request.get("/api/sealed/me");
    expect(after.status()).toBe(401);
    expect(await after.json()).toMatchObject({ error: "unauthenticated" });

    const wrong = await request.post("/api/sealed/login", {
      data: { username: freshUser.username, password: "not-the-password" },
    });
    expect(wrong.status()).toBe(401);
    expect((await wrong.json()).error).toBe("invalid_credentials");
    const garbage = await request.get("/api/sealed/me", {
      headers: { cookie: `${COOKIE.sealed}=Fe26.2*1*garbage*x*y*1*z*w~2` },
    });
    expect(garbage.status()).toBe(401);
  });

  test("a protected page redirects to its login with the reason; the proxy and the DAL each check", async ({
    page,
    context,
  }) => {
    await page.goto("/sealed");
    await expect(page).toHaveURL(/\/sealed\/login\?next=%2Fsealed&reason=no_credential$/);
    await context.addCookies([
      { name: COOKIE.sealed, value: "Fe26.2*1*tampered*x*y*9999999999999*z*w~2", url: e2eBaseURL },
    ]);
    await page.goto("/sealed");
    await expect(page).toHaveURL(/reason=seal_invalid/);
    await expect(page.getByText("could not be unsealed")).toBeVisible();
  });

  test("password rotation: an old id still unseals, removing it logs everyone sealed with it out", async () => {
    test.slow(); // a server of its own: this removes passwords every other test would depend on
    await withAppServer({}, async ({ url }) => {
      const user = await playwrightRequest.newContext({ baseURL: url });
      const login = await user.post("/api/sealed/login", {
        data: { username: "alice", password: "alice-in-the-lab" },
      });
      expect(login.status()).toBe(200);
      const before = (await (await user.get("/api/sealed/me")).json()).sealed.passwordId;
      const old = (await user.storageState()).cookies.find((c) => c.name === COOKIE.sealed)!;

      const admin = await adminClient(url);
      const rotated = await (await admin.post("/api/admin/seal/rotate")).json();
      expect(rotated.passwordIds).toEqual([Number(before), Number(before) + 1]);
      expect((await replaySealed(old.value, url)).status).toBe(200); // old id still unseals

      await user.post("/api/sealed/login", {
        data: { username: "alice", password: "alice-in-the-lab" },
      });
      const fresh = (await (await user.get("/api/sealed/me")).json()).sealed.passwordId;
      expect(Number(fresh)).toBe(Number(before) + 1);

      const current = await admin.post(`/api/admin/seal/passwords/${fresh}/retire`);
      expect(current.status()).toBe(409);
      expect((await current.json()).error).toBe("password_is_current");
      expect((await admin.post("/api/admin/seal/passwords/abc/retire")).status()).toBe(404);
      const retired = await admin.post(`/api/admin/seal/passwords/${before}/retire`);
      expect(retired.status()).toBe(200);
      expect((await replaySealed(old.value, url)).status).toBe(401);
      expect((await user.get("/api/sealed/me")).status()).toBe(200); // sealed with the new one
      await user.dispose();
      await admin.dispose();
    });
  });
});

test("the admin page rotates and removes seal passwords and sets the cookie cache through its forms", async ({
  page,
}) => {
  test.slow(); // a server of its own: these settings are server-wide
  await withAppServer({}, async ({ url }) => {
    await page.goto(`${url}/session/login`);
    await page.getByLabel("Username", { exact: true }).fill("admin");
    await page.getByLabel("Password", { exact: true }).fill("admin-in-the-lab");
    await page.getByRole("button", { name: "Log in", exact: true }).click();
    await page.waitForURL(/\/session$/);
    await page.goto(`${url}/admin`);
    const card = page.getByRole("region", { name: /Sealed cookies/ });
    const passwords = card.getByRole("list", { name: "Seal passwords" });
    await expect(passwords.getByRole("listitem")).toHaveCount(1);
    await card.getByRole("button", { name: "Rotate the seal password" }).click();
    await expect(page.getByText("New seal password")).toBeVisible();
    await expect(passwords.getByRole("listitem")).toHaveText([
      /Password id 1 — still unseals/,
      /Password id 2 — current: seals new cookies/,
    ]);
    await card.getByRole("button", { name: "Remove password 1" }).click();
    await expect(page.getByText("Seal password removed")).toBeVisible();
    await expect(passwords.getByRole("listitem")).toHaveCount(1);

    await card.getByLabel(/cookie cache/).fill("7");
    await card.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Cookie cache saved")).toBeVisible();
    await expect(card.getByLabel(/cookie cache/)).toHaveValue("7");
  });
});

test.describe("the sealed area's old name", () => {
  test("old /cookie links and API calls are sent on to /sealed, a POST kept a POST", async ({
    request,
  }) => {
    for (const [from, to] of [
      ["/cookie", "/sealed"],
      ["/cookie/login?next=%2Fcookie", "/sealed/login?next=%2Fcookie"],
      ["/api/cookie/me", "/api/sealed/me"],
    ]) {
      const response = await request.get(from!, { maxRedirects: 0 });
      expect(response.status(), from).toBe(308);
      expect(response.headers()["location"], from).toBe(to);
    }
    const login = await request.post("/api/cookie/login", {
      data: { username: "alice", password: "wrong password" },
      maxRedirects: 0,
    });
    expect(login.status()).toBe(308);
    expect(login.headers()["location"]).toBe("/api/sealed/login");
  });

  test('a browser whose mode cookie still says "cookie" is taken to the sealed area', async ({
    page,
    context,
  }) => {
    await context.addCookies([{ name: COOKIE.mode, value: "cookie", url: e2eBaseURL }]);
    await page.goto("/");
    const toggle = page.getByRole("form", { name: "Authentication mode" });
    await expect(toggle.getByRole("button", { name: "Sealed cookie" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    const chosen = await page.request.post("/api/mode", {
      form: { mode: "cookie" },
      headers: { origin: e2eBaseURL },
      maxRedirects: 0,
    });
    expect(chosen.status()).toBe(303);
    expect(chosen.headers()["location"]).toBe("/sealed");
  });
});

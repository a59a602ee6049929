import { request as playwrightRequest, type Page } from "@playwright/test";
import { withAppServer } from "./support/app-server";
import { countSessions } from "./support/db";
import { e2eBaseURL } from "./support/env";
import {
  adminClient,
  anotherDevice,
  apiLogin,
  demoUser,
  expect,
  idOf,
  logInThroughForm,
  test,
} from "./support/fixtures";

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Moves this browser's clock 15 minutes on: past the 10-minute step-up age, short of idle. */
async function fifteenMinutesLater(page: Page): Promise<void> {
  const clock = page.getByRole("group", { name: "Move the clock forward" });
  for (let i = 1; i <= 3; i++) {
    await clock.getByRole("button", { name: "+5 min" }).click();
    await expect(page.getByTestId("clock-offset")).toContainText(`${5 * i}m 0s from now`);
  }
}

test.describe("fresh authentication (step-up)", () => {
  test("C52 a sensitive action asks for the password again once the login is over 10 minutes old, and not before", async ({
    page,
    request,
    freshUser,
    freshAdmin,
  }) => {
    await apiLogin(request, "session", freshUser);
    await logInThroughForm(page, "session", freshAdmin);
    await page.goto("/admin");
    await expect(page.getByTestId("step-up-note")).toContainText("needs no password for another");
    const row = () => page.getByRole("row", { name: freshUser.username });
    await row().getByRole("button", { name: "Force logout" }).click();
    await expect(page.getByText("Force logout: 1 session(s) deleted.")).toBeVisible();

    await apiLogin(request, "session", freshUser);
    await fifteenMinutesLater(page);
    await page.reload();
    await expect(page.getByTestId("step-up-note")).toContainText("asks for it again first");
    await row().getByRole("button", { name: "Force logout" }).click();
    await expect(page).toHaveURL(/\/session\/reauth\?next=%2Fadmin$/);
    await expect(page.getByTestId("reauth-reason")).toContainText("15 minutes ago");
    expect(countSessions(freshUser.username)).toBe(1); // nothing happened yet

    await page.getByLabel("Password, typed again").fill("not the password");
    await page.getByRole("button", { name: "Confirm it is you" }).click();
    await expect(page.getByText("That is not your current password.")).toBeVisible();
    await page.getByLabel("Password, typed again").fill(freshAdmin.password);
    await page.getByRole("button", { name: "Confirm it is you" }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByTestId("step-up-note")).toContainText("needs no password");
    await row().getByRole("button", { name: "Force logout" }).click();
    await expect(page.getByText("Force logout: 1 session(s) deleted.")).toBeVisible();
  });

  test("C52 the devices page logs other devices out at once while the login is fresh, with the password after", async ({
    page,
    request,
    freshUser,
  }) => {
    await logInThroughForm(page, "session", freshUser);
    await apiLogin(request, "session", freshUser);
    await page.goto("/session/devices");
    await expect(page.getByLabel("Your password")).toHaveCount(0);
    await page.getByRole("button", { name: "Log out all other devices" }).click();
    await expect(page.getByRole("status")).toContainText("Logged out 1 other device");

    await apiLogin(request, "session", freshUser);
    await fifteenMinutesLater(page);
    await page.reload();
    await expect(page.getByTestId("step-up-note")).toContainText("asks for it again first");
    await page.getByRole("button", { name: "Log out all other devices" }).click();
    await expect(page.locator("#revoke-message").getByRole("alert")).toHaveText(
      "Your login is too old for this: type your password again.",
    );
    await page.getByLabel("Your password").fill("not my password");
    await page.getByRole("button", { name: "Log out all other devices" }).click();
    await expect(page.locator("#revoke-message").getByRole("alert")).toHaveText(
      "That is not your current password.",
    );
    expect(countSessions(freshUser.username)).toBe(2);
    await page.getByLabel("Your password").fill(freshUser.password);
    await page.getByRole("button", { name: "Log out all other devices" }).click();
    await expect(page.getByRole("status")).toContainText("Logged out 1 other device");
    expect(countSessions(freshUser.username)).toBe(1);
  });

  test("C52 the JWT keeps its auth_time through a refresh; its sensitive action asks for the password once it is too old", async ({
    browser,
  }) => {
    test.slow();
    // A server of its own whose step-up age (2 s) is shorter than the access token's life: with
    // the fast-forward clock a JWT would expire first (every token is judged by the moved clock).
    await withAppServer({ STEP_UP_MAX_AGE: "2" }, async ({ url }) => {
      const api = await playwrightRequest.newContext({ baseURL: url });
      const bob = demoUser("bob");
      const login = await api.post("/api/jwt/login", { data: { ...bob, transport: "bearer" } });
      const { accessToken, refreshToken } = await login.json();
      const me = async (token: string) =>
        (await (await api.get("/api/jwt/me", { headers: bearer(token) })).json()).claims;
      const first = await me(accessToken);
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const renewed = await (await api.post("/api/jwt/refresh", { data: { refreshToken } })).json();
      const second = await me(renewed.accessToken);
      expect(second.iat).toBeGreaterThan(first.iat);
      expect(second.auth_time).toBe(first.auth_time); // a refresh is not a login
      const stale = await api.post("/api/jwt/logout-others", {
        headers: bearer(renewed.accessToken),
      });
      expect(stale.status()).toBe(401);
      expect(stale.headers()["www-authenticate"]).toBe(
        'Bearer error="insufficient_user_authentication", max_age="2"',
      );
      const again = await api.post("/api/jwt/reauth", {
        headers: bearer(renewed.accessToken),
        data: { password: bob.password },
      });
      const reauthenticated = await again.json();
      expect(reauthenticated.authTime).toBeGreaterThan(first.auth_time);
      const fresh = await api.post("/api/jwt/logout-others", {
        headers: bearer(reauthenticated.accessToken),
      });
      expect(await fresh.json()).toEqual({ endedFamilies: 0 });
      await api.dispose();

      const context = await browser.newContext({ baseURL: url });
      const page = await context.newPage();
      await logInThroughForm(page, "jwt", bob);
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await page.reload();
      await expect(page.getByTestId("step-up-note")).toContainText("asks for it again first");
      await page.getByRole("button", { name: "Log out my other logins" }).click();
      await expect(page).toHaveURL(/\/jwt\/reauth\?next=%2Fjwt$/);
      await page.getByLabel("Password, typed again").fill(bob.password);
      await page.getByRole("button", { name: "Confirm it is you" }).click();
      await expect(page).toHaveURL(/\/jwt$/);
      await page.getByRole("button", { name: "Log out my other logins" }).click();
      await expect(page.getByText(/Ended \d+ other login/)).toBeVisible();
      await context.close();
    });
  });

  test("the APIs answer 401 insufficient_user_authentication to a stale login, and work after POST /reauth", async ({
    freshUser,
  }) => {
    const admin = await adminClient(e2eBaseURL);
    const id = await idOf(admin, freshUser.username);
    expect((await admin.post("/api/clock", { data: { advanceSeconds: 15 * 60 } })).status()).toBe(
      200,
    );
    const stale = await admin.post(`/api/admin/users/${id}/logout`);
    expect(stale.status()).toBe(401);
    expect(await stale.json()).toMatchObject({
      error: "insufficient_user_authentication",
      maxAge: 600,
    });
    expect((await admin.post("/api/admin/keys/nope/retire")).status()).toBe(401);
    const wrong = await admin.post("/api/session/reauth", { data: { password: "nope" } });
    expect(wrong.status()).toBe(403);
    const right = await admin.post("/api/session/reauth", {
      data: { password: demoUser("admin").password },
    });
    expect(right.status()).toBe(200);
    expect((await admin.post(`/api/admin/users/${id}/logout`)).status()).toBe(200);
    await admin.dispose();
  });
  test("a stale admin is asked to type the password again by every sensitive admin API, and nothing changes", async ({
    freshUser,
  }) => {
    const admin = await adminClient(e2eBaseURL);
    const id = await idOf(admin, freshUser.username);
    const before = await (await admin.get("/api/admin/jwt-settings")).json();
    const seal = await (await admin.get("/api/admin/seal")).json();
    expect((await admin.post("/api/clock", { data: { advanceSeconds: 15 * 60 } })).status()).toBe(
      200,
    );
    const asks = [
      admin.patch(`/api/admin/users/${id}`, { data: { role: "admin" } }),
      admin.patch(`/api/admin/users/${id}`, { data: { disabled: true } }),
      admin.post(`/api/admin/users/${id}/logout`),
      admin.put("/api/admin/jwt-settings", { data: { revocation: "denylist" } }),
      admin.post("/api/admin/keys/rotate"),
      admin.post(`/api/admin/keys/${before.keys[0].kid}/retire`),
      admin.post("/api/admin/seal/rotate"),
      admin.post(`/api/admin/seal/passwords/${seal.passwordIds[0]}/retire`),
      admin.put("/api/admin/seal", { data: { cookieCacheSeconds: 300 } }),
      admin.post("/api/admin/server/restart"),
    ];
    for (const response of await Promise.all(asks)) {
      expect(response.status(), response.url()).toBe(401);
      expect(await response.json()).toMatchObject({ error: "insufficient_user_authentication" });
    }
    const users = (await (await admin.get("/api/admin/users")).json()).users;
    expect(users.find((u: { id: number }) => u.id === id)).toMatchObject({
      role: "user",
      disabled: false,
    });
    const after = await (await admin.get("/api/admin/jwt-settings")).json();
    expect(after.settings).toEqual(before.settings);
    expect(after.keys.map((k: { kid: string }) => k.kid)).toEqual(
      before.keys.map((k: { kid: string }) => k.kid),
    );
    expect(await (await admin.get("/api/admin/seal")).json()).toEqual(seal);

    await admin.post("/api/session/reauth", { data: { password: demoUser("admin").password } });
    const granted = await admin.patch(`/api/admin/users/${id}`, { data: { role: "admin" } });
    expect(granted.status()).toBe(200);
    await admin.dispose();
  });

  test("a stale admin page sends every change to reauth first, and makes none", async ({
    page,
    freshUser,
    freshAdmin,
  }) => {
    await logInThroughForm(page, "session", freshAdmin);
    await page.goto("/admin");
    await fifteenMinutesLater(page);
    await page.reload();
    const row = page.getByRole("row", { name: freshUser.username });
    await row.getByRole("button", { name: "Make admin" }).click();
    await expect(page).toHaveURL(/\/session\/reauth\?next=%2Fadmin$/);
    await page.goBack();
    await row.getByRole("button", { name: "Disable" }).click();
    await expect(page).toHaveURL(/\/session\/reauth\?next=%2Fadmin$/);
    await page.goto("/admin");
    await page.getByRole("button", { name: "Restart the server" }).click();
    await expect(page).toHaveURL(/\/session\/reauth\?next=%2Fadmin$/);
    await page.goto("/admin");
    await expect(page.getByRole("row", { name: freshUser.username })).toContainText("user");
    await expect(page.getByRole("row", { name: freshUser.username })).not.toContainText(
      "(disabled)",
    );
  });

  test("a stale login cannot end another device one by one, by the API or the page", async ({
    page,
    browser,
    freshUser,
  }) => {
    await logInThroughForm(page, "session", freshUser);
    const other = await anotherDevice(browser, freshUser);
    await page.goto("/session/devices");
    await fifteenMinutesLater(page);
    const { sessions } = await (await page.request.get("/api/session/sessions")).json();
    const second = sessions.find((s: { current: boolean }) => !s.current);
    const stale = await page.request.delete(`/api/session/sessions/${second.id}`);
    expect(stale.status()).toBe(401);
    expect(await stale.json()).toMatchObject({ error: "insufficient_user_authentication" });
    expect(countSessions(freshUser.username)).toBe(2);

    await page.reload();
    await page
      .getByRole("list", { name: "Devices" })
      .getByRole("button", { name: "Log out" })
      .click();
    await expect(page).toHaveURL(/\/session\/reauth\?next=%2Fsession%2Fdevices$/);
    expect(countSessions(freshUser.username)).toBe(2);
    expect((await other.request.get("/api/session/me")).status()).toBe(200);
    await other.close();
  });
  test("two JWT logins ending each other's at once: one wins and can still refresh", async ({
    request,
    freshUser,
  }) => {
    const logins = await Promise.all(
      [0, 1].map(async () => {
        const login = await request.post("/api/jwt/login", {
          data: { ...freshUser, transport: "bearer" },
        });
        return (await login.json()) as { accessToken: string; refreshToken: string };
      }),
    );
    const answers = await Promise.all(
      logins.map((login) =>
        request.post("/api/jwt/logout-others", { headers: bearer(login.accessToken) }),
      ),
    );
    expect(answers.map((answer) => answer.status()).sort()).toEqual([200, 401]);
    const refreshed = await Promise.all(
      logins.map(async (login) =>
        (
          await request.post("/api/jwt/refresh", { data: { refreshToken: login.refreshToken } })
        ).status(),
      ),
    );
    expect(refreshed.filter((status) => status === 200)).toHaveLength(1);
  });
});

import { request as playwrightRequest } from "@playwright/test";
import { countSessions } from "./support/db";
import { e2eBaseURL } from "./support/env";
import { sessionCookieOf, slowBodyDelay, slowJsonRequest } from "./support/slow-body";
import {
  adminClient,
  apiLogin,
  demoUser,
  expect,
  idOf,
  logInThroughForm,
  test,
} from "./support/fixtures";

test.describe("admin", () => {
  test("C11 the server can log a user out at any time, effective on the next request", async ({
    page,
    request,
    freshUser,
  }) => {
    await logInThroughForm(page, "session", freshUser);
    await apiLogin(request, "session", freshUser); // a second device, same user
    expect(countSessions(freshUser.username)).toBe(2);

    const admin = await adminClient();
    const response = await admin.post(
      `/api/admin/users/${await idOf(admin, freshUser.username)}/logout`,
    );
    expect(await response.json()).toEqual({ revokedSessions: 2 });
    await admin.dispose();

    await page.reload();
    await expect(page).toHaveURL(/\/session\/login\?.*reason=session_not_found/);
    expect((await request.get("/api/session/me")).status()).toBe(401);
    expect(countSessions(freshUser.username)).toBe(0);
  });

  test("C15 a role change is seen on the very next request in session mode", async ({
    page,
    freshUser,
  }) => {
    await logInThroughForm(page, "session", freshUser);
    const role = page.getByRole("definition").filter({ hasText: /^(user|admin)$/ });
    await expect(role).toHaveText("user");

    const admin = await adminClient();
    const id = await idOf(admin, freshUser.username);
    expect(
      (await admin.patch(`/api/admin/users/${id}`, { data: { role: "admin" } })).status(),
    ).toBe(200);
    await admin.dispose();

    await page.reload();
    await expect(role).toHaveText("admin");
    expect((await (await page.request.get("/api/session/me")).json()).user.role).toBe("admin");
  });

  test("C27 a role change is not seen by a JWT until it is re-issued (stale claims)", async ({
    page,
    freshUser,
  }) => {
    await logInThroughForm(page, "jwt", freshUser);
    const admin = await adminClient();
    const id = await idOf(admin, freshUser.username);
    await admin.patch(`/api/admin/users/${id}`, { data: { role: "admin" } });
    await admin.dispose();

    const stale = await (await page.request.get("/api/jwt/me")).json();
    expect(stale.claims.role).toBe("user");
    await logInThroughForm(page, "jwt", freshUser); // a new token, signed with today's role
    const fresh = await (await page.request.get("/api/jwt/me")).json();
    expect(fresh.claims.role).toBe("admin");
  });

  test("disabling an account ends its sessions and refuses its logins", async ({
    page,
    freshUser,
    request,
  }) => {
    await logInThroughForm(page, "session", freshUser);
    const admin = await adminClient();
    const id = await idOf(admin, freshUser.username);
    const disabled = await admin.patch(`/api/admin/users/${id}`, { data: { disabled: true } });
    expect(await disabled.json()).toMatchObject({ revokedSessions: 1 });

    await page.reload();
    await expect(page).toHaveURL(/\/session\/login/);
    const login = await request.post("/api/session/login", { data: freshUser });
    expect(login.status()).toBe(401);

    await admin.patch(`/api/admin/users/${id}`, { data: { disabled: false } });
    expect((await request.post("/api/session/login", { data: freshUser })).status()).toBe(200);
    await admin.dispose();
  });

  test("the admin page works through its forms and explains what happened", async ({
    page,
    browser,
    freshUser,
  }) => {
    const userContext = await browser.newContext();
    const userPage = await userContext.newPage();
    await logInThroughForm(userPage, "session", freshUser);

    await page.goto("/admin");
    await expect(page).toHaveURL(/\/session\/login\?next=%2Fadmin/);
    await page.getByLabel("Username").fill("admin");
    await page.getByLabel("Password").fill(demoUser("admin").password);
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page).toHaveURL(/\/admin$/);

    const row = page.getByRole("row", { name: freshUser.username });
    await expect(row.getByRole("cell").nth(2)).toHaveText("1");
    await row.getByRole("button", { name: "Force logout" }).click();
    await expect(page.getByText("Force logout: 1 session(s) deleted.")).toBeVisible();
    await expect(
      page.getByRole("row", { name: freshUser.username }).getByRole("cell").nth(2),
    ).toHaveText("0");

    await userPage.reload();
    await expect(userPage).toHaveURL(/reason=session_not_found/);
    await userContext.close();
  });

  test("only admins may use the admin API: 401 anonymous, 403 for a user, 409 on oneself", async ({
    request,
    freshUser,
  }) => {
    expect((await request.get("/api/admin/users")).status()).toBe(401);
    await apiLogin(request, "session", freshUser);
    const page = await request.get("/admin", { maxRedirects: 0 });
    expect(page.status()).toBe(307);
    expect(page.headers()["location"]).toContain("/session?reason=admin_only");
    const forbidden = await request.get("/api/admin/users");
    expect(forbidden.status()).toBe(403);
    expect(await forbidden.json()).toMatchObject({ error: "forbidden" });
    expect((await request.post("/api/admin/users/1/logout")).status()).toBe(403);

    const admin = await adminClient(e2eBaseURL); // the demo admin itself, demoting itself
    const self = await admin.patch(`/api/admin/users/${await idOf(admin, "admin")}`, {
      data: { role: "user" },
    });
    expect(self.status()).toBe(409);
    expect(
      (await admin.patch("/api/admin/users/999999", { data: { role: "user" } })).status(),
    ).toBe(404);
    expect((await admin.patch("/api/admin/users/abc", { data: { role: "user" } })).status()).toBe(
      404,
    );
    expect((await admin.patch("/api/admin/users/2", { data: { role: "root" } })).status()).toBe(
      400,
    );
    expect((await admin.patch("/api/admin/users/2", { data: {} })).status()).toBe(400);
    await admin.dispose();
  });
  test("two admins demoting each other with slow bodies: one wins, an admin remains", async ({
    request,
    freshUser,
  }) => {
    const second = { ...freshUser, username: `${freshUser.username}-b` };
    expect((await request.post("/api/signup", { data: second })).status()).toBe(201);
    const admin = await adminClient();
    const ids = [await idOf(admin, freshUser.username), await idOf(admin, second.username)];
    for (const id of ids) {
      await admin.patch(`/api/admin/users/${id}`, { data: { role: "admin" } });
    }
    const clients = await Promise.all(
      [freshUser, second].map(async (user) => {
        const client = await playwrightRequest.newContext({ baseURL: e2eBaseURL });
        await apiLogin(client, "session", user);
        return client;
      }),
    );
    const cookies = await Promise.all(clients.map(sessionCookieOf));
    // The slow body is the attack itself: both requests are let in while both are admins.
    const release = slowBodyDelay();
    const statuses = await Promise.all([
      slowJsonRequest(
        "PATCH",
        `/api/admin/users/${ids[1]}`,
        cookies[0]!,
        { role: "user" },
        release,
      ),
      slowJsonRequest(
        "PATCH",
        `/api/admin/users/${ids[0]}`,
        cookies[1]!,
        { role: "user" },
        release,
      ),
    ]);
    expect(statuses.sort()).toEqual([200, 403]);
    const { users } = await (await admin.get("/api/admin/users")).json();
    const roles = ids.map((id) => users.find((u: { id: number }) => u.id === id).role);
    expect(roles.sort()).toEqual(["admin", "user"]);
    await Promise.all([admin, ...clients].map((client) => client.dispose()));
  });
});

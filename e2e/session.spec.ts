import { createHash } from "node:crypto";
import { request as playwrightRequest } from "@playwright/test";
import { countSessions, latestSessionOf, sessionExists } from "./support/db";
import { e2eBaseURL } from "./support/env";
import {
  COOKIE,
  LoginPage,
  apiLogin,
  cookieNamed,
  expect,
  logInThroughForm,
  test,
} from "./support/fixtures";

// Mirror image of jwt.spec.ts: same scenarios, the session mechanism.

test.describe("session area", () => {
  test("C06 login creates a server-side session record; the cookie holds only its random token", async ({
    page,
    context,
    freshUser,
  }) => {
    expect(countSessions(freshUser.username)).toBe(0);
    await logInThroughForm(page, "session", freshUser);

    expect(countSessions(freshUser.username)).toBe(1);
    const row = latestSessionOf(freshUser.username);
    expect(row?.id).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.userAgent).toContain("Chrome");

    const cookie = await cookieNamed(context, COOKIE.session);
    // The token itself (256 bits, base64url); the store keeps only its SHA-256.
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(
      createHash("sha256")
        .update(cookie?.value ?? "")
        .digest("hex"),
    ).toBe(row?.id);
    expect(cookie?.value).not.toContain(freshUser.username);
    expect(cookie?.value).not.toContain(row?.id ?? "-");

    await expect(
      page.getByRole("heading", { name: `Hello, ${freshUser.displayName}` }),
    ).toBeVisible();
    const record = page.getByRole("definition").filter({ hasText: "…" }).first();
    await expect(record).toHaveText(`${row?.id.slice(0, 12)}…`);
  });

  test("a protected page redirects to the login, remembering where the user was going", async ({
    page,
  }) => {
    await page.goto("/session");
    await expect(page).toHaveURL(/\/session\/login\?next=%2Fsession&reason=no_credential$/);
    await expect(page.getByText("No credential arrived with the request")).toBeVisible();
  });

  test("a wrong password gets one generic inline error and no cookie", async ({
    page,
    context,
    freshUser,
  }) => {
    const login = new LoginPage(page, "session");
    await login.goto();
    await login.logIn(freshUser.username, "not-the-password");
    await expect(login.formError()).toHaveText("Invalid username or password.");
    await expect(page.getByLabel("Username")).toHaveValue(freshUser.username);
    await expect(page.getByLabel("Password")).toHaveValue("");
    expect(await cookieNamed(context, COOKIE.session)).toBeUndefined();
  });

  test("C09 logout deletes the server record; the old cookie, replayed, is rejected", async ({
    page,
    context,
    freshUser,
  }) => {
    await logInThroughForm(page, "session", freshUser);
    const copy = (await cookieNamed(context, COOKIE.session))?.value ?? "";
    const id = latestSessionOf(freshUser.username)?.id ?? "";
    expect(sessionExists(id)).toBe(true);

    await page.getByRole("button", { name: "Log out", exact: true }).click();
    await expect(page).toHaveURL(/\/session\/login\?reason=logged_out$/);
    expect(sessionExists(id)).toBe(false);
    expect(await cookieNamed(context, COOKIE.session)).toBeUndefined();

    const replay = await page.request.get("/api/session/me", {
      headers: { cookie: `${COOKIE.session}=${copy}` },
    });
    expect(replay.status()).toBe(401);

    await context.addCookies([{ name: COOKIE.session, value: copy, url: e2eBaseURL }]);
    await page.goto("/session");
    await expect(page).toHaveURL(/\/session\/login\?.*reason=session_not_found/);
    await expect(page.getByText("The server has no session for that cookie")).toBeVisible();
  });

  test("C05 the session works from a plain header in a client without a cookie jar", async ({
    freshUser,
  }) => {
    const login = await playwrightRequest.newContext({ baseURL: e2eBaseURL });
    const response = await login.post("/api/session/login", { data: freshUser });
    const setCookie = response.headers()["set-cookie"] ?? "";
    const seal = /lab_session=([^;]+)/.exec(setCookie)?.[1] ?? "";
    await login.dispose();

    const native = await playwrightRequest.newContext({
      baseURL: e2eBaseURL,
      storageState: { cookies: [], origins: [] },
    });
    const me = await native.get("/api/session/me", {
      headers: { cookie: `${COOKIE.session}=${seal}` },
    });
    expect(me.status()).toBe(200);
    expect((await me.json()).user.username).toBe(freshUser.username);
    expect((await native.get("/api/session/me")).status()).toBe(401);
    await native.dispose();
  });

  test("the JSON API logs in, reports the session and logs out", async ({ request, freshUser }) => {
    const body = await apiLogin(request, "session", freshUser);
    expect(body.user).toMatchObject({ username: freshUser.username, role: "user" });
    expect(body.user).not.toHaveProperty("passwordHash");

    const me = await request.get("/api/session/me");
    expect(me.status()).toBe(200);
    const { session } = await me.json();
    const lifetime = Date.parse(session.expiresAt) - Date.parse(session.createdAt);
    expect(lifetime).toBe(7 * 24 * 3600 * 1000);
    expect(Date.parse(session.idleExpiresAt) - Date.parse(session.lastSeenAt)).toBe(30 * 60 * 1000);

    const logout = await request.post("/api/session/logout");
    expect(logout.status()).toBe(204);
    expect(countSessions(freshUser.username)).toBe(0);
    expect((await request.get("/api/session/me")).status()).toBe(401);
  });

  test("a bad login through the API is 401 invalid_credentials, whether or not the user exists", async ({
    request,
  }) => {
    for (const username of ["alice", "no-such-user"]) {
      const response = await request.post("/api/session/login", {
        data: { username, password: "wrong-password" },
      });
      expect(response.status()).toBe(401);
      expect(await response.json()).toEqual({
        error: "invalid_credentials",
        message: "Invalid username or password.",
      });
    }
  });
});

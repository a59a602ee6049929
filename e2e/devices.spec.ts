import { countSessions } from "./support/db";
import type { Browser } from "@playwright/test";
import { anotherDevice, expect, logInThroughForm, test, type TestUser } from "./support/fixtures";
import { sessionCookieOf, slowBodyDelay, slowJsonRequest } from "./support/slow-body";

const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

test.describe("devices", () => {
  test("C12 a user sees every active session and revokes any, or all others", async ({
    page,
    browser,
    freshUser,
  }) => {
    const phoneContext = await browser.newContext({ userAgent: IPHONE });
    const phone = await phoneContext.newPage();
    await logInThroughForm(page, "session", freshUser);
    await logInThroughForm(phone, "session", freshUser);

    await page.goto("/session/devices");
    const devices = page.getByRole("list", { name: "Devices" });
    await expect(devices.getByRole("listitem")).toHaveCount(2);
    await expect(devices.getByRole("listitem").filter({ hasText: "This device" })).toContainText(
      "Chrome",
    );
    const iphone = devices
      .getByRole("listitem")
      .filter({ hasText: "Mobile Safari 17 on iOS 17.5 (mobile)" });
    await expect(iphone).toContainText("IP 127.0.0.1");

    // The API names sessions by a public handle: never the token or its hash.
    const { sessions } = await (await page.request.get("/api/session/sessions")).json();
    expect(sessions).toHaveLength(2);
    for (const s of sessions) expect(s.id).toMatch(/^[A-Za-z0-9_-]{22}$/);

    await iphone.getByRole("button", { name: "Log out", exact: true }).click();
    await expect(page.getByText("That device is logged out")).toBeVisible();
    await expect(devices.getByRole("listitem")).toHaveCount(1);
    await phone.reload();
    await expect(phone).toHaveURL(/reason=session_not_found/);

    // Log the phone in again, then log out all others: this login is minutes old, so no
    // password is asked (step-up: after 10 minutes it would be, see step-up.spec.ts).
    await logInThroughForm(phone, "session", freshUser);
    expect(countSessions(freshUser.username)).toBe(2);
    await page.getByRole("button", { name: "Log out all other devices" }).click();
    await expect(page.getByRole("status")).toContainText("Logged out 1 other device");
    expect(countSessions(freshUser.username)).toBe(1);
    await phone.reload();
    await expect(phone).toHaveURL(/reason=session_not_found/);
    await page.reload();
    await expect(page).toHaveURL(/\/session\/devices/);
    await phoneContext.close();
  });

  test("the sessions API: list, revoke one (own only), revoke others with the password", async ({
    request,
    browser,
    freshUser,
  }) => {
    await request.post("/api/session/login", { data: freshUser });
    const other = await anotherDevice(browser, freshUser);
    const { sessions } = await (await request.get("/api/session/sessions")).json();
    const current = sessions.find((s: { current: boolean }) => s.current);
    const second = sessions.find((s: { current: boolean }) => !s.current);
    expect(current).toBeDefined();

    expect((await request.delete("/api/session/sessions/not-a-handle")).status()).toBe(404);
    expect((await other.request.get("/api/session/sessions")).status()).toBe(200);
    expect((await request.delete(`/api/session/sessions/${second.id}`)).status()).toBe(204);
    expect((await other.request.get("/api/session/sessions")).status()).toBe(401);

    const wrong = await request.post("/api/session/sessions/revoke-others", {
      data: { password: "nope" },
    });
    expect(wrong.status()).toBe(403);
    expect(await wrong.json()).toMatchObject({ error: "invalid_password" });
    const right = await request.post("/api/session/sessions/revoke-others", {
      data: { password: freshUser.password },
    });
    expect(await right.json()).toEqual({ revokedSessions: 0 });
    await other.close();
  });
});

/** Two more devices of `user`, logged in one after the other. */
async function twoDevices(
  browser: Browser,
  user: TestUser,
): Promise<[Awaited<ReturnType<typeof anotherDevice>>, Awaited<ReturnType<typeof anotherDevice>>]> {
  return [await anotherDevice(browser, user), await anotherDevice(browser, user)];
}

test.describe("two devices ending each other at once", () => {
  test("racing 'log out all other devices' with slow bodies: one wins and stays logged in", async ({
    browser,
    freshUser,
  }) => {
    const [a, b] = await twoDevices(browser, freshUser);
    const cookies = [await sessionCookieOf(a.request), await sessionCookieOf(b.request)];
    // Both requests are let in (their sessions checked) before either body arrives.
    const release = slowBodyDelay();
    const answers = await Promise.all(
      cookies.map((cookie) =>
        slowJsonRequest("POST", "/api/session/sessions/revoke-others", cookie, {}, release),
      ),
    );
    expect(answers.sort()).toEqual([200, 401]);
    expect(countSessions(freshUser.username)).toBe(1);
    const alive = await Promise.all(
      [a, b].map(async (device) => (await device.request.get("/api/session/me")).status()),
    );
    expect(alive.sort()).toEqual([200, 401]);
    await Promise.all([a.close(), b.close()]);
  });

  test("racing one by one (each ends the other's handle): one wins and stays logged in", async ({
    browser,
    freshUser,
  }) => {
    const [a, b] = await twoDevices(browser, freshUser);
    const { sessions } = await (await a.request.get("/api/session/sessions")).json();
    const handleOf = (current: boolean) =>
      sessions.find((s: { current: boolean }) => s.current === current).id;
    const answers = await Promise.all([
      a.request.delete(`/api/session/sessions/${handleOf(false)}`),
      b.request.delete(`/api/session/sessions/${handleOf(true)}`),
    ]);
    expect(answers.map((answer) => answer.status()).sort()).toEqual([204, 401]);
    expect(countSessions(freshUser.username)).toBe(1);
    await Promise.all([a.close(), b.close()]);
  });
});

test.describe("concurrent-session limit", () => {
  test("C13 at most 3 sessions per user: the 4th login logs out the oldest, as the policy says", async ({
    page,
    browser,
    freshUser,
  }) => {
    const contexts = await Promise.all([0, 1, 2].map(() => browser.newContext()));
    for (const context of contexts) {
      const body = await (
        await context.request.post("/api/session/login", { data: freshUser })
      ).json();
      expect(body.sessionLimit).toMatchObject({ limit: 3, policy: "evict-oldest", evicted: 0 });
    }
    await logInThroughForm(page, "session", freshUser); // the 4th
    expect(countSessions(freshUser.username)).toBe(3);
    expect((await contexts[0]!.request.get("/api/session/me")).status()).toBe(401);
    expect((await contexts[1]!.request.get("/api/session/me")).status()).toBe(200);

    await page.goto("/session/devices");
    await expect(page.getByTestId("session-limit")).toHaveText(
      "At most 3 sessions per account: a new login logs out the oldest one.",
    );
    await expect(page.getByRole("list", { name: "Devices" }).getByRole("listitem")).toHaveCount(3);
    await Promise.all(contexts.map((c) => c.close()));
  });

  test("20 parallel logins of one user never exceed the limit", async ({ browser, freshUser }) => {
    const contexts = await Promise.all(Array.from({ length: 20 }, () => browser.newContext()));
    const statuses = await Promise.all(
      contexts.map(async (c) =>
        (await c.request.post("/api/session/login", { data: freshUser })).status(),
      ),
    );
    // Attempts in flight count against the brute-force throttle until they succeed, so part of a
    // burst may be told to wait (429); none may push the user past the limit.
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    const succeeded = statuses.filter((s) => s === 200).length;
    expect(succeeded).toBeGreaterThanOrEqual(3);
    expect(countSessions(freshUser.username)).toBe(3);
    const alive = await Promise.all(
      contexts.map(async (c) => (await c.request.get("/api/session/me")).status()),
    );
    expect(alive.filter((s) => s === 200)).toHaveLength(3);
    await Promise.all(contexts.map((c) => c.close()));
  });
});

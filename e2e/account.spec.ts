import { countSessions, latestSessionOf } from "./support/db";
import {
  anotherDevice,
  COOKIE,
  cookieNamed,
  expect,
  logInThroughForm,
  test,
} from "./support/fixtures";

test.describe("account", () => {
  test("a password change ends the other devices and gives this one a fresh session", async ({
    page,
    context,
    browser,
    freshUser,
  }) => {
    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await logInThroughForm(other, "session", freshUser);
    await logInThroughForm(page, "session", freshUser);
    const oldCookie = (await cookieNamed(context, COOKIE.session))?.value;
    const oldId = latestSessionOf(freshUser.username)?.id;

    await page.goto("/account");
    await page.getByLabel("Current password").fill("wrong password");
    await page.getByLabel("New password").fill("a brand new passphrase");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.locator("#currentPassword-error")).toHaveText(
      "That is not your current password.",
    );

    await page.getByLabel("Current password").fill(freshUser.password);
    await page.getByLabel("New password").fill("a brand new passphrase");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status")).toContainText("Password changed. 1 other session ended");

    expect(countSessions(freshUser.username)).toBe(1);
    expect(latestSessionOf(freshUser.username)?.id).not.toBe(oldId);
    expect((await cookieNamed(context, COOKIE.session))?.value).not.toBe(oldCookie);
    await page.goto("/session");
    await expect(
      page.getByRole("heading", { name: `Hello, ${freshUser.displayName}` }),
    ).toBeVisible();

    await other.reload();
    await expect(other).toHaveURL(/reason=session_not_found/);
    const oldLogin = await page.request.post("/api/session/login", { data: freshUser });
    expect(oldLogin.status()).toBe(401);
    await otherContext.close();
  });

  test("the password API validates, re-authenticates and keeps other sessions when asked", async ({
    request,
    browser,
    freshUser,
  }) => {
    await request.post("/api/session/login", { data: freshUser });
    const other = await anotherDevice(browser, freshUser);
    const change = (data: object) => request.post("/api/account/password", { data });

    const weak = await change({ currentPassword: freshUser.password, newPassword: "password123" });
    expect(weak.status()).toBe(400);
    expect((await weak.json()).fields.newPassword).toBeDefined();
    const wrong = await change({ currentPassword: "nope", newPassword: "another long passphrase" });
    expect(wrong.status()).toBe(403);
    const kept = await change({
      currentPassword: freshUser.password,
      newPassword: "another long passphrase",
      logoutOthers: false,
    });
    expect(await kept.json()).toEqual({ revokedSessions: 0 });
    expect((await other.request.get("/api/session/me")).status()).toBe(200);
    expect((await request.get("/api/session/me")).status()).toBe(200);
    await other.close();
  });
});

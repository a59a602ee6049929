import type { Page } from "@playwright/test";
import {
  COOKIE,
  cookieNamed,
  demoUser,
  expect,
  logInThroughForm,
  test,
  signInWithThrowAwayAccount,
} from "./support/fixtures";

// The bugs a walkthrough of the site found, each reproduced as it was reported.

async function advance(page: Page, label: string): Promise<void> {
  await page
    .getByRole("group", { name: "Move the clock forward" })
    .getByRole("button", { name: label })
    .click();
}

test.describe("walkthrough bugs", () => {
  test("logging in under a moved clock works, resets the clock and says so", async ({
    page,
    context,
    freshUser,
  }) => {
    for (const area of ["session", "jwt"] as const) {
      await logInThroughForm(page, area, freshUser);
      await advance(page, "+31 min");
      await expect(page).toHaveURL(/\/login\?/);
      await page.getByLabel("Username", { exact: true }).fill(freshUser.username);
      await page.getByLabel("Password", { exact: true }).fill(freshUser.password);
      await page.getByRole("button", { name: "Log in", exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${area}\\?clock=reset$`));
      await expect(page.getByRole("heading", { name: /Hello,/ })).toBeVisible();
      await expect(page.getByRole("status").filter({ hasText: "back to real time" })).toBeVisible();
      expect((await cookieNamed(context, "lab_clock"))?.value ?? "").toBe("");
    }
  });

  test("under a clock moved past a whole token lifetime, the JWT login page asks for the password and does not refresh", async ({
    page,
    freshUser,
  }) => {
    // CI once saw the login page's resume-by-refresh answer after the user had logged in, and its
    // navigation replaced the login's own (/jwt?clock=reset). Under such a clock a refreshed
    // token is born expired, so the page must not try (and loop back to itself).
    await logInThroughForm(page, "jwt", freshUser);
    const refreshes: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === "/api/jwt/refresh") refreshes.push(request.url());
    });
    await advance(page, "+31 min");
    await expect(page).toHaveURL(/\/jwt\/login\?.*reason=ERR_JWT_EXPIRED/);
    await expect(page.getByLabel("Password", { exact: true })).toBeVisible();
    await page.waitForTimeout(1500);
    expect(refreshes).toEqual([]);
    await expect(page).toHaveURL(/\/jwt\/login\?.*reason=ERR_JWT_EXPIRED/);
  });

  test("the token's and the session's countdowns follow the clock the server judges by", async ({
    page,
    freshUser,
  }) => {
    await logInThroughForm(page, "jwt", freshUser);
    const inspector = page.getByRole("complementary", { name: "Inspector" });
    await expect(inspector.getByText(/verifies, expires in 4m/)).toBeVisible();
    // Away from the dashboard first: its silent refresh would answer the moved clock by trading
    // the (by then dead) refresh token — and a refused refresh clears the access token's cookie,
    // which made this check race (2 runs in 5).
    await page.goto("/jwt/login");
    await expect(inspector.getByText(/verifies, expires in 4m/)).toBeVisible();
    await advance(page, "+1 day");
    await page.reload();
    await expect(inspector.getByText(/rejected: .*\(ERR_JWT_EXPIRED\), expired 23h/)).toBeVisible();

    await page.getByRole("button", { name: /Back to real time/ }).click();
    await logInThroughForm(page, "session", freshUser);
    await expect(inspector.getByTestId("server-keeps")).toContainText(/idle expiry\s*in 29m/);
    await advance(page, "+5 min");
    await expect(inspector.getByTestId("server-keeps")).toContainText(/idle expiry\s*in 24m/);
  });

  test("the inspector opens again when the window is widened after a narrowing", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/session/login");
    // With scripts on, the no-JavaScript notice is not shown.
    await expect(page.getByText("The inspector needs JavaScript")).toBeHidden();
    const sheet = page.getByRole("complementary", { name: "Inspector" }).locator("details").first();
    await expect(sheet).toHaveAttribute("open", "");
    await page.setViewportSize({ width: 900, height: 800 });
    await expect(sheet).not.toHaveAttribute("open", "");
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(sheet).toHaveAttribute("open", "");
    // A choice the reader made is kept: closed by hand stays closed.
    await sheet.locator("summary").first().click();
    await expect(sheet).not.toHaveAttribute("open", "");
    await page.setViewportSize({ width: 1300, height: 800 });
    await expect(sheet).not.toHaveAttribute("open", "");
  });

  test("after a localStorage login the inspector shows the token the page sends", async ({
    page,
  }) => {
    await page.goto("/jwt/login");
    await page.getByLabel("Username (localStorage)").fill("alice");
    await page.getByLabel("Password (localStorage)").fill(demoUser("alice").password);
    await page.getByRole("button", { name: "Log in, token in localStorage" }).click();
    await expect(page).toHaveURL(/\/jwt\/bearer$/);
    const inspector = page.getByRole("complementary", { name: "Inspector" });
    await expect(inspector.getByText(/Last request sent Authorization: Bearer/)).toBeVisible();
    await expect(inspector.getByLabel("Token payload")).toContainText("Alice Liddell");
    await expect(inspector.getByText("via Authorization header", { exact: false })).toBeVisible();
    await expect(inspector.getByText("No access token.")).toHaveCount(0);
  });

  test("the CSRF lab says where its Bearer token lives, and a new tab without one is told so", async ({
    page,
    context,
  }) => {
    await page.goto("/threats/csrf");
    await page.getByRole("button", { name: "Open a demo bank account" }).click();
    await expect(page.getByTestId("csrf-bearer-state")).toContainText(
      "this tab's sessionStorage holds a Bearer token",
    );
    const tab = await context.newPage();
    await tab.goto("/threats/csrf");
    await expect(tab.getByTestId("csrf-bearer-state")).toContainText("No Bearer token in this tab");
    await expect(
      tab.getByRole("button", { name: "Send 10 coins with the Bearer token (from this page)" }),
    ).toBeDisabled();
    expect(await cookieNamed(context, COOKIE.session)).toBeUndefined();
  });

  test("start over: logged out everywhere, real time, the throw-away account deleted, the tour forgotten", async ({
    page,
    context,
  }) => {
    await signInWithThrowAwayAccount(page);
    const lab = (await (await page.request.get("/api/session/me")).json()).user.displayName;
    await advance(page, "+5 min");
    await page.goto("/tour/4");
    // What only page script holds: the localStorage and DPoP variants' tokens.
    await page.evaluate(() => {
      for (const key of ["lab_jwt_token", "lab_jwt_refresh", "lab_dpop_token", "lab_dpop_refresh"])
        localStorage.setItem(key, "a-token");
    });
    await page.getByRole("button", { name: "Start over", exact: true }).click();
    await page.getByRole("button", { name: "Yes, start over" }).click();
    await expect(page).toHaveURL(/\/\?reset=done$/);
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.includes("token") || k.includes("refresh")),
      ),
    ).toEqual([]);
    expect((await page.request.get("/api/session/me")).status()).toBe(401);
    expect((await page.request.get("/api/jwt/me")).status()).toBe(401);
    for (const name of ["lab_clock", "lab_tour", "lab_compare_account"]) {
      expect((await cookieNamed(context, name))?.value ?? "", name).toBe("");
    }
    // The account itself is gone: its name logs in nowhere (it never had a known password,
    // so ask the admin API).
    const admin = await context.request.post("/api/session/login", { data: demoUser("admin") });
    expect(admin.status()).toBe(200);
    const { users } = await (await context.request.get("/api/admin/users")).json();
    expect(users.some((u: { displayName: string }) => u.displayName === lab)).toBe(false);
  });
});

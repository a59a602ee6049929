import { COOKIE, cookieNamed, demoUser, expect, test } from "./support/fixtures";

// A browser with JavaScript off: logging in and out still works in both areas, and
// what needs scripts says so instead of "Loading…" forever.
test.use({ javaScriptEnabled: false });

test.describe("without JavaScript", () => {
  for (const area of ["session", "jwt"] as const) {
    test(`logging in and out of the ${area} area works with plain forms`, async ({
      page,
      context,
    }) => {
      const alice = demoUser("alice");
      await page.goto(`/${area}/login`);
      await page.getByLabel("Username", { exact: true }).fill(alice.username);
      await page.getByLabel("Password", { exact: true }).fill(alice.password);
      await page.getByRole("button", { name: "Log in", exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${area}$`));
      await expect(page.getByRole("heading", { name: /Hello,/ })).toBeVisible();
      expect(await cookieNamed(context, COOKIE[area])).toBeDefined();
      await expect(page.getByText("The inspector needs JavaScript")).toBeVisible();

      await page.getByRole("button", { name: "Log out", exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${area}/login`));
      expect((await cookieNamed(context, COOKIE[area]))?.value ?? "").toBe("");
    });
  }

  test("the features that need scripts say so", async ({ page }) => {
    for (const [path, text] of [
      ["/compare", "The compare steps need JavaScript"],
      ["/checkin", "The desk needs JavaScript"],
      ["/jwt/login", "This variant needs JavaScript"],
      ["/tour/2", "The live evidence needs JavaScript"],
      ["/faq", "Some evidence below is live and needs JavaScript"],
    ] as const) {
      await page.goto(path);
      await expect(page.getByText(text), path).toBeVisible();
    }
  });

  test("start over works as a plain form too", async ({ page, context }) => {
    const alice = demoUser("alice");
    await page.goto("/session/login");
    await page.getByLabel("Username", { exact: true }).fill(alice.username);
    await page.getByLabel("Password", { exact: true }).fill(alice.password);
    await page.getByRole("button", { name: "Log in", exact: true }).click();
    await expect(page).toHaveURL(/\/session$/);
    await page.getByRole("button", { name: "Start over", exact: true }).click();
    await page.getByRole("button", { name: "Yes, start over" }).click();
    await expect(page).toHaveURL(/\/\?reset=done$/);
    await expect(page.getByRole("status")).toContainText("Started over");
    expect((await cookieNamed(context, COOKIE.session))?.value ?? "").toBe("");
  });
});

import { COOKIE, cookieNamed, demoUser, expect, test } from "./support/fixtures";

/**
 * The XSS lab (/threats/xss): a real injection on a toy page under the twin name (the suite runs
 * on 127.0.0.1, so the toy page is on localhost).
 */

test.describe("XSS lab", () => {
  test("C48 an injected script reads a localStorage token, cannot read the HttpOnly cookie, still uses it — and the app's CSP blocks it", async ({
    page,
    context,
  }) => {
    await page.goto("/threats/xss");
    await page.getByRole("link", { name: /Open the toy guestbook/ }).click();
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/threats\/xss\/victim$/);
    await expect(page.getByTestId("xss-policy")).toContainText("'unsafe-inline'");
    await page.getByRole("button", { name: "Log in to the toy account" }).click();
    await expect(page.getByTestId("toy-login")).toContainText("Logged in");
    expect((await cookieNamed(context, "lab_xss_toy"))?.httpOnly).toBe(true);

    await page.getByRole("button", { name: "Payload: read the token and the cookies" }).click();
    await page.getByRole("button", { name: "Post the comment" }).click();
    const loot = page.getByTestId("loot");
    await expect(loot).toContainText("localStorage token: toy-bearer-");
    await expect(loot).toContainText("document.cookie: [");
    await expect(loot).not.toContainText("lab_xss_toy");

    await page.getByRole("button", { name: "Payload: use the cookie session" }).click();
    await page.getByRole("button", { name: "Post the comment" }).click();
    await expect(loot).toContainText('Used the cookie session: {"account":"Toy Tina"');

    // The same payload under the app's own policy: the inline handler never runs.
    await page.getByRole("link", { name: "The same page with the app's CSP" }).click();
    await expect(page).toHaveURL(/\?csp=app$/);
    await expect(page.getByTestId("xss-policy")).toContainText("'nonce-…' 'strict-dynamic'");
    const csp = (await page.request.get(page.url())).headers()["content-security-policy"] ?? "";
    expect(csp).toContain("'strict-dynamic'");
    expect(csp).not.toContain("unsafe-inline");
    await page.getByRole("button", { name: "Post the comment" }).click();
    await expect(page.getByTestId("csp-blocked")).toContainText(
      "Blocked by the Content-Security-Policy",
    );
    await expect(loot).toHaveText("");
  });

  test("the toy page refuses to run where the browser holds a login of the real app", async ({
    page,
    context,
  }) => {
    const login = await page.request.post("/api/session/login", { data: demoUser("alice") });
    expect(login.status()).toBe(200);
    expect(await cookieNamed(context, COOKIE.session)).toBeDefined();
    await page.goto("/threats/xss/victim");
    await expect(page.getByText("it runs only under the lab's other name")).toBeVisible();
    await expect(page.getByRole("button", { name: "Post the comment" })).toHaveCount(0);
  });

  test("the toy API answers only its own cookie", async ({ request }) => {
    const response = await request.get("/api/threats/xss/toy");
    expect(response.status()).toBe(401);
    expect(await response.json()).toMatchObject({ error: "not_logged_in" });
  });
});

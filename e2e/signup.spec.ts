import { expect, logInThroughForm, test } from "./support/fixtures";

test.describe("sign-up (shared by both areas)", () => {
  test("shows field errors inline, then creates an account that works in both areas", async ({
    page,
  }) => {
    const username = `new-${Date.now().toString(36)}`;
    await page.goto("/signup");
    await page.getByLabel("Username").fill("x");
    await page.getByLabel("Display name").fill("Newcomer");
    await page.getByLabel("Password").fill("password123");
    await page.getByRole("button", { name: "Create account" }).click();

    const username_ = page.getByLabel("Username");
    await expect(username_).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#username-error")).toContainText("at least 3 characters");
    await expect(page.locator("#password-error")).toContainText("too common");
    await expect(page.getByLabel("Display name")).toHaveValue("Newcomer");
    await expect(page.getByLabel("Password")).toHaveValue("");

    await username_.fill(username);
    await page.getByLabel("Password").fill("a good long passphrase");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/session\/login\?registered=1/);
    await expect(page.getByText("Account created.")).toBeVisible();

    const user = { username, password: "a good long passphrase" };
    await logInThroughForm(page, "session", user);
    await expect(page.getByRole("heading", { name: "Hello, Newcomer" })).toBeVisible();
    await logInThroughForm(page, "jwt", user);
    await expect(page.getByRole("heading", { name: "Hello, Newcomer" })).toBeVisible();
  });

  test("refuses a taken username, case-insensitively", async ({ page, request }) => {
    const conflict = await request.post("/api/signup", {
      data: { username: "ALICE", displayName: "Another Alice", password: "some long passphrase" },
    });
    expect(conflict.status()).toBe(409);
    expect(await conflict.json()).toMatchObject({
      error: "username_taken",
      fields: { username: expect.any(Array) },
    });

    await page.goto("/signup");
    await page.getByLabel("Username").fill("Alice");
    await page.getByLabel("Display name").fill("Another Alice");
    await page.getByLabel("Password").fill("some long passphrase");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.locator("#username-error")).toHaveText("That username is taken.");
  });

  test("the API answers bad input with 400 and per-field messages", async ({ request }) => {
    const response = await request.post("/api/signup", {
      data: { username: "ok-name", password: "short" },
    });
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ error: "invalid_input", message: expect.any(String) });
    expect(Object.keys(body.fields).sort()).toEqual(["displayName", "password"]);
  });

  test("refuses a common password in disguise, and the username in disguise", async ({
    request,
  }) => {
    const signUp = (username: string, password: string) =>
      request.post("/api/signup", { data: { username, displayName: "Disguise", password } });
    for (const password of ["trustno1!!", "P@ssw0rd2024!", "Sunsh1ne#1"]) {
      const refused = await signUp(`d-${Date.now().toString(36)}`, password);
      expect(refused.status(), password).toBe(400);
      expect((await refused.json()).fields.password, password).toBeDefined();
    }
    const named = `dora-${Date.now().toString(36)}`;
    const own = await signUp(named, `${named.toUpperCase()}!!`);
    expect(own.status()).toBe(400);
    expect((await own.json()).fields.password).toEqual(["Password must not be your username."]);
  });
});

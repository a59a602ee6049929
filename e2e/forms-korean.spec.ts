import ko from "@/messages/ko.json";
import { e2eBaseURL } from "./support/env";
import { apiLogin, demoUser, expect, test } from "./support/fixtures";
import { untranslatedText } from "./support/untranslated";

// A form answers in its reader's language: a Korean reader's refusals (a wrong password, a
// validation error, a refused pass) are Korean sentences, not the API's English.

test.describe("forms in Korean", () => {
  test.beforeEach(async ({ context }) => {
    await context.addCookies([{ name: "lab_lang", value: "ko", url: e2eBaseURL }]);
  });

  test("a wrong password on the login form is refused in Korean", async ({ page, freshUser }) => {
    await page.goto("/session/login");
    await page.getByLabel(ko.login.form.username).fill(freshUser.username);
    await page.getByLabel(ko.login.form.password, { exact: true }).fill("not the password");
    await page.getByRole("button", { name: ko.login.form.submit, exact: true }).click();
    await expect(page.locator("#login-message")).toHaveText(ko.forms.refusals.invalidCredentials);
  });

  test("the sign-up form's validation errors are Korean", async ({ page }) => {
    await page.goto("/signup");
    await page.getByRole("button", { name: ko.signup.submit }).click();
    await expect(page.locator("#username-error")).toContainText(
      ko.forms.validation.usernameTooShort.replace("{min}", "3"),
    );
    await expect(page.locator("#displayName-error")).toHaveText(
      ko.forms.validation.displayNameRequired,
    );
  });

  test("the script login refuses an empty form in Korean", async ({ page }) => {
    await page.goto("/jwt/login");
    await page.getByRole("button", { name: ko.login.script.submitBearer }).click();
    await expect(page.locator("#bearer-message")).toHaveText(ko.forms.validation.usernameRequired);
  });

  // A name is the user's own, in whatever language: an English one ("Lab account 3f…", a
  // throw-away account's) is data on a Korean page, not text left untranslated.
  test("names people chose stand as they are on a Korean page: the header, the admin's list", async ({
    page,
    context,
  }) => {
    const suffix = Date.now().toString(36);
    const named = {
      username: `named-${suffix}`,
      displayName: `Someone With An English Name`,
      password: `pass-${suffix}-phrase`,
    };
    expect((await context.request.post("/api/signup", { data: named })).status()).toBe(201);
    await apiLogin(context.request, "session", named);
    await page.goto("/account");
    await expect(page.getByTestId("account-session")).toContainText(named.displayName);
    expect(await untranslatedText(page)).toEqual([]);

    await apiLogin(context.request, "session", demoUser("admin"));
    await page.goto("/admin");
    await expect(page.getByRole("row", { name: named.username })).toBeVisible();
    expect(await untranslatedText(page)).toEqual([]);
  });
});

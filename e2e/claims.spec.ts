import { COOKIE, cookieNamed, expect, logInThroughForm, test } from "./support/fixtures";

test.describe("custom claims", () => {
  test("C26 bigger payloads make bigger tokens; past ~4096 bytes the browser refuses the cookie while a header still carries it", async ({
    page,
    context,
  }) => {
    await logInThroughForm(page, "jwt");
    const before = (await cookieNamed(context, COOKIE.jwt))?.value ?? "";

    await page.getByLabel("Padding (bytes)").fill("1000");
    await page.getByRole("button", { name: "Re-issue my token" }).click();
    const result = page.getByTestId("reissue-result");
    await expect(result.getByTestId("cookie-outcome")).toHaveText(
      "The cookie now carries the new token.",
    );
    const medium = (await cookieNamed(context, COOKIE.jwt))?.value ?? "";
    expect(medium.length).toBeGreaterThan(before.length + 1000);

    await page.getByLabel("Padding (bytes)").fill("4500");
    await page.getByRole("button", { name: "Re-issue my token" }).click();
    await expect(result).toContainText(/New token: \d{4} bytes/);
    await expect(result.getByTestId("cookie-outcome")).toHaveText(
      "The browser dropped the oversized cookie: requests still carry the old token in the cookie.",
    );
    await expect(result.getByTestId("bearer-outcome")).toHaveText(
      "The Authorization header carried the new token: 200.",
    );
    expect((await cookieNamed(context, COOKIE.jwt))?.value).toBe(medium); // the browser kept the old one
  });

  test("C35 secrets never belong in a JWT: the app warns when a claim looks like one", async ({
    page,
  }) => {
    await logInThroughForm(page, "jwt");
    await page.getByLabel("Claim name").fill("password");
    await page.getByLabel("Claim value").fill("hunter2");
    await page.getByRole("button", { name: "Re-issue my token" }).click();
    const warning = page.getByTestId("reissue-result").getByRole("alert");
    await expect(warning).toContainText('"password" is named like a secret.');
    // …and indeed anyone can read it: it is right there in the decoded payload.
    await expect(page.getByLabel("Decoded payload")).toContainText('"password": "hunter2"');
  });

  test("re-issuing keeps the role and the exp, and refuses reserved claims", async ({ page }) => {
    await logInThroughForm(page, "jwt");
    const { claims: before } = await (await page.request.get("/api/jwt/me")).json();
    const reissued = await page.request.post("/api/jwt/claims", {
      data: { claims: { theme: "dark" } },
    });
    const body = await reissued.json();
    expect(body.claims).toMatchObject({
      theme: "dark",
      role: before.role,
      exp: before.exp,
      sub: before.sub,
    });
    const reserved = await page.request.post("/api/jwt/claims", {
      data: { claims: { role: "admin" } },
    });
    expect(reserved.status()).toBe(400);
  });
});

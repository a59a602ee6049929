import { e2eBaseURL } from "./support/env";
import {
  COOKIE,
  cookieNamed,
  expect,
  logInKeepingTokens,
  logInThroughForm,
  test,
} from "./support/fixtures";

test.describe("JWT transports", () => {
  test("C21 a JWT travels in an HttpOnly cookie or in Authorization: Bearer (client storage), by choice", async ({
    page,
    context,
    browser,
  }) => {
    await logInThroughForm(page, "jwt");
    expect(await cookieNamed(context, COOKIE.jwt)).toMatchObject({ httpOnly: true });

    const other = await browser.newContext();
    const bearerPage = await other.newPage();
    await logInKeepingTokens(bearerPage, "localStorage");
    await expect(bearerPage.getByTestId("bearer-status")).toContainText(
      "Logged in as Alice Liddell",
    );
    expect((await other.cookies()).some((c) => c.name === COOKIE.jwt)).toBe(false); // no cookie at all
    // The page's API call carried the header: the inspector's trace says so.
    await expect
      .poll(async () => {
        const { traces } = await (await bearerPage.request.get("/api/inspect/recent")).json();
        return traces.find((t: { path: string }) => t.path === "/api/jwt/me")?.credential.kind;
      })
      .toBe("bearer");
    await other.close();
  });

  test("C32 XSS: a script in the page can read a token kept in localStorage, but not an HttpOnly cookie", async ({
    page,
    browser,
  }) => {
    await logInKeepingTokens(page, "localStorage");
    const stolen = await page.evaluate(() => localStorage.getItem("lab_jwt_token"));
    expect(stolen?.split(".")).toHaveLength(3);
    // What the attacker does next: use it from anywhere, no cookie needed.
    const replay = await page.request.fetch(`${e2eBaseURL}/api/jwt/me`, {
      headers: { authorization: `Bearer ${stolen}` },
    });
    expect(replay.status()).toBe(200);
    await page.getByRole("button", { name: "Run a script as an XSS would" }).click();
    await expect(page.getByTestId("xss-result")).toContainText(
      `the whole token, ${stolen?.length} characters`,
    );

    const cookieContext = await browser.newContext();
    const cookiePage = await cookieContext.newPage();
    await logInThroughForm(cookiePage, "jwt");
    const visible = await cookiePage.evaluate(() => ({
      cookie: document.cookie,
      stored: localStorage.length,
    }));
    expect(visible.cookie).not.toContain(COOKIE.jwt);
    expect(visible.stored).toBe(0);
    await cookieContext.close();
  });

  test("logging out of the localStorage variant forgets the token; the token itself stays valid", async ({
    page,
  }) => {
    await logInKeepingTokens(page, "localStorage");
    const token = await page.evaluate(() => localStorage.getItem("lab_jwt_token"));
    await page.getByRole("button", { name: "Log out", exact: true }).click();
    await expect(page.getByTestId("bearer-status")).toContainText("stays valid until exp");
    expect(await page.evaluate(() => localStorage.getItem("lab_jwt_token"))).toBeNull();
    const replay = await page.request.get("/api/jwt/me", {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(replay.status()).toBe(200);
  });
});

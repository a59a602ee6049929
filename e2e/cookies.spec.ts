import { COOKIE, cookieNamed, expect, logInThroughForm, test } from "./support/fixtures";

test.describe("cookies and HTTP", () => {
  test("C01 HTTP is stateless: without a credential, the same request twice gets the same anonymous answer", async ({
    request,
  }) => {
    for (const path of ["/api/session/me", "/api/jwt/me"]) {
      const first = await request.get(path);
      const second = await request.get(path);
      expect([first.status(), second.status()]).toEqual([401, 401]);
      expect(await second.json()).toEqual(await first.json());
    }
  });

  test("C02 a cookie is stored by the browser and sent back automatically on every request to its site", async ({
    page,
    context,
  }) => {
    await logInThroughForm(page, "session");
    const stored = await cookieNamed(context, COOKIE.session);
    expect(stored).toBeDefined();
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().endsWith("/session") && r.isNavigationRequest()),
      page.reload(),
    ]);
    expect(await request.headerValue("cookie")).toContain(`${COOKIE.session}=${stored?.value}`);
  });

  test("C03 a cookie is scoped and expires: its attributes are as the server set them", async ({
    page,
    context,
  }) => {
    await logInThroughForm(page, "session");
    await logInThroughForm(page, "jwt");
    const now = Date.now() / 1000;
    const expected = [
      { name: COOKIE.session, maxAge: 7 * 24 * 3600 },
      { name: COOKIE.jwt, maxAge: 5 * 60 },
    ];
    for (const { name, maxAge } of expected) {
      const cookie = await cookieNamed(context, name);
      expect(cookie).toMatchObject({
        domain: "127.0.0.1",
        path: "/",
        httpOnly: true,
        sameSite: "Lax",
        secure: false,
      });
      expect(Math.abs((cookie?.expires ?? 0) - (now + maxAge))).toBeLessThan(60);
    }
    // Host-only (no Domain attribute): the cookie is not shared with other hosts.
    const setCookie = await page.request.post("/api/jwt/login", {
      data: { username: "bob", password: "bob-in-the-lab" },
    });
    const header = setCookie.headers()["set-cookie"] ?? "";
    expect(header).toMatch(/HttpOnly/i);
    expect(header).not.toMatch(/Domain=/i);
    // Page scripts see neither credential.
    expect(await page.evaluate(() => document.cookie)).not.toMatch(/lab_session|lab_jwt/);
  });

  test("C04 cookies carry non-auth state too: the mode preference survives reloads", async ({
    page,
    context,
  }) => {
    await page.goto("/");
    const toggle = page.getByRole("form", { name: "Authentication mode" });
    await expect(toggle.getByRole("button", { name: "Session" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await toggle.getByRole("button", { name: "JWT" }).click();
    await expect(page).toHaveURL(/\/jwt\/login/); // not logged in to the JWT area yet

    const mode = await cookieNamed(context, COOKIE.mode);
    expect(mode).toMatchObject({ value: "jwt", httpOnly: false });
    await page.goto("/");
    await page.reload();
    await expect(toggle.getByRole("button", { name: "JWT" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(page.getByText("(your last choice)")).toBeVisible();
    expect(await page.evaluate(() => document.cookie)).toContain("lab_mode=jwt");

    // Visiting an area is choosing it too.
    await page.goto("/session/login");
    await expect(toggle.getByRole("button", { name: "Session" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect((await cookieNamed(context, COOKIE.mode))?.value).toBe("session");
  });
});

import type { Page } from "@playwright/test";
import { insecureHost } from "./support/env";
import {
  COOKIE,
  cookieNamed,
  cspViolations,
  expect,
  logInThroughForm,
  test,
} from "./support/fixtures";

/**
 * The threats labs. The CSRF attacker is this same server under its twin name: the suite runs on
 * 127.0.0.1, so the attacker's page is on localhost — another site to the browser.
 */

async function attack(page: Page, label: string) {
  await page.getByRole("link", { name: "Visit the attacker's site" }).click();
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/threats\/csrf\/attacker/);
  await page.getByRole("button", { name: `Attack: ${label}` }).click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/threats\/csrf\?attempt=/);
  return page.getByTestId("csrf-result");
}

test.describe("threats", () => {
  test("C31 CSRF: a cross-site form post rides on a cookie; SameSite and an Origin check stop it; a Bearer header is never sent by itself", async ({
    page,
  }) => {
    const violations = cspViolations(page);
    await page.goto("/threats/csrf");
    await page.getByRole("button", { name: "Open a demo bank account" }).click();
    await expect(page.getByTestId("csrf-balance")).toHaveText("Balance: 100 coins");

    // SameSite=None: the browser attaches the cookie to the forged form, and the money moves.
    let result = await attack(page, "cookie SameSite=None, no server check");
    await expect(result).toHaveAttribute("data-outcome", "transferred");
    await expect(result).toContainText("Origin headerhttp://localhost:");
    await expect(result).toContainText("Sec-Fetch-Site headercross-site");
    await expect(result).toContainText("Credentials that arrivedcookie SameSite=None");
    await expect(page.getByTestId("csrf-balance")).toHaveText("Balance: 75 coins");

    // Lax and Strict: the browser leaves the cookie at home; the request is anonymous.
    for (const sameSite of ["Lax", "Strict"]) {
      result = await attack(page, `cookie SameSite=${sameSite}, no server check`);
      await expect(result).toHaveAttribute("data-outcome", "no_credential");
      await expect(result).not.toContainText(`arrivedcookie SameSite=${sameSite.toLowerCase()}`);
    }

    // The server's Origin / Sec-Fetch-Site check refuses it even though the cookie came.
    result = await attack(page, "cookie SameSite=None, server checks Origin");
    await expect(result).toHaveAttribute("data-outcome", "cross_site_request");
    await expect(result).toContainText("Credentials that arrivedcookie SameSite=None");

    // A Bearer header is only ever added by script: the forged form arrives without one.
    result = await attack(page, "Bearer header, no server check");
    await expect(result).toHaveAttribute("data-outcome", "no_credential");
    await expect(result).not.toContainText("Authorization: Bearer header,");
    await expect(result).toContainText("Credentials that arrivedcookie SameSite=None");

    // The same Bearer token works when this page's own script sends it.
    await page.getByRole("button", { name: "Send 10 coins with the Bearer token" }).click();
    await expect(page.getByTestId("csrf-message")).toContainText("Sent 10 coins to bob");
    await expect(page.getByTestId("csrf-balance")).toHaveText("Balance: 65 coins");
    await expect(page.getByRole("table", { name: "Transfers" }).locator("tbody tr")).toHaveCount(2);
    expect(violations).toEqual([]);
  });

  test("the CSRF lab's API refuses bad input and cross-site account changes", async ({
    request,
    baseURL,
  }) => {
    const transfer = (data: unknown, headers: Record<string, string> = {}) =>
      request.post("/api/threats/csrf/transfer", { data, headers });
    let response = await transfer({ credential: "cookie", amount: 5, to: "x" });
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_input" });
    response = await transfer({ credential: "none", amount: 1e9, to: "x" });
    expect(response.status()).toBe(400);
    response = await transfer("credential=none", { "content-type": "text/plain" });
    expect(response.status()).toBe(415);
    response = await transfer({ credential: "bearer", amount: 5, to: "x" });
    expect(response.status()).toBe(401);
    expect(await response.json()).toMatchObject({ error: "no_credential" });
    response = await request.get("/api/threats/csrf/transfer");
    expect(response.status()).toBe(405);

    response = await request.post("/api/threats/csrf/account", {
      data: {},
      headers: { origin: "http://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(response.status()).toBe(403);
    expect(await response.json()).toMatchObject({ error: "cross_site_request" });
    response = await request.post("/api/threats/csrf/account", { data: {} });
    expect(response.status()).toBe(201);
    const { bearerToken } = (await response.json()) as { bearerToken: string };
    response = await transfer(
      { credential: "bearer", amount: 5, to: "x" },
      { authorization: `Bearer ${bearerToken}` },
    );
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ attempt: { outcome: "transferred" } });
    expect(baseURL).toMatch(/127\.0\.0\.1/);
  });

  test("the attacker's page only posts to this server's twin", async ({ page, baseURL }) => {
    const twin = baseURL!.replace("127.0.0.1", "localhost");
    const response = await page.goto(`${twin}/threats/csrf/attacker?target=https://evil.example`);
    expect(response?.headers()["content-security-policy"]).toContain(
      `form-action 'self' ${baseURL}`,
    );
    await expect(page.getByRole("button", { name: /^Attack:/ })).toHaveCount(0);
    await expect(page.getByText("Open this page from the")).toBeVisible();
  });
});

test.describe("HTTPS lab", () => {
  test("C33 a Secure cookie is refused over plain HTTP off loopback, where everything on the wire is readable", async ({
    page,
    context,
    baseURL,
  }) => {
    // Loopback is a secure context: both test cookies are kept.
    await page.goto("/threats/https");
    await expect(page.getByTestId("secure-context")).toContainText("is a secure context");
    await page.getByRole("button", { name: "Set both test cookies" }).click();
    await expect(page.getByTestId("cookie-secure")).toHaveAttribute("data-arrived", "true");
    await expect(page.getByTestId("cookie-plain")).toHaveAttribute("data-arrived", "true");
    const kept = await context.cookies(baseURL);
    expect(kept.find((c) => c.name === "lab_https_secure")?.secure).toBe(true);

    // The same server under a plain-HTTP name that is not loopback: not a secure context, so the
    // browser refuses the Secure cookie outright, and the other one travels in the clear.
    const insecure = baseURL!.replace("127.0.0.1", insecureHost);
    await page.goto(`${insecure}/threats/https`);
    await expect(page.getByTestId("secure-context")).toContainText("is not a secure context");
    await page.getByRole("button", { name: "Set both test cookies" }).click();
    await expect(page.getByTestId("cookie-secure")).toHaveAttribute("data-arrived", "false");
    await expect(page.getByTestId("cookie-secure")).toContainText("refused by the browser");
    await expect(page.getByTestId("cookie-plain")).toHaveAttribute("data-arrived", "true");
    const names = (await context.cookies(insecure)).map((c) => c.name);
    expect(names).toContain("lab_https_plain");
    expect(names).not.toContain("lab_https_secure");

    // What an eavesdropper reads: the plain cookie's value in full.
    await page.reload();
    await expect(page.getByTestId("wire")).toContainText(`Host: ${insecureHost}:`);
    await expect(page.getByTestId("wire")).toContainText("lab_https_plain=plain-set-");
  });

  test("the wire view never echoes a credential, and the lab says the server's cookies lack Secure on HTTP", async ({
    page,
    context,
  }) => {
    await logInThroughForm(page, "session");
    const seal = (await cookieNamed(context, COOKIE.session))?.value ?? "";
    await page.goto("/threats/https");
    await expect(page.getByTestId("wire")).toContainText(`lab_session=‹${seal.length} characters›`);
    expect(await page.content()).not.toContain(seal);
    await expect(
      page
        .getByRole("definition")
        .filter({ hasText: /^no — the browser would send it over plain HTTP/ }),
    ).toBeVisible();
  });
});

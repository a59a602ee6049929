import { request as playwrightRequest } from "@playwright/test";
import { COOKIE, cookieNamed, demoUser, expect, test } from "./support/fixtures";

/** The session attacks lab (/threats/session): fixation and the proxy-only mistake. */

test.describe("session attacks", () => {
  test("C45 fixation: a session cookie planted before login is never adopted — login issues a fresh token, the planted one is no session", async ({
    page,
    context,
    baseURL,
  }) => {
    await page.goto("/threats/session");
    await page.getByRole("button", { name: "Plant a session cookie (as the attacker)" }).click();
    await expect(page.getByTestId("planted")).toBeVisible();
    const planted = (await cookieNamed(context, COOKIE.session))!.value;
    expect(planted).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const form = page.getByRole("form", { name: "Log in as the victim" });
    await form.getByLabel("Password").fill(demoUser("alice").password);
    await form.getByRole("button", { name: "Log in to the session area (as the victim)" }).click();
    await expect(page.getByText("Logged in: the server answered 200")).toBeVisible();
    const issued = (await cookieNamed(context, COOKIE.session))!.value;
    expect(issued).not.toBe(planted);

    await page.getByRole("button", { name: "What became of the planted cookie?" }).click();
    const result = page.getByTestId("fixation-result");
    await expect(result).toHaveAttribute("data-fixed", "false");
    await expect(result).toContainText("session_not_found (401)");
    await expect(result).toContainText(
      "a fresh token the server issued at login, logged in as Alice Liddell",
    );
    await expect(result).not.toContainText(issued);

    // The attacker, who knows the planted value, replays it from their own machine: 401.
    const attacker = await playwrightRequest.newContext({ baseURL });
    const me = await attacker.get("/api/session/me", {
      headers: { cookie: `${COOKIE.session}=${planted}` },
    });
    expect(me.status()).toBe(401);
    await attacker.dispose();
  });

  test("C46 proxy-only protection: skipping the proxy opens the route that trusted it; the route that asks the DAL still refuses", async ({
    page,
  }) => {
    await page.goto("/threats/session");
    const answer = page.getByTestId("proxy-answer");
    // Each answer is waited for by its own path and status before the next question: a status
    // alone may still be the previous answer's, and a slow answer could then land on top.
    const ask = async (name: string, path: string, status: string) => {
      await page.getByRole("button", { name, exact: true }).click();
      await expect(answer).toContainText(`GET ${path} → ${status}`);
      await expect(answer).toHaveAttribute("data-status", status);
    };

    // Through the proxy, without a session: both refused before they run.
    await ask(
      "Ask the route guarded by the proxy only",
      "/api/threats/proxy-gate/only-proxy",
      "401",
    );
    await ask("Ask the route the DAL checks too", "/api/threats/proxy-gate/checked", "401");

    await page.getByLabel(/Skip the proxy/).check();
    await ask(
      "Ask the route guarded by the proxy only",
      "/api/threats/proxy-gap/only-proxy",
      "200",
    );
    await expect(answer).toContainText("toy vault code");
    await ask("Ask the route the DAL checks too", "/api/threats/proxy-gap/checked", "401");
  });

  test("C49 the database leak: no stolen row works as a credential; a leaked signing key forges any token until it is retired", async ({
    page,
  }) => {
    await page.goto("/threats/session");
    await page.getByRole("button", { name: "Steal the database" }).click();
    const leak = page.getByTestId("leak");
    await expect(leak).toContainText('"password_hash": "$argon2id$');
    const rows = leak.locator("tbody tr");
    await expect(rows).toHaveCount(4);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-works")))).toEqual(
      ["false", "false", "false", "false"],
    );
    await expect(leak).toContainText("session_not_found");
    await expect(leak).toContainText("refresh_invalid");
    await expect(page.getByTestId("leak-control")).not.toContainText("refused");

    await page.getByRole("button", { name: "Leak a throw-away signing key" }).click();
    await page.getByRole("button", { name: "Forge an admin token for Toy Tina" }).click();
    const verdicts = page.getByTestId("leaked-key-verdicts");
    await expect(verdicts.locator("li").first()).toHaveText("accepted: Toy Tina, role admin");
    await page.getByRole("button", { name: "Retire the key" }).click();
    await expect(verdicts.locator("li").nth(2)).toHaveText("refused: ERR_JWKS_NO_MATCHING_KEY");
  });

  test("with a session, the DAL-checked route answers on either path", async ({ page }) => {
    const login = await page.request.post("/api/session/login", { data: demoUser("bob") });
    expect(login.status()).toBe(200);
    for (const path of ["proxy-gate", "proxy-gap"]) {
      const response = await page.request.get(`/api/threats/${path}/checked`);
      expect(response.status(), path).toBe(200);
      expect(await response.json()).toMatchObject({ user: "Bob Builder" });
    }
  });

  test("the fixation check refuses what it did not plant", async ({ request }) => {
    const response = await request.post("/api/threats/session/fixation", {
      data: { planted: "x" },
    });
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({ error: "planted_value_malformed" });
  });
});

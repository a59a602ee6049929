import { request as playwrightRequest } from "@playwright/test";
import { withAppServer } from "./support/app-server";
import { e2eBaseURL } from "./support/env";
import { apiLogin, demoUser, expect, test } from "./support/fixtures";

// What an outside attack run found, each as the request that found it.

test.describe("a throttle slows guessing without handing anyone a lock", () => {
  test("while strangers keep the account throttled, the owner's browser logs in; strangers stay throttled", async ({
    browser,
    freshUser,
  }) => {
    // The owner logged in from this browser before: it holds a device cookie for the account.
    const owner = await browser.newContext();
    await apiLogin(owner.request, "session", freshUser);
    expect((await owner.cookies()).some((c) => c.name === "lab_device" && c.httpOnly)).toBe(true);
    await owner.request.post("/api/session/logout");

    const attacker = await playwrightRequest.newContext({ baseURL: e2eBaseURL });
    const wrong = { username: freshUser.username, password: "not-the-password" };
    const answers: number[] = [];
    for (let i = 0; i < 8; i++) {
      answers.push((await attacker.post("/api/session/login", { data: wrong })).status());
    }
    expect(answers).toContain(429);
    const refused = await attacker.post("/api/session/login", { data: freshUser });
    expect(refused.status()).toBe(429);
    expect(refused.headers()["retry-after"]).toMatch(/^\d+$/);

    // The owner's correct password, from the owner's browser: in, at once.
    expect((await owner.request.post("/api/session/login", { data: freshUser })).status()).toBe(
      200,
    );
    expect((await owner.request.post("/api/jwt/login", { data: freshUser })).status()).toBe(200);
    // A fresh browser is a stranger: it shares the throttled budget (and is told the same words).
    const stranger = await browser.newContext();
    const strangerAnswer = await stranger.request.post("/api/session/login", { data: freshUser });
    expect(strangerAnswer.status()).toBe(429);
    expect((await strangerAnswer.json()).message).toBe((await refused.json()).message);
    await Promise.all([owner.close(), stranger.close(), attacker.dispose()]);
  });

  test("failures on other accounts from this address do not refuse a newcomer's right password", async () => {
    // Its own server with the default settings (the suite's shared one is the same, but this
    // must hold by default, with nothing raised for the tests).
    await withAppServer({}, async (server) => {
      const api = await playwrightRequest.newContext({ baseURL: server.url });
      for (let i = 0; i < 35; i++) {
        const answer = await api.post("/api/jwt/login", {
          data: { username: `nobody-${i}`, password: "wrong-password" },
        });
        expect(answer.status()).toBe(401);
      }
      expect((await api.post("/api/jwt/login", { data: demoUser("bob") })).status()).toBe(200);
      await api.dispose();
    });
  });
});

test.describe("sign-up is throttled per client and overall", () => {
  test("after SIGNUP_CLIENT_MAX attempts from one address — taken names included — 429 with Retry-After", async ({
    browser,
  }) => {
    await withAppServer({ SIGNUP_CLIENT_MAX: "4" }, async (server) => {
      const api = await playwrightRequest.newContext({ baseURL: server.url });
      try {
        const signUp = (username: string) =>
          api.post("/api/signup", {
            data: { username, displayName: "Probe", password: "a-long-unusual-passphrase" },
          });
        expect((await signUp("alice")).status()).toBe(409); // a probe of a taken name counts too
        expect((await signUp("bob")).status()).toBe(409);
        expect((await signUp(`new-${Date.now()}`)).status()).toBe(201);
        expect((await signUp(`new2-${Date.now()}`)).status()).toBe(201);
        const refused = await signUp(`new3-${Date.now()}`);
        expect(refused.status()).toBe(429);
        expect(await refused.json()).toMatchObject({ error: "too_many_signups" });
        expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(3000);
        // The probe answer is the throttle's now, not "taken": enumeration stops with it.
        expect((await signUp("alice")).status()).toBe(429);
        // The compare view's throw-away account is a sign-up too: the same budget refuses it.
        const context = await browser.newContext({ baseURL: server.url });
        const page = await context.newPage();
        await page.goto("/compare");
        await page.getByRole("button", { name: "Use a throw-away account" }).first().click();
        await expect(page).toHaveURL(/lab_account=throttled/);
        await expect(
          page.getByRole("alert").filter({ hasText: "Too many accounts" }),
        ).toBeVisible();
        await context.close();
      } finally {
        await api.dispose();
      }
    });
  });
});

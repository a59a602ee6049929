import { request as playwrightRequest } from "@playwright/test";
import { withAppServer } from "./support/app-server";
import { demoUser, expect, logInKeepingTokens, logInThroughForm, test } from "./support/fixtures";

test.describe("refresh across tabs", () => {
  test("C53 tabs renewing on their own: the grace window serves the racers, a late tab trips reuse detection and the family dies; taking turns, it never does", async ({
    page,
    freshUser,
  }) => {
    await logInKeepingTokens(page, "localStorage", freshUser);
    await page.getByRole("button", { name: "Race: each tab on its own" }).click();
    const result = page.getByTestId("race-result");
    await expect(result).toContainText("The next refresh: 401 refresh_revoked", {
      timeout: 15_000,
    });
    await expect(result).toContainText("Tab 3: 401 refresh_reused");
    const text = (await result.textContent()) ?? "";
    expect(text.match(/\(rotated\)/g)).toHaveLength(1);
    expect(text).toContain("(graced: the successor another tab just got)");

    await logInKeepingTokens(page, "localStorage", freshUser);
    await page.getByRole("button", { name: "Race: tabs take turns (Web Locks)" }).click();
    await expect(result).toContainText("The next refresh: 200 generation 3 (rotated)", {
      timeout: 15_000,
    });
    await expect(result).toContainText("200 generation 2 (rotated)");
    expect(((await result.textContent()) ?? "").match(/no request: took the tokens/g)).toHaveLength(
      2,
    );
  });
});

test("C53 two real tabs whose token expired renew once between them, under one lock: one new generation, no reuse", async ({
  browser,
}) => {
  test.slow();
  // A server of its own with 2-second access tokens: real expiry, no fast-forward clock (under a
  // moved clock every renewed token would be judged expired at once).
  await withAppServer({ JWT_ACCESS_TTL: "2" }, async ({ url }) => {
    const context = await browser.newContext({ baseURL: url });
    const first = await context.newPage();
    await logInKeepingTokens(first, "localStorage", demoUser("bob"));
    const second = await context.newPage();
    await second.goto("/jwt/bearer");
    await expect(second.getByTestId("bearer-status")).toContainText("Logged in as");
    // Both tabs' token has expired — its 2 s, and the verifier's 5 s of clock tolerance — once
    // the server itself refuses it (asked from outside the tabs, so their traces stay theirs).
    const expiring = await first.evaluate(() => localStorage.getItem("lab_jwt_token"));
    const outsider = await playwrightRequest.newContext({ baseURL: url });
    await expect
      .poll(
        async () =>
          (
            await outsider.get("/api/jwt/me", { headers: { authorization: `Bearer ${expiring}` } })
          ).status(),
        { timeout: 30_000, intervals: [250] },
      )
      .toBe(401);
    await outsider.dispose();
    await Promise.all([first.reload(), second.reload()]);
    for (const tab of [first, second]) {
      await expect(tab.getByTestId("bearer-status")).toContainText("Logged in as");
    }
    const { traces } = (await (await first.request.get("/api/inspect/recent")).json()) as {
      traces: Array<{ path: string; status: number }>;
    };
    // Every renewal answered 200, and the family moved one generation: one rotation for both
    // tabs. (A second tab taking the lock a millisecond after the first may not yet see the
    // first tab's localStorage write — Chromium syncs it across tabs asynchronously — and send
    // the same token again: the grace window answers that with the same successor.)
    const refreshes = traces.filter((t) => t.path === "/api/jwt/refresh");
    expect(refreshes.length).toBeGreaterThanOrEqual(1);
    for (const { status } of refreshes) expect(status).toBe(200);
    const token = await first.evaluate(() => localStorage.getItem("lab_jwt_token"));
    const state = await (
      await first.request.get("/api/inspect/state", {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json();
    const family = state.jwt.server.family;
    expect(family.generations.map((g: { state: string }) => g.state)).toEqual(["used", "live"]);
    expect(family.revokedReason).toBeNull();
    await context.close();
  });
});

test("a tab that left its renewal to another tab, whose token never came, renews by itself", async ({
  browser,
}) => {
  test.slow();
  await withAppServer({ JWT_ACCESS_TTL: "10" }, async ({ url }) => {
    const context = await browser.newContext({ baseURL: url });
    const page = await context.newPage();
    await logInThroughForm(page, "jwt", demoUser("bob"));
    // A stale announcement (an earlier login's tab, a lifetime since shortened): "a newer token
    // than yours exists" — but the jar has none.
    await page.evaluate(() => localStorage.setItem("lab_jwt_latest_exp", "9999999999"));
    await expect(page.getByTestId("silent-refresh")).toContainText(/generation [2-9]/, {
      timeout: 30_000,
    });
    await expect(page).toHaveURL(/\/jwt$/);
    await context.close();
  });
});

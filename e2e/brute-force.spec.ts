import { request as playwrightRequest } from "@playwright/test";
import { withAppServer } from "./support/app-server";
import { e2eBaseURL } from "./support/env";
import { adminClient, demoUser, expect, idOf, test } from "./support/fixtures";

/** The brute-force lab (/threats/brute-force): the real login's throttle, answer by answer. */

// 5 free failures; then each attempt waits 1 s, 2 s, 4 s…; the run waits out 3 s in all.
const EXPECTED = ["401", "401", "401", "401", "401", "401", "429", "401", "429", "401", "429"];

test("C47 brute force: free failures, then 429 with a growing Retry-After, alike for a real account and an unknown user", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto("/threats/brute-force");
  await page.getByRole("button", { name: "Fire wrong passwords" }).click();
  await expect(page.getByTestId("timing-verdict")).toBeVisible({ timeout: 40_000 });
  for (const series of ["series-0", "series-1"]) {
    const rows = page.getByTestId(series).locator("tbody tr");
    expect(
      await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-status"))),
    ).toEqual(EXPECTED);
    const retryAfter = await rows.locator("td:nth-child(4)").allTextContents();
    expect(retryAfter.filter((t) => t !== "—")).toEqual(["1 s", "2 s", "4 s"]);
  }
  await expect(page.getByTestId("timing-verdict")).toContainText(
    /wrong password [\d.]+ ms, unknown user [\d.]+ ms/,
  );
});

test.describe("a disabled account: its right password is a wrong one to whoever sends it", () => {
  for (const area of ["session", "sealed", "jwt"] as const) {
    test(`${area}: the same status, body and cookies for the right and a wrong password`, async ({
      freshUser,
    }) => {
      const admin = await adminClient();
      const id = await idOf(admin, freshUser.username);
      expect((await admin.patch(`/api/admin/users/${id}`, { data: { disabled: true } })).ok()).toBe(
        true,
      );
      await admin.dispose();
      const answer = async (password: string) => {
        // A browser of its own for each, so neither inherits the other's cookies.
        const client = await playwrightRequest.newContext({ baseURL: e2eBaseURL });
        const response = await client.post(`/api/${area}/login`, {
          data: { username: freshUser.username, password },
        });
        const seen = {
          status: response.status(),
          body: await response.json(),
          setCookies: response
            .headersArray()
            .filter((header) => header.name.toLowerCase() === "set-cookie")
            .map((header) => header.value.split("=")[0]),
        };
        await client.dispose();
        return seen;
      };
      const right = await answer(freshUser.password);
      expect(right.status).toBe(401);
      expect(right).toEqual(await answer("not-the-password"));
    });
  }
});

test("password spraying: one address trying many accounts is slowed, never an owner's known device", async () => {
  await withAppServer({ LOGIN_CLIENT_MAX: "3", LOGIN_CLIENT_WINDOW: "120" }, async (server) => {
    const owner = await playwrightRequest.newContext({ baseURL: server.url });
    const sprayer = await playwrightRequest.newContext({ baseURL: server.url });
    const stranger = await playwrightRequest.newContext({ baseURL: server.url });
    try {
      // The owner logged in from this browser before: it holds bob's device cookie.
      expect((await owner.post("/api/session/login", { data: demoUser("bob") })).status()).toBe(
        200,
      );
      const spray = (username: string) =>
        sprayer.post("/api/session/login", { data: { username, password: "Summer2026!" } });
      for (const username of ["alice", "carol", "nobody-here"])
        expect((await spray(username)).status()).toBe(401);
      const slowed = await spray("admin");
      expect(slowed.status()).toBe(429);
      expect(await slowed.json()).toMatchObject({ error: "too_many_attempts" });
      const wait = Number(slowed.headers()["retry-after"]);
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(120); // slowed for at most one window, never locked
      // A stranger behind the same address shares the budget: slowed too, with the same answer.
      const shared = await stranger.post("/api/session/login", { data: demoUser("alice") });
      expect(shared.status()).toBe(429);
      // The owner's known device never meets the address's budget.
      expect((await owner.post("/api/session/login", { data: demoUser("bob") })).status()).toBe(
        200,
      );
    } finally {
      await Promise.all([owner.dispose(), sprayer.dispose(), stranger.dispose()]);
    }
  });
});

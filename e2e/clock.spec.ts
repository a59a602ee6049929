import type { Page } from "@playwright/test";
import { countSessions } from "./support/db";
import { apiLogin, expect, logInThroughForm, test } from "./support/fixtures";

async function advance(page: Page, label: string): Promise<void> {
  const clock = page.getByRole("group", { name: "Move the clock forward" });
  await clock.getByRole("button", { name: label }).click();
}

test.describe("fast-forward clock", () => {
  test("C10 sessions expire after inactivity (sliding) and after an absolute lifetime", async ({
    page,
    freshUser,
  }) => {
    await logInThroughForm(page, "session", freshUser);
    await advance(page, "+5 min");
    await expect(page.getByTestId("clock-offset")).toContainText("5m 0s from now");
    await page.reload();
    await expect(page.getByRole("heading", { name: /Hello,/ })).toBeVisible(); // 5 min idle: fine

    await advance(page, "+31 min"); // judged 36 min later: past the 30-minute idle timeout
    await expect(page).toHaveURL(/reason=session_idle_expired/);
    expect(countSessions(freshUser.username)).toBe(0); // purged on access

    // Back to real time logs the browser out; a fresh login then meets the absolute lifetime.
    await page.getByRole("button", { name: "Back to real time (logs you out)" }).click();
    await logInThroughForm(page, "session", freshUser);
    await advance(page, "+8 days");
    await expect(page).toHaveURL(/reason=session_expired/);
  });

  test("a prefetch judges a session but never purges nor slides it: the user's own request gets the real reason", async ({
    request,
    freshUser,
  }) => {
    await apiLogin(request, "session", freshUser);
    expect((await request.post("/api/clock", { data: { advanceSeconds: 31 * 60 } })).status()).toBe(
      200,
    );
    // The router prefetching a link on the page (CI once saw it purge first: session_not_found).
    for (const path of ["/session/devices", "/session"]) {
      await request.get(path, { headers: { "next-router-prefetch": "1" }, maxRedirects: 0 });
    }
    expect(countSessions(freshUser.username)).toBe(1);
    const visit = await request.get("/session", { maxRedirects: 0 });
    expect(visit.status()).toBe(307);
    expect(visit.headers()["location"]).toContain("reason=session_idle_expired");
    expect(countSessions(freshUser.username)).toBe(0);
  });

  test("C20 an expired JWT is rejected; the client must log in again", async ({ page }) => {
    await logInThroughForm(page, "jwt");
    await advance(page, "+5 min");
    await page.reload();
    await expect(page.getByRole("heading", { name: /Hello,/ })).toBeVisible();
    await advance(page, "+31 min");
    await expect(page).toHaveURL(/reason=ERR_JWT_EXPIRED/);
    await expect(
      page.locator("p", { hasText: "The access token's exp has passed." }),
    ).toBeVisible();
  });

  test("the clock only moves forward", async ({ request }) => {
    await request.get("/");
    for (const advanceSeconds of [-60, 0, 1.5, "60"]) {
      expect((await request.post("/api/clock", { data: { advanceSeconds } })).status()).toBe(400);
    }
    expect(
      await (await request.post("/api/clock", { data: { advanceSeconds: 60 } })).json(),
    ).toEqual({ offsetSeconds: 60 });
    expect(
      await (await request.post("/api/clock", { data: { advanceSeconds: 60 } })).json(),
    ).toEqual({ offsetSeconds: 120 });
  });
});

import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

async function logInWithLocalStorage(page: Page, user: { username: string; password: string }) {
  await page.goto("/jwt/login");
  await page.getByLabel("Username (localStorage)").fill(user.username);
  await page.getByLabel("Password (localStorage)").fill(user.password);
  await page.getByRole("button", { name: "Log in, token in localStorage" }).click();
  await expect(page.getByTestId("bearer-status")).toContainText("Logged in as");
}

test.describe("refresh across tabs", () => {
  test("C53 tabs renewing on their own: the grace window serves the racers, a late tab trips reuse detection and the family dies; taking turns, it never does", async ({
    page,
    freshUser,
  }) => {
    await logInWithLocalStorage(page, freshUser);
    await page.getByRole("button", { name: "Race: each tab on its own" }).click();
    const result = page.getByTestId("race-result");
    await expect(result).toContainText("The next refresh: 401 refresh_revoked", {
      timeout: 15_000,
    });
    await expect(result).toContainText("Tab 3: 401 refresh_reused");
    const text = (await result.textContent()) ?? "";
    expect(text.match(/\(rotated\)/g)).toHaveLength(1);
    expect(text).toContain("(graced: the successor another tab just got)");

    await logInWithLocalStorage(page, freshUser);
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

import { expect, test } from "./support/fixtures";

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

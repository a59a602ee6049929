import { readFileSync } from "node:fs";
import { expect, test } from "./support/fixtures";

/** The /bench page renders bench/results/latest.json (written by `npm run bench`). */

test("the bench page shows every measured path, its ratio to the bare app and its target, and the in-process checks", async ({
  page,
}) => {
  const results = JSON.parse(readFileSync("bench/results/latest.json", "utf8")) as {
    http: { paths: Array<{ id: string; reqPerSec: number; ratio: number }> };
    micro: { checks: Array<{ label: string }> };
  };
  await page.goto("/");
  await page.getByRole("link", { name: "What it costs, measured" }).click();
  await expect(page).toHaveURL(/\/bench$/);
  const table = page.getByTestId("bench-http");
  for (const path of results.http.paths) {
    const row = table.locator(`tr[data-path="${path.id}"]`);
    await expect(row, path.id).toContainText(String(path.reqPerSec));
    await expect(row, path.id).toContainText(path.ratio.toFixed(2));
  }
  await expect(page.getByRole("table", { name: "The checks" })).toContainText(
    results.micro.checks[0]!.label.trim(),
  );
  await expect(page.getByTestId("bench-reading")).toContainText("req/s");
});

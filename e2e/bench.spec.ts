import { readFileSync } from "node:fs";
import ko from "@/messages/ko.json";
import { e2eBaseURL } from "./support/env";
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

test("the bench page reads in Korean, the benchmark's own labels included, and fits a phone", async ({
  page,
  context,
}) => {
  await context.addCookies([{ name: "lab_lang", value: "ko", url: e2eBaseURL }]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/bench");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ko.bench.title);
  const checks = page.getByRole("table", { name: ko.bench.micro.captions.checks });
  await expect(checks).toContainText(ko.bench.rows.sessionFirstSight);
  await expect(page.getByTestId("bench-http").locator('tr[data-path="session"]')).toContainText(
    ko.bench.paths.session,
  );
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBe(0);
});

import { defineConfig } from "@playwright/test";

// `npm run test:multi` (scripts/multi.mjs) starts the group — three instances behind HAProxy —
// and runs these specs against it; they are API-level, no browser.
//
// One worker, in order: the scenarios change server-wide settings the others would feel (the
// revocation strategy, the signing keys), and the kill spec runs last, in a project of its own
// that waits for the rest: after it, instance B is dead.
export default defineConfig({
  testDir: "e2e-multi",
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 1,
  timeout: 60_000,
  // A budget for a busy machine, not a measure: a wait ends as soon as its condition holds.
  expect: { timeout: 15_000 },
  // `npm test` collects the figures from the JSON report; run alone, the list is enough.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  projects: [
    { name: "group", testIgnore: /kill\.spec\.ts$/ },
    { name: "kill", testMatch: /kill\.spec\.ts$/, dependencies: ["group"] },
  ],
});

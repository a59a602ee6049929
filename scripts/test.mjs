// `npm test`: install what is missing, then typecheck, lint, unit tests, a production build and
// the Playwright suite against it (free port, throw-away data directory). Exits non-zero on any
// failure and ends with one summary line: "tests: N passed, N failed".
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureBrowser } from "./browser.mjs";
import { bin, ensureDependencies, freePort, run, runTogether, timings } from "./lib.mjs";
import { startPostgresServer } from "./postgres.mjs";
import { startRedisServer } from "./redis.mjs";

const started = Date.now();
ensureDependencies();
const servicesStarted = Date.now();
const chromiumPath = await ensureBrowser();
// The Redis and PostgreSQL stores are tested against real servers: $REDIS_URL and
// $TEST_POSTGRES_URL, or private ones, which every later step (vitest, Playwright) inherits. Each
// stops itself when this process exits, however it exits: a failed step exits at once.
let redis = null;
let postgres = null;
try {
  if (!process.env.REDIS_URL) {
    redis = await startRedisServer();
    process.env.REDIS_URL = redis.url;
  }
  if (!process.env.TEST_POSTGRES_URL) {
    postgres = await startPostgresServer();
    process.env.TEST_POSTGRES_URL = postgres.url;
  }
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
timings.push({
  label: "Browser, Redis and PostgreSQL ready",
  seconds: Number(((Date.now() - servicesStarted) / 1000).toFixed(1)),
});
const reports = mkdtempSync(path.join(os.tmpdir(), "lab-reports-"));
const dataDir = mkdtempSync(path.join(os.tmpdir(), "lab-e2e-data-"));
process.on("exit", () => rmSync(dataDir, { recursive: true, force: true }));

// Each keeps one core busy for most of its time: side by side they take the longer one's time.
await runTogether([
  { label: "Type-checking (tsc)", command: bin("tsc"), args: ["--noEmit"] },
  { label: "Linting (eslint, prettier)", command: "npm", args: ["run", "-s", "lint"] },
]);
const unitReport = path.join(reports, "unit.json");
run("Unit tests (vitest)", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${unitReport}`,
]);
run("Building (next build)", bin("next"), ["build"]);
const e2eReport = path.join(reports, "e2e.json");
const env = {
  ...process.env,
  E2E_PORT: String(await freePort()),
  E2E_DATA_DIR: dataDir,
  PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
  ...(chromiumPath ? { CHROMIUM_PATH: chromiumPath } : {}),
};
run("End-to-end tests (Playwright, production build)", bin("playwright"), ["test"], { env });
// Three instances behind a real HAProxy, on the build just made (scripts/multi.mjs).
const multiReport = path.join(reports, "multi.json");
run("Several instances behind HAProxy (npm run test:multi)", "node", ["scripts/multi.mjs"], {
  env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: multiReport },
});

const unit = JSON.parse(readFileSync(unitReport, "utf8"));
const reportsRead = [e2eReport, multiReport]
  .filter((report) => existsSync(report))
  .map((report) => JSON.parse(readFileSync(report, "utf8")));
const suites = reportsRead.map((report) => report.stats);
const sum = (count) => suites.reduce((total, stats) => total + count(stats), 0);
// A browser test that failed and then passed on its retry (which is only there to record a trace,
// playwright.config.ts) failed.
const passed = unit.numPassedTests + sum((stats) => stats.expected);
const failed = unit.numFailedTests + sum((stats) => stats.unexpected + stats.flaky);
const skipped = unit.numPendingTests + unit.numTodoTests + sum((stats) => stats.skipped);
const minutes = ((Date.now() - started) / 60000).toFixed(1);
// What each phase cost (the parallel ones overlap), for anyone making the suite faster.
console.log("\nWhere the time went:");
for (const { label, seconds } of timings)
  console.log(`  ${String(seconds).padStart(6)} s  ${label}`);
// A browser test is meant to stay well under a minute, even on a busy machine: the slowest say
// which to split or speed up next.
const slowest = reportsRead.flatMap((report) => testDurations(report)).sort((a, b) => b.ms - a.ms);
console.log(`\nSlowest browser tests (${slowest.filter((t) => t.ms > 60_000).length} over 60 s):`);
for (const { ms, title } of slowest.slice(0, 5))
  console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${title}`);
console.log(`\nAll checks passed in ${minutes} min.`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
// Exit explicitly: nothing we started may keep this process (and CI's pipe) open.
redis?.stop();
postgres?.stop();
process.exit(failed > 0 ? 1 : 0);

/** Every test's duration in a Playwright JSON report, with its file and title. */
function testDurations(report) {
  const found = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests)
        for (const result of test.results)
          found.push({ ms: result.duration, title: `${spec.file} › ${spec.title}` });
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return found;
}

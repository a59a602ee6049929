import { defineConfig, devices } from "@playwright/test";
import {
  e2eBaseURL as baseURL,
  e2eDataDir as dataDir,
  e2ePort as port,
  insecureHost,
  labHost,
} from "./e2e/support/env";

// `npm test` (scripts/test.mjs) picks a free port, a throw-away data directory and a browser.

// Every browser resolves `insecureHost` (e2e/support/env.ts) to 127.0.0.1: a plain-HTTP name that
// is not loopback to the browser, so the HTTPS lab's Secure cookie test (C33) can fail for real
// without a second machine. `labHost` (the XSS lab's own origin) too, rather than trusting every
// resolver to send `*.localhost` to the loopback address the server listens on. A system Chromium (Debian's, when Playwright's own browser cannot be
// downloaded) also needs these flags as root in a container, and none of its background chatter.
const hostRules = `--host-resolver-rules=MAP ${insecureHost} 127.0.0.1, MAP ${labHost} 127.0.0.1`;
const launchOptions = process.env.CHROMIUM_PATH
  ? {
      executablePath: process.env.CHROMIUM_PATH,
      args: [
        hostRules,
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    }
  : { args: [hostRules] };

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // A failed test runs once more, traced, and still fails the run (failOnFlakyTests): the retry is
  // there for its trace, never to let a test pass on a second try. Recording a trace of every
  // test (to keep the failures') cost 28 % of the browser tests' CPU.
  retries: 1,
  failOnFlakyTests: true,
  // Twice the cores here: a test spends part of its time waiting (on the server, on the page's
  // own timers) and the others fill it. On 2 cores, 40 page tests took 90 s with 4 workers against
  // 126 s with 2, for the same CPU time. E2E_WORKERS to choose.
  workers: Number(process.env.E2E_WORKERS ?? 4),
  // A budget for a loaded machine, not a measure: a test here takes seconds on a quiet one, and
  // none may need more than a minute on a busy one (the few that start servers of their own say
  // so with a budget of their own).
  timeout: 60_000,
  // A budget for a busy machine, not a measure: the inspector's live lines (pushed over a stream)
  // and a page's first evidence arrive late when both cores are taken; a wait ends as soon as its
  // condition holds, so a quiet machine pays nothing for it.
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json"]],
  use: {
    baseURL,
    trace: "on-first-retry",
    launchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
  webServer: {
    command: `node scripts/e2e-server.mjs`,
    url: `${baseURL}/ping`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    // The HTTPS lab's plain-HTTP name must be one the server answers to (server/front-door.mjs).
    env: { DATA_DIR: dataDir, PORT: String(port), ALLOWED_HOSTS: insecureHost },
  },
});

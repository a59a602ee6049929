// Finds a Chromium for Playwright: $CHROMIUM_PATH, else Playwright's own browser, else the
// system's — its headless shell first (installing Debian's `chromium-headless-shell` with apt when
// we are root and have none). The headless shell is what Playwright itself runs headless tests
// in: Chromium without the windowing parts of the full browser. Here it halved the suite's
// browser CPU (every page's test: 30 core-seconds for 19 pages, against 52 in the full browser).
import { existsSync } from "node:fs";
import { aptInstall } from "./lib.mjs";

const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
const SYSTEM_CANDIDATES = [
  HEADLESS_SHELL,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];

/** Returns an executable path for a system Chromium, or null to use Playwright's own browser. */
export async function ensureBrowser() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
    fail(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
  }
  const { chromium } = await import("playwright-core");
  if (existsSync(chromium.executablePath())) return null;
  if (!existsSync(HEADLESS_SHELL)) aptInstall("chromium-headless-shell", "the end-to-end tests");
  const system = SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (system) return system;
  const installed = aptInstall("chromium", "the end-to-end tests", { recommends: true });
  if (installed && existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  fail(
    "No Chromium found for the end-to-end tests. Install one of:\n" +
      "  npx playwright install chromium        (Playwright's own build)\n" +
      "  sudo apt-get install chromium-headless-shell   (Debian/Ubuntu)\n" +
      "or point CHROMIUM_PATH at a Chromium or Chrome executable.",
  );
}

function fail(message) {
  console.error(`✖ ${message}`);
  process.exit(1);
}

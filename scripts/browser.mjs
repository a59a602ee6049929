// Finds a Chromium for Playwright: $CHROMIUM_PATH, else Playwright's own browser, else the
// system's (installing Debian's `chromium` with apt when we are root and nothing else exists).
import { existsSync } from "node:fs";
import { aptInstall } from "./lib.mjs";

const SYSTEM_CANDIDATES = [
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
  const system = SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (system) return system;
  const installed = aptInstall("chromium", "the end-to-end tests", { recommends: true });
  if (installed && existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  fail(
    "No Chromium found for the end-to-end tests. Install one of:\n" +
      "  npx playwright install chromium        (Playwright's own build)\n" +
      "  sudo apt-get install chromium          (Debian/Ubuntu)\n" +
      "or point CHROMIUM_PATH at a Chromium or Chrome executable.",
  );
}

function fail(message) {
  console.error(`✖ ${message}`);
  process.exit(1);
}

// Finds a Chromium for Playwright: $CHROMIUM_PATH, else Playwright's own browser, else the
// system's (installing Debian's `chromium` with apt when we are root and nothing else exists).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

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
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("\n▶ Installing Debian's chromium for the end-to-end tests (apt-get)");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    const install =
      update.status === 0 &&
      spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env })
        .status === 0;
    if (install && existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
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

// Takes the screenshots of README.md and docs/ from a running server:
// `node scripts/screenshots.mjs [base URL]` (default http://localhost:3000, e.g. after `npm start`).
// Writes docs/*.png.
import { chromium } from "playwright-core";
import { ensureBrowser } from "./browser.mjs";

const base = process.argv[2] ?? "http://localhost:3000";
const executablePath = (await ensureBrowser()) ?? undefined;
const browser = await chromium.launch({ executablePath });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });

async function shot(path, file, { fullPage = false, before } = {}) {
  await page.goto(new URL(path, base).href);
  if (before) await before();
  await page.waitForTimeout(600); // the live sections settle
  await page.screenshot({ path: `docs/${file}`, fullPage });
  console.log(`docs/${file} ← ${path}`);
}

await page.goto(new URL("/tour/1", base).href);
await page.getByLabel("Username").fill("alice");
await page.getByLabel("Password").fill(process.env.DEMO_PASSWORD ?? "alice-in-the-lab");
await page.getByRole("button", { name: "Log in", exact: true }).click();
await page.waitForURL(/\/tour\/2$/); // the tour's one login: all three areas
await shot("/tour/2", "tour.png");
await shot("/tour/3", "diagram.png", {
  before: async () => {
    await page.getByRole("button", { name: "Call each API once" }).click();
    await page.getByTestId("live-sequence").first().waitFor();
  },
});
for (let i = 0; i < 5; i++) {
  for (const area of ["session", "sealed", "jwt"])
    await page.request.get(new URL(`/api/${area}/me`, base).href);
}
await shot("/", "front-page.png");
await shot("/sealed", "sealed-area.png");
await shot("/compare", "compare.png", {
  before: async () => {
    await page.getByRole("button", { name: "Call all three" }).click();
    await page.getByTestId("jwt-paid-once").waitFor();
  },
});
await shot("/session", "inspector-session.png");
await shot("/jwt", "inspector-jwt.png");
// The meter a few seconds after a logout: the session copy refused, the others still accepted.
await shot("/compare", "revocation-lag.png", {
  before: async () => {
    const meter = page.getByTestId("revocation-lag");
    await meter.getByRole("button", { name: "Log out" }).click();
    await meter.getByTestId("lag-session-reading").filter({ hasText: "refused" }).waitFor();
    await meter
      .getByTestId("lag-jwt-reading")
      .filter({ hasText: /for [3-9] s/ })
      .waitFor();
    await meter.scrollIntoViewIfNeeded();
  },
});
await browser.close();

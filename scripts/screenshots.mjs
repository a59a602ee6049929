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
await page.getByRole("button", { name: "Log in" }).click();
await page.waitForURL(/\/tour\/2$/);
await shot("/tour/2", "tour.png");
await shot("/tour/3", "diagram.png", {
  before: async () => {
    await page.getByRole("button", { name: "Call each API once" }).click();
    await page.getByTestId("live-sequence").first().waitFor();
  },
});
await page.request.post(new URL("/api/sealed/login", base).href, {
  data: { username: "alice", password: process.env.DEMO_PASSWORD ?? "alice-in-the-lab" },
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
await browser.close();

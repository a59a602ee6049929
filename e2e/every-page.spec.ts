import type { BrowserContext, Page } from "@playwright/test";
import en from "@/messages/en.json";
import { axeScan } from "./support/axe";
import { e2eBaseURL } from "./support/env";
import { LOGGED_IN, PUBLIC } from "./support/pages";
import { apiLogin, expect, workerAdmin } from "./support/fixtures";
import { test } from "./support/shared-context";
import { untranslatedText } from "./support/untranslated";

// Every page as a visitor's browser sees it, in both themes, languages and widths: no serious or
// critical axe violation, no console error (a CSP violation, a React error), no failed request, no
// sideways scrolling at a phone's width, no English prose left on a Korean page (lib/i18n/untranslated.ts) —
// and no message key shown instead of its words (a namespace passed to t() renders as "inspector.wire").
// (A line that is nothing but a key: "header.payload" inside a sentence is JWT vocabulary.)
const MESSAGE_KEY = new RegExp(`^\\s*(?:${Object.keys(en).join("|")})(?:\\.[a-zA-Z]+)+\\s*$`, "m"); // any namespace of the messages

/**
 * What a visitor's browser reports while the page loads: console errors (a CSP violation, a
 * React error such as a hydration mismatch), uncaught page errors, failed requests and answers
 * of 400 or more. Not a prefetch the router cancels (`_rsc`): aborting those is its business.
 */
function watchBrowser(page: Page, path: string): () => string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${path}: console error — ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${path}: page error — ${error.message}`));
  page.on("requestfailed", (request) => {
    if (!request.url().includes("_rsc=")) {
      problems.push(`${path}: request failed — ${request.url()} ${request.failure()?.errorText}`);
    }
  });
  page.on("response", (response) => {
    if (response.status() >= 400)
      problems.push(`${path}: ${response.status()} — ${response.url()}`);
  });
  return () => [...new Set(problems)];
}

async function violations(page: Page, path: string, language: "en" | "ko"): Promise<string[]> {
  const reported = watchBrowser(page, path);
  await page.goto(path);
  await page.waitForLoadState("networkidle").catch(() => {}); // the live sections settle (SSE stays open)
  const { violations: found } = await axeScan(page).analyze();
  const rawKey = MESSAGE_KEY.exec(await page.locator("body").innerText())?.[0];
  const axe = found
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) => `${path}: ${v.id} (${v.impact}) ×${v.nodes.length} — ${v.nodes[0]?.target.join(" ")}`,
    )
    .concat(rawKey === undefined ? [] : [`${path}: the message key ${rawKey} shown as text`]);
  const english =
    language === "ko"
      ? (await untranslatedText(page)).map(
          (run) => `${path}: English on the Korean page — "${run}"`,
        )
      : [];
  return [...reported(), ...axe, ...(await sideways(page, path)), ...english];
}

/** At a phone's width nothing may make the page scroll sideways (a wide table scrolls in its box). */
async function sideways(page: Page, path: string): Promise<string[]> {
  if (page.viewportSize()?.width !== PHONE.width) return [];
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  return overflow > 0 ? [`${path}: the page scrolls sideways by ${overflow} px at 390 px`] : [];
}

// Both widths and both themes, with no more tests (VARIANTS below).
const PHONE = { width: 390, height: 844 };

async function withTheme(
  context: BrowserContext,
  theme: "light" | "dark",
  language: "en" | "ko" = "en",
): Promise<void> {
  await context.addCookies([
    { name: "lab_theme", value: theme, url: e2eBaseURL },
    { name: "lab_lang", value: language, url: e2eBaseURL },
  ]);
}

// Each theme in each language; the dark runs at a phone's width, the light ones at a laptop's.
const VARIANTS = [
  ["light", "en"],
  ["dark", "en"],
  ["light", "ko"],
  ["dark", "ko"],
] as const;
const widthOf = (theme: "light" | "dark"): string => (theme === "dark" ? "390 px" : "1280 px");

// One test per page, theme and language: a page's axe run is a few seconds, so each test stays
// well inside its budget on a busy machine, and a failure names its page. The logged-in pages are
// opened as this worker's admin, logged in to all three areas (not the demo admin: four workers
// logging it in at once would end each other's sessions past the limit of 3), and must not have
// been sent to a login instead.
const SETS = [
  { kind: "public", paths: PUBLIC, loggedIn: false },
  { kind: "logged-in", paths: LOGGED_IN, loggedIn: true },
] as const;

for (const { kind, paths, loggedIn } of SETS) {
  for (const [theme, language] of VARIANTS) {
    test.describe(`every ${kind} page (${theme}, ${language}, ${widthOf(theme)})`, () => {
      for (const path of paths) {
        test(`no axe violation, console error or failed request on ${path}`, async ({
          page,
          context,
        }) => {
          if (theme === "dark") await page.setViewportSize(PHONE);
          await withTheme(context, theme, language);
          if (loggedIn) {
            const admin = await workerAdmin();
            for (const area of ["session", "sealed", "jwt"] as const) {
              await apiLogin(context.request, area, admin);
            }
          }
          expect(await violations(page, path, language)).toEqual([]);
          if (loggedIn)
            expect(new URL(page.url()).pathname).toBe(new URL(path, page.url()).pathname);
        });
      }
    });
  }
}

test("dark mode follows the system, and the header's switch overrides it in a cookie", async ({
  page,
  context,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-theme", "system");
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const systemDark = await background();
  await page.emulateMedia({ colorScheme: "light" });
  expect(await background()).not.toBe(systemDark);

  const theme = page.getByRole("form", { name: "Theme" });
  await theme.getByRole("button", { name: "Dark" }).click();
  await expect(html).toHaveAttribute("data-theme", "dark");
  await expect(theme.getByRole("button", { name: "Dark" })).toHaveAttribute("aria-pressed", "true");
  expect(await background()).toBe(systemDark); // dark although the system is light
  const cookie = (await context.cookies()).find((c) => c.name === "lab_theme");
  expect(cookie).toMatchObject({ value: "dark", httpOnly: false });
  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "dark");
  await theme.getByRole("button", { name: "Auto" }).click();
  await expect(html).toHaveAttribute("data-theme", "system");
});

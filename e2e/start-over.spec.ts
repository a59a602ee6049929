import type { BrowserContext, Page } from "@playwright/test";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import { axeScan } from "./support/axe";
import { e2eBaseURL } from "./support/env";
import {
  COOKIE,
  cookieNamed,
  expect,
  logInThroughForm,
  test,
  signInWithThrowAwayAccount,
  untilHydrated,
} from "./support/fixtures";

// "Start over" asks first: its button opens a confirmation that lists, in plain words, what it
// will delete and what it keeps. Nothing goes until "Yes, start over"; Cancel and Escape keep
// everything. The confirmation is an HTML popover, so it works without JavaScript too.

const words = en.header.startOverConfirm;
const FIVE_MINUTES = 5 * 60;

async function moveClock(page: Page): Promise<void> {
  const moved = await page.request.post("/api/clock", { data: { advanceSeconds: FIVE_MINUTES } });
  expect(moved.status()).toBe(200);
}

/** What a start over would delete is still all there: the login and the moved clock. */
async function expectNothingDeleted(page: Page, context: BrowserContext): Promise<void> {
  expect(page.url()).not.toContain("reset=done");
  expect((await page.request.get("/api/session/me")).status()).toBe(200);
  expect((await cookieNamed(context, "lab_clock"))?.value ?? "").not.toBe("");
}

function confirmation(page: Page, title = words.title) {
  return page.getByRole("dialog", { name: title });
}

test.describe("start over asks first", () => {
  test("the button deletes nothing; the confirmation lists what will go; Escape and Cancel keep everything", async ({
    page,
    context,
    freshUser,
  }) => {
    await logInThroughForm(page, "session", freshUser);
    await moveClock(page);
    await page.goto("/session");
    const startOver = page.getByRole("button", { name: en.header.startOver, exact: true });

    await untilHydrated(startOver); // the focus below is the script's doing
    await startOver.click();
    const dialog = confirmation(page);
    await expect(dialog).toBeVisible();
    // The safe choice takes the focus; the list names every kind of thing that will go.
    await expect(dialog.getByRole("button", { name: words.cancel })).toBeFocused();
    const list = dialog.getByRole("list");
    await expect(list.getByRole("listitem")).toHaveText([
      words.logins,
      words.clock,
      words.tour,
      words.scriptTokens,
    ]);
    await expect(dialog).toContainText(words.keeps);
    await expectNothingDeleted(page, context);

    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(startOver).toBeFocused();
    await expectNothingDeleted(page, context);

    await startOver.click();
    await dialog.getByRole("button", { name: words.cancel }).click();
    await expect(dialog).toBeHidden();
    await expect(startOver).toBeFocused();
    await expectNothingDeleted(page, context);
  });

  test("with a throw-away account it says so; confirming deletes exactly that list and keeps the preferences", async ({
    page,
    context,
  }) => {
    await signInWithThrowAwayAccount(page);
    await moveClock(page);
    await page.goto("/tour/3");
    await page.evaluate(() => localStorage.setItem("lab_jwt_token", "a-token"));
    for (const [form, choice] of [
      [en.header.theme, en.header.themes.dark],
      [en.header.mode, en.areas.jwt],
    ]) {
      await page.getByRole("form", { name: form }).getByRole("button", { name: choice }).click();
    }
    const kept = { lab_theme: "dark", lab_mode: "jwt" };
    await expect.poll(async () => (await cookieNamed(context, "lab_mode"))?.value).toBe("jwt");

    // The popover and its form work before the page's script has loaded — and then nothing in
    // the browser can clear localStorage: this test is about the scripted path.
    const startOver = page.getByRole("button", { name: en.header.startOver, exact: true });
    await untilHydrated(startOver);
    await startOver.click();
    const dialog = confirmation(page);
    await expect(dialog.getByRole("listitem")).toHaveText([
      words.logins,
      words.clock,
      words.account,
      words.tour,
      words.scriptTokens,
    ]);
    expect((await page.request.get("/api/session/me")).status()).toBe(200);

    await dialog.getByRole("button", { name: words.confirm }).click();
    await expect(page).toHaveURL(/\/\?reset=done$/);
    expect((await page.request.get("/api/session/me")).status()).toBe(401);
    for (const name of ["lab_clock", "lab_tour", "lab_compare_account", COOKIE.session]) {
      expect((await cookieNamed(context, name))?.value ?? "", name).toBe("");
    }
    expect(await page.evaluate(() => localStorage.getItem("lab_jwt_token"))).toBeNull();
    for (const [name, value] of Object.entries(kept)) {
      expect((await cookieNamed(context, name))?.value, name).toBe(value);
    }
  });

  test("in Korean the confirmation and its list are Korean", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ko-KR" });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("button", { name: ko.header.startOver, exact: true }).click();
    const dialog = confirmation(page, ko.header.startOverConfirm.title);
    const kw = ko.header.startOverConfirm;
    await expect(dialog.getByRole("listitem")).toHaveText([
      kw.logins,
      kw.clock,
      kw.tour,
      kw.scriptTokens,
    ]);
    await expect(dialog).toContainText(kw.keeps);
    await expect(dialog.getByRole("button", { name: kw.confirm })).toBeVisible();
    await dialog.getByRole("button", { name: kw.cancel }).click();
    await expect(dialog).toBeHidden();
    await context.close();
  });

  test("at 390 px wide the confirmation fits the screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    await page.getByRole("button", { name: en.header.startOver, exact: true }).click();
    const dialog = confirmation(page);
    for (const part of [dialog, dialog.getByRole("button", { name: words.confirm })]) {
      await expect(part).toBeInViewport({ ratio: 1 });
    }
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  });

  for (const theme of ["light", "dark"] as const) {
    test(`the open confirmation has no serious or critical axe violation (${theme})`, async ({
      page,
      context,
    }) => {
      await context.addCookies([{ name: "lab_theme", value: theme, url: e2eBaseURL }]);
      await page.goto("/");
      await page.getByRole("button", { name: en.header.startOver, exact: true }).click();
      await expect(confirmation(page)).toBeVisible();
      const { violations } = await axeScan(page, "#start-over-confirm").analyze();
      const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
    });
  }
});

test.describe("start over asks first, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("Cancel keeps everything; confirming deletes", async ({ page, context, freshUser }) => {
    await logInThroughForm(page, "session", freshUser);
    await moveClock(page);
    await page.goto("/session");
    const startOver = page.getByRole("button", { name: en.header.startOver, exact: true });

    await startOver.click();
    const dialog = confirmation(page);
    await expect(dialog.getByRole("listitem")).toHaveCount(4);
    await expectNothingDeleted(page, context);
    await dialog.getByRole("button", { name: words.cancel }).click();
    await expect(dialog).toBeHidden();
    await expectNothingDeleted(page, context);

    await startOver.click();
    await dialog.getByRole("button", { name: words.confirm }).click();
    await expect(page).toHaveURL(/\/\?reset=done$/);
    await expect(page.getByRole("status")).toContainText("Started over");
    expect((await cookieNamed(context, COOKIE.session))?.value ?? "").toBe("");
    expect((await cookieNamed(context, "lab_clock"))?.value ?? "").toBe("");
  });
});

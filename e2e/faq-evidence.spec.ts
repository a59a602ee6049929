import type { Locator, Page } from "@playwright/test";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import { withAppServer } from "./support/app-server";
import { COOKIE, cookieNamed, expect, test } from "./support/fixtures";

// A first-time visitor on /faq: one click beside any answer logs this browser in everywhere with
// a throw-away account, and every answer's panel then shows this browser's own evidence.

const ANSWERS = Object.keys(en.faq.questions) as (keyof typeof en.faq.questions)[];

/** Opens /faq in a browser logged in nowhere and clicks the one button in `answer`'s panel. */
async function startFrom(page: Page, answer: string, button = en.faq.start.button) {
  await page.goto("/faq");
  await expect(page.getByTestId("evidence-offer")).toHaveCount(ANSWERS.length);
  const panel = page.getByTestId(`evidence-${answer}`);
  await panel.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(new RegExp(`/faq#${answer}$`));
  await expect(page.getByTestId("evidence-offer")).toHaveCount(0);
  return panel;
}

/** The panel says in a sentence what to look at (the words of `faq.lookAt`, markup aside). */
async function expectLookAt(panel: Locator, words: string): Promise<void> {
  const firstWords = words.replace(/<[^>]+>/g, "").slice(0, 30);
  await expect(panel.getByTestId("evidence-look-at")).toContainText(firstWords);
}

test.describe("the FAQ's evidence fills itself with one click", () => {
  test("difference: this browser's session record and its JWT's payload, side by side", async ({
    page,
    context,
  }) => {
    const panel = await startFrom(page, "difference");
    await expectLookAt(panel, en.faq.lookAt.difference);
    await expect(panel.getByLabel("This browser's session record")).toContainText(/lab-[0-9a-f]+/);
    await expect(panel.getByLabel("Token payload")).toContainText("Lab account");
    for (const name of [COOKIE.session, COOKIE.sealed, COOKIE.jwt]) {
      expect(await cookieNamed(context, name), name).toBeDefined();
    }
  });

  test("trade-offs: the measured cost, with this browser's requests counted", async ({ page }) => {
    const panel = await startFrom(page, "trade-offs");
    await expectLookAt(panel, en.faq.lookAt["trade-offs"]);
    await expect(panel.getByRole("table", { name: "Measured cost per request" })).toBeVisible();
    await expect(panel.getByTestId("cost-jwt-requests")).toHaveText(/^\d+$/);
  });

  test("storage: logged in to the JWT area, yet no script reads the token", async ({
    page,
    context,
  }) => {
    const panel = await startFrom(page, "storage");
    await expectLookAt(panel, en.faq.lookAt.storage);
    await expect(panel.getByTestId("faq-document-cookie")).toContainText("no token in it");
    expect((await cookieNamed(context, COOKIE.jwt))?.httpOnly).toBe(true);
    expect(await page.evaluate(() => document.cookie)).not.toContain(COOKIE.jwt);
  });

  test("expiry: the configured lifetimes and this browser's token counting down", async ({
    page,
  }) => {
    const panel = await startFrom(page, "expiry");
    await expectLookAt(panel, en.faq.lookAt.expiry);
    await expect(panel.getByTestId("jwt-lifetimes")).toContainText("access token:");
    await expect(panel.getByTestId("jwt-lifetimes")).toContainText(
      "revocation strategy now: none — a copy of a token works until its exp",
    );
    await expect(panel.getByLabel("Token payload")).toContainText("Lab account");
    await expect(panel).toContainText(/in \d+m \d+s/);
  });

  test("integrity: three forged copies of this browser's new token, each refused", async ({
    page,
  }) => {
    const panel = await startFrom(page, "integrity");
    await expectLookAt(panel, en.faq.lookAt.integrity);
    const forgeries = panel.getByTestId("forgery");
    await expect(forgeries).toHaveCount(3);
    for (const forgery of await forgeries.all()) await expect(forgery).toContainText("refused: ");
  });

  test("validation: a JWT request of this browser's, drawn from its trace", async ({ page }) => {
    const panel = await startFrom(page, "validation");
    await expectLookAt(panel, en.faq.lookAt.validation);
    await expect(panel.getByTestId("jwt-request-status")).toContainText("GET /api/jwt/me → 200");
    const diagram = panel.getByTestId("live-sequence");
    await expect(diagram.getByRole("combobox", { name: "Request" })).toContainText(
      "GET /api/jwt/me",
    );
    await expect(diagram.getByTestId("sequence-message").first()).toHaveAttribute(
      "data-to",
      "proxy",
    );
    // One more, on request: the reader can send as many as they like.
    await panel.getByRole("button", { name: en.faq.jwtRequest.send }).click();
    await expect(diagram.getByRole("combobox", { name: "Request" }).locator("option")).toHaveCount(
      2,
    );
  });

  test("in Korean: the same click, the panel's words in Korean", async ({ page, context }) => {
    await page.goto("/");
    await context.addCookies([{ name: "lab_lang", value: "ko", url: page.url() }]);
    const panel = await startFrom(page, "integrity", ko.faq.start.button);
    await expectLookAt(panel, ko.faq.lookAt.integrity);
    await expect(panel.getByTestId("forgery").first()).toContainText("거부: ");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the click is a plain form: back on the answer, its server-made evidence filled", async ({
    page,
  }) => {
    const panel = await startFrom(page, "integrity");
    await expect(panel.getByTestId("forgery")).toHaveCount(3);
  });
});

test("a refusal is said in the panel that was clicked, in words (here: the sign-up throttle)", async ({
  browser,
}) => {
  await withAppServer({ SIGNUP_CLIENT_MAX: "1" }, async (server) => {
    for (const expected of ["signed in", "refused"] as const) {
      const context = await browser.newContext({ baseURL: server.url });
      const page = await context.newPage();
      await page.goto("/faq");
      await page
        .getByTestId("evidence-expiry")
        .getByRole("button", { name: en.faq.start.button })
        .click();
      await expect(page).toHaveURL(/\/faq(\?[^#]*)?#expiry$/);
      if (expected === "signed in") {
        await expect(page.getByTestId("evidence-look-at")).toHaveCount(ANSWERS.length);
      } else {
        const alert = page.getByTestId("evidence-expiry").getByRole("alert");
        await expect(alert).toContainText("Too many accounts were made from this address");
        await expect(alert).toContainText(/Try again in \d+ minutes?/);
        // Only the clicked panel says it; the others still offer the click.
        await expect(page.getByRole("alert").filter({ hasText: "Too many" })).toHaveCount(1);
      }
      await context.close();
    }
  });
});

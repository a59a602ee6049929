import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import { e2eBaseURL } from "./support/env";
import { cookieNamed, expect, test } from "./support/fixtures";

// Korean and English: the choice is a plain preference cookie (C04), the default comes
// from Accept-Language, and the server renders the chosen language with the right <html lang>.

test.describe("languages", () => {
  test("C04 Accept-Language: ko gives Korean at once; the header's choice is a cookie that survives reloads", async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: "ko-KR" });
    const page = await context.newPage();
    const response = await page.goto("/");
    // Server-rendered: the very first HTML is Korean, with lang="ko" (no flash of English).
    const html = (await response?.text()) ?? "";
    expect(html).toContain('<html lang="ko"');
    expect(html).toContain(ko.home.title);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ko.home.title);
    // The words around the content are Korean too: the skip link, the area cards.
    expect(html).toContain(ko.header.skip);
    for (const area of ["session", "sealed", "jwt"] as const) {
      await expect(
        page.getByRole("heading", { name: ko.home.areaCards[area].title, exact: true }),
      ).toBeVisible();
    }

    await page
      .getByRole("form", { name: ko.header.language })
      .getByRole("button", { name: "English" })
      .click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.home.title);
    expect(await cookieNamed(context, "lab_lang")).toMatchObject({ value: "en", httpOnly: false });
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.home.title);
    expect(await page.evaluate(() => document.cookie)).toContain("lab_lang=en");

    await page
      .getByRole("form", { name: en.header.language })
      .getByRole("button", { name: "한국어" })
      .click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await context.close();
  });

  test("a Korean reader can take the tour in Korean", async ({ page, context, freshUser }) => {
    await context.addCookies([{ name: "lab_lang", value: "ko", url: e2eBaseURL }]);
    await page.goto("/");
    await page.getByRole("link", { name: ko.home.ctaTour }).click();
    await page.getByRole("link", { name: ko.tour.begin }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `1. ${ko.tour.steps["1"].title}`,
    );
    const evidence = page.getByTestId("tour-evidence");
    await evidence.getByLabel(ko.login.form.username).fill(freshUser.username);
    await evidence.getByLabel(ko.login.form.password, { exact: true }).fill(freshUser.password);
    await evidence.getByRole("button", { name: ko.login.form.submit }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `2. ${ko.tour.steps["2"].title}`,
    );
    await expect(page.getByText(ko.tour.steps["2"].text[1]!)).toBeVisible();
    await expect(evidence.getByLabel(ko.inspector.server.recordLabel)).toContainText(
      freshUser.username,
    );
    for (let step = 3; step <= 8; step++) {
      await page.getByRole("link", { name: ko.tour.next, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        `${step}. ${ko.tour.steps[String(step) as keyof typeof ko.tour.steps].title}`,
      );
    }
    await page.getByRole("link", { name: ko.tour.finish }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ko.guide.title);
    await expect(page.getByRole("group", { name: ko.guide.questions.revoke })).toBeVisible();

    // The learn pages the tour links to are in Korean too, their terms still linked.
    await page.goto("/learn/sessions");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      ko.learn.topics.sessions.title,
    );
    await expect(page.getByRole("link", { name: "세션 저장소" }).first()).toHaveAttribute(
      "href",
      "/learn/glossary#session-store",
    );
    // The FAQ's answers too, with the server's verdicts on forged copies of this reader's token.
    await page.goto("/faq#integrity");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ko.faq.title);
    await expect(page.getByTestId("forgery").first()).toContainText(
      "거부: ERR_JWS_SIGNATURE_VERIFICATION_FAILED",
    );
    await page.goto("/learn/sessions");
    await page.getByRole("link", { name: "세션 저장소" }).first().click();
    await expect(page.locator("#session-store")).toContainText(
      ko.glossary.terms["session-store"].meaning,
    );
  });
});

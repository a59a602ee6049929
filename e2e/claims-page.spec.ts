import { CLAIMS } from "@/lib/claims/registry";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import { e2eBaseURL } from "./support/env";
import { expect, test } from "./support/fixtures";

// The claims page is generated from the registry and the e2e specs themselves.
test("/claims lists every registered claim with its screen and the scenarios that prove it", async ({
  page,
}) => {
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Claims" })
    .click();
  await expect(page).toHaveURL(/\/claims$/);
  for (const claim of CLAIMS) {
    const row = page.locator(`tr[id="${claim.id}"]`);
    await expect(row, claim.id).toContainText(claim.id);
    await expect(row.getByRole("link", { name: claim.shownAt })).toHaveAttribute(
      "href",
      claim.shownAt,
    );
    await expect(
      page.getByTestId(`scenarios-${claim.id}`).getByRole("listitem").first(),
    ).toContainText(claim.id);
  }
  // A claim id shown elsewhere links here.
  await page.goto("/claims#C09");
  await expect(page.getByTestId("scenarios-C09")).toContainText("e2e/compare.spec.ts");
});

/** A message as the page shows it: its words, without the markup around code. */
const words = (message: string): string => message.replace(/<\/?\w+>/g, "");

// A newcomer reads the claim first; its id follows, as the reference other pages link to.
for (const [language, messages] of [
  ["en", en],
  ["ko", ko],
] as const) {
  test(`/claims in ${language} says each claim in words, its id after, and fits a phone`, async ({
    page,
    context,
  }) => {
    await context.addCookies([{ name: "lab_lang", value: language, url: e2eBaseURL }]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/claims");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages.claims.title);
    const sentences: Record<string, string> = messages.claims.sentences;
    for (const claim of CLAIMS) {
      await expect(page.locator(`tr[id="${claim.id}"] td`).first(), claim.id).toHaveText(
        `${words(sentences[claim.id]!)} (${claim.id})`,
      );
    }
    // Wide tables scroll inside their own named box, never the page.
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0);
  });
}

import { CLAIMS } from "@/lib/claims/registry";
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

import matrix from "@/lib/threats/libraries/matrix.json";
import { expect, test } from "./support/fixtures";

/** /threats/libraries: the computed JWT library matrix, reached from the threats index. */

test("the library matrix shows every library's version and which option closes a hole", async ({
  page,
}) => {
  await page.goto("/threats");
  await page.locator('a[href="/threats/libraries"]').click();
  await expect(page).toHaveURL(/\/threats\/libraries$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "What real JWT libraries accept",
  );

  const table = page.getByTestId("library-matrix");
  for (const library of matrix.libraries)
    await expect(table.getByRole("columnheader")).toContainText([
      `${library.packageName} ${library.version}`,
    ]);
  await expect(table.getByRole("row")).toHaveCount(matrix.cases.length + 1);

  // A genuine token: every call takes it.
  await expect(page.getByTestId("matrix-genuine").getByTestId("cell-jose")).toHaveText(
    "quick-start: takes itcareful: takes it",
  );
  // Another audience's token: jsonwebtoken's quick-start takes it; its `audience` option closes it.
  await expect(
    page.getByTestId("matrix-pass_as_access").getByTestId("cell-jsonwebtoken"),
  ).toHaveText(/^quick-start: takes itcareful: refuses.*audience invalid.*closed by audience$/);
  await expect(page.getByTestId("calls-jsonwebtoken")).toContainText(
    "jwt.verify(token, publicKey)",
  );
});

import matrix from "@/lib/threats/libraries/matrix.json";
import { expect, test } from "./support/fixtures";

/** /threats/libraries: the computed JWT library matrix, reached from the threats index. */

test("C54 the library matrix shows every library's version, a quick-start taking another audience's token and the option that closes it, and no option refusing a key-bound token", async ({
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
  // A DPoP-bound token replayed as Bearer: every library's careful call still takes it.
  const bound = page.getByTestId("matrix-stolen_bound");
  for (const library of matrix.libraries)
    await expect(bound.getByTestId(`cell-${library.id}`)).toContainText("careful: takes it");
  await expect(page.getByTestId("calls-jsonwebtoken")).toContainText(
    "jwt.verify(token, publicKey)",
  );
});

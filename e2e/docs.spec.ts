import { expect, test } from "./support/fixtures";

// The developer docs are one click from the pages they stand behind, and served as plain text.

test("the threats page links to its developer reference, which opens as plain text", async ({
  page,
}) => {
  await page.goto("/threats");
  const link = page.getByTestId("docs-link").getByRole("link", { name: "docs/threats.md" });
  await expect(link).toHaveAttribute("href", "/docs/threats.md");
  const response = await page.request.get("/docs/threats.md");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  await link.click();
  await expect(page.locator("body")).toContainText("# The threats");
});

test("only the docs' own pages are served, by name", async ({ request }) => {
  for (const path of ["/docs/README.md", "/docs/threats", "/docs/..%2FREADME.md", "/docs/.md"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
  const unknown = await request.get("/docs/secrets.md");
  expect(await unknown.json()).toMatchObject({ error: "not_found" });
});

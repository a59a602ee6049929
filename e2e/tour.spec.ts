import type { Page } from "@playwright/test";
import en from "@/messages/en.json";
import { cookieNamed, expect, test, type TestUser } from "./support/fixtures";

async function logIn(page: Page, user: TestUser, where: RegExp): Promise<void> {
  const evidence = page.getByTestId("tour-evidence");
  await evidence.getByLabel("Username").fill(user.username);
  await evidence.getByLabel("Password", { exact: true }).fill(user.password);
  await evidence.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(where);
  // Steps 5 and 6 log in again on their own page: done when they stop asking.
  await expect(evidence.getByText(/This step needs you logged in/)).toHaveCount(0);
}

async function next(page: Page, step: number): Promise<void> {
  await page.getByRole("link", { name: "Next", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/tour/${step}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `${step}. ${en.tour.steps[String(step) as keyof typeof en.tour.steps].title}`,
  );
}

test("C37 C39 the tour can be walked end to end, each step's evidence live", async ({
  page,
  context,
  freshUser,
}) => {
  test.setTimeout(90_000);
  await page.goto("/");
  await page.getByRole("link", { name: "Start here: the 10-minute tour" }).click();
  await page.getByRole("link", { name: "Begin" }).click();
  const evidence = page.getByTestId("tour-evidence");

  // 1 → 2: logged in to both; what each keeps.
  await logIn(page, freshUser, /\/tour\/2$/);
  await expect(evidence.getByLabel("This browser's session record")).toContainText(
    freshUser.username,
  );
  await expect(evidence.getByLabel("Token payload")).toContainText(freshUser.displayName);

  // 3: one request each, drawn from its trace: the session's reaches the store, the JWT's never.
  await next(page, 3);
  await evidence.getByRole("button", { name: "Call each API once" }).click();
  const session = evidence.getByTestId("live-sequence").nth(0);
  const jwt = evidence.getByTestId("live-sequence").nth(1);
  await expect(session.getByRole("combobox")).toContainText("GET /api/session/me → 200");
  await expect(jwt.getByRole("combobox")).toContainText("GET /api/jwt/me → 200");
  await expect(
    session.locator('[data-testid="sequence-message"][data-to="store"]'),
  ).toHaveAttribute("data-queries", "1");
  await expect(jwt.locator('[data-testid="sequence-message"][data-to="store"]')).toHaveCount(0);
  await expect(jwt.getByTestId("sequence-message").last()).toHaveAttribute("data-queries", "0");

  // 4: copies of a throw-away login, logged out and replayed; the visitor stays logged in.
  await next(page, 4);
  await evidence.getByRole("button", { name: "Copy, log out, replay" }).click();
  await expect(evidence.getByTestId("lag-session-reading")).toHaveText(/^refused after 0 s/);
  await expect(evidence.getByTestId("lag-jwt-reading")).toHaveText(/^still accepted for \d+ s/);

  // 5: still logged in, so straight to a revocation from the server.
  await next(page, 5);
  await evidence.getByRole("button", { name: "Revoke this session from the server" }).click();
  await expect(evidence.getByTestId("tour-revoke-session")).toHaveText("401");
  await expect(evidence.getByTestId("tour-revoke-jwt")).toHaveText("200");

  // 6: the clock: both credentials judged 31 minutes later are refused.
  await next(page, 6);
  await logIn(page, freshUser, /\/tour\/6$/);
  await expect(evidence.getByText(/verifies, expires in 4m/)).toBeVisible();
  await evidence.getByRole("button", { name: "+31 min" }).click();
  await expect(evidence.getByText("rejected: ERR_JWT_EXPIRED")).toBeVisible();
  await expect(evidence.getByText(/No session record for this browser/)).toBeVisible();
  await evidence.getByRole("button", { name: /Back to real time/ }).click();
  await expect(evidence.getByTestId("clock-offset")).toHaveText(/^Real time\./);

  // 7: what scripts can read, and how the JWT cookie is set.
  await next(page, 7);
  await expect(evidence.getByTestId("jwt-cookie-attributes")).toContainText("HttpOnly");
  await expect(evidence.getByTestId("faq-document-cookie")).toContainText("lab_tour=7");
  // An injected script, run for real in this page: no credential cookie to read, but its
  // requests carry them anyway.
  await logIn(page, freshUser, /\/tour\/7$/);
  await evidence.getByRole("button", { name: "Run a script as an XSS would" }).click();
  await expect(evidence.getByTestId("tour-xss")).toContainText(
    "no credential in it: both are HttpOnly",
  );
  await expect(evidence.getByTestId("tour-xss-requests")).toContainText(
    "/api/session/me → 200, /api/jwt/me → 200",
  );

  // 8: measured costs, then on to the guide.
  await next(page, 8);
  await expect(evidence.getByTestId("cost-session-requests")).toHaveText(/^[1-9]\d*$/);
  await page.getByRole("link", { name: "Finish: which should I choose?" }).click();
  await expect(page).toHaveURL(/\/guide$/);
  expect((await cookieNamed(context, "lab_tour"))?.value).toBe("8");
});

test("the tour can be left and resumed, and fits a phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/tour/3");
  await page.goto("/");
  await page.goto("/tour");
  await page.getByRole("link", { name: /Resume at step 3/ }).click();
  await expect(page).toHaveURL(/\/tour\/3$/);
  const next = page.getByRole("link", { name: "Next", exact: true });
  await expect(next).toBeInViewport();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
});

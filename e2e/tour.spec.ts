import type { Page } from "@playwright/test";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import { cookieNamed, expect, test } from "./support/fixtures";
import { untranslatedText } from "./support/untranslated";

async function next(page: Page, step: number): Promise<void> {
  await page.getByRole("link", { name: "Next", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/tour/${step}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `${step}. ${en.tour.steps[String(step) as keyof typeof en.tour.steps].title}`,
  );
}

/** The header's line per area: logged in as this name, never "Log in". */
async function expectHeaderLoggedIn(page: Page, name: string): Promise<void> {
  for (const area of ["session", "sealed", "jwt"]) {
    await expect(page.getByTestId(`account-${area}`)).toContainText(name);
  }
}

// Step 4 ("Log out, then replay the copies") still logs the visitor out with its button; the walk
// checks its evidence is there but does not press it.
test("C37 C39 the whole tour from a fresh browser: one login, the three mechanisms on every step", async ({
  page,
  context,
  freshUser,
}) => {
  test.setTimeout(120_000);
  // Every login form the tour could show posts the password: count the requests that carry it.
  let loginsPosted = 0;
  page.on("request", (request) => {
    if (request.postDataBuffer()?.toString().includes(freshUser.password)) loginsPosted += 1;
  });
  await page.goto("/");
  await page.getByRole("link", { name: "Start here: the 10-minute tour" }).click();
  await page.getByRole("link", { name: "Begin" }).click();
  const evidence = page.getByTestId("tour-evidence");
  const loginAgain = evidence.getByText(/This step needs you logged in/);

  // 1 → 2: one form logs in to the three areas; the header says so at once.
  await evidence.getByLabel("Username").fill(freshUser.username);
  await evidence.getByLabel("Password", { exact: true }).fill(freshUser.password);
  await evidence.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL(/\/tour\/2$/);
  await expectHeaderLoggedIn(page, freshUser.displayName);

  // 2: what each keeps, side by side.
  await expect(evidence.getByLabel("This browser's session record")).toContainText(
    freshUser.username,
  );
  await expect(evidence.getByLabel("Inside the seal")).toContainText(freshUser.displayName);
  await expect(evidence.getByLabel("Token payload")).toContainText(freshUser.displayName);
  await expect(loginAgain).toHaveCount(0);

  // 3: one request each, drawn from its trace: only the session's reaches the store.
  await next(page, 3);
  await evidence.getByRole("button", { name: "Call each API once" }).click();
  const [session, sealed, jwt] = [0, 1, 2].map((n) => evidence.getByTestId("live-sequence").nth(n));
  await expect(session!.getByRole("combobox")).toContainText("GET /api/session/me → 200");
  await expect(sealed!.getByRole("combobox")).toContainText("GET /api/sealed/me → 200");
  await expect(jwt!.getByRole("combobox")).toContainText("GET /api/jwt/me → 200");
  await expect(
    session!.locator('[data-testid="sequence-message"][data-to="store"]'),
  ).toHaveAttribute("data-queries", "1");
  for (const stateless of [sealed!, jwt!]) {
    await expect(
      stateless.locator('[data-testid="sequence-message"][data-to="store"]'),
    ).toHaveCount(0);
  }

  // 4: copies of a throw-away login, logged out and replayed; the visitor stays logged in.
  await next(page, 4);
  await evidence.getByRole("button", { name: "Copy, log out, replay" }).click();
  await expect(evidence.getByTestId("lag-session-reading")).toHaveText(/^refused after 0 s/);
  await expect(evidence.getByTestId("lag-jwt-reading")).toHaveText(/^still accepted for \d+ s/);

  // 5: another device's session revoked from this browser: its copy refused at once, its sealed
  // cookie and JWT still accepted; this browser still logged in everywhere.
  await next(page, 5);
  await evidence
    .getByRole("button", { name: "Log in another device, then revoke its session" })
    .click();
  await expect(evidence.getByTestId("tour-row-before")).not.toContainText("refused");
  await expect(evidence.getByTestId("tour-revoke-session")).toHaveText(
    "refused: no record (session_not_found)",
  );
  await expect(evidence.getByTestId("tour-revoke-sealed")).toHaveText("accepted");
  await expect(evidence.getByTestId("tour-revoke-jwt")).toHaveText("accepted");
  await expect(loginAgain).toHaveCount(0);

  // 6: the clock, on that other device: each lifetime ends at its own moment; this browser's
  // clock never moved and its login stays.
  await next(page, 6);
  await evidence
    .getByRole("button", { name: "Log in another device, then judge it later" })
    .click();
  const clock = evidence.getByTestId("tour-clock");
  await expect(clock.getByRole("row")).toHaveCount(5);
  await expect(clock).toContainText("refused: its exp has passed");
  await expect(clock).toContainText("refused: idle too long");
  await expect(clock).toContainText("refused: past its sealed expiry");
  expect(await cookieNamed(context, "lab_clock")).toBeUndefined();
  await page.reload();
  await expect(evidence.getByRole("button", { name: /another device/ })).toBeVisible();
  await expect(loginAgain).toHaveCount(0);
  await expectHeaderLoggedIn(page, freshUser.displayName);

  // 7: what scripts can read, and how the JWT cookie is set.
  await next(page, 7);
  await expect(evidence.getByTestId("jwt-cookie-attributes")).toContainText("HttpOnly");
  await expect(evidence.getByTestId("faq-document-cookie")).toContainText("lab_tour=7");
  await evidence.getByRole("button", { name: "Run a script as an XSS would" }).click();
  await expect(evidence.getByTestId("tour-xss")).toContainText(
    "no credential in it: all three are HttpOnly",
  );
  await expect(evidence.getByTestId("tour-xss-requests")).toContainText(
    "/api/session/me → 200, /api/sealed/me → 200, /api/jwt/me → 200",
  );

  // 8: measured costs, the offline pass, then on to the guide.
  await next(page, 8);
  await expect(evidence.getByTestId("cost-session-requests")).toHaveText(/^[1-9]\d*$/);
  await expect(page.getByRole("link", { name: /check-in pass/ })).toHaveAttribute(
    "href",
    "/jwt/pass",
  );
  await expect(page.getByRole("link", { name: /offline check-in/ })).toHaveAttribute(
    "href",
    "/checkin",
  );
  await expect(
    page.getByRole("link", { name: /No token in the browser at all: the backend-for-frontend/ }),
  ).toHaveAttribute("href", "/jwt/bff");
  await page.getByRole("link", { name: "Finish: which should I choose?" }).click();
  await expect(page).toHaveURL(/\/guide$/);
  expect((await cookieNamed(context, "lab_tour"))?.value).toBe("8");
  expect(loginsPosted).toBe(1);
});

test("a step that needs a login offers one form for the three areas", async ({
  page,
  freshUser,
}) => {
  await page.goto("/tour/5");
  const evidence = page.getByTestId("tour-evidence");
  await expect(evidence.getByText(/This step needs you logged in/)).toBeVisible();
  await evidence.getByRole("button", { name: /another device/ }).click();
  await expect(evidence.getByText("Not logged in here: log in first (step 1).")).toBeVisible();
  await evidence.getByLabel("Username").fill(freshUser.username);
  await evidence.getByLabel("Password", { exact: true }).fill(freshUser.password);
  await evidence.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL(/\/tour\/5$/);
  await expect(evidence.getByText(/This step needs you logged in/)).toHaveCount(0);
  await expectHeaderLoggedIn(page, freshUser.displayName);
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

// At 390 px, the tour's pages as a first-time visitor sees them are held by e2e/every-page.spec.ts
// (no sideways scroll) and e2e/front-door.spec.ts (the start button in the first screen).
test("at 390 px the logged-in steps' evidence fits: side by side becomes one above the other", async ({
  page,
  freshUser,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/tour/1");
  const evidence = page.getByTestId("tour-evidence");
  await evidence.getByLabel("Username").fill(freshUser.username);
  await evidence.getByLabel("Password", { exact: true }).fill(freshUser.password);
  await evidence.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL(/\/tour\/2$/);
  await expect(evidence.getByLabel("Token payload")).toBeVisible();
  const fits = async (where: string) => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, where).toBeLessThanOrEqual(390);
  };
  await fits("/tour/2");
  for (const [step, button, shown] of [
    [5, "Log in another device, then revoke its session", "tour-revoke"],
    [6, "Log in another device, then judge it later", "tour-clock"],
  ] as const) {
    await page.goto(`/tour/${step}`);
    await evidence.getByRole("button", { name: button }).click();
    await expect(evidence.getByTestId(shown)).toBeVisible();
    await fits(`/tour/${step}`);
  }
});

test("in Korean, the one-click states and their results are Korean", async ({
  page,
  context,
  freshUser,
}) => {
  test.setTimeout(90_000);
  await page.goto("/");
  await context.addCookies([{ name: "lab_lang", value: "ko", url: page.url() }]);
  await page.goto("/tour/1");
  const evidence = page.getByTestId("tour-evidence");
  await evidence.getByLabel(ko.login.form.username).fill(freshUser.username);
  await evidence.getByLabel(ko.login.form.password, { exact: true }).fill(freshUser.password);
  await evidence.getByRole("button", { name: ko.login.form.submit, exact: true }).click();
  await expect(page).toHaveURL(/\/tour\/2$/);
  for (const [step, button, shown] of [
    [5, ko.tour.ui.revoke, "tour-revoke"],
    [6, ko.tour.ui.judge, "tour-clock"],
    [7, ko.tour.ui.xssRun, "tour-xss"],
  ] as const) {
    await page.goto(`/tour/${step}`);
    await evidence.getByRole("button", { name: button }).click();
    await expect(evidence.getByTestId(shown)).toBeVisible();
    expect(await untranslatedText(page), `/tour/${step}`).toEqual([]);
  }
});

import type { Page } from "@playwright/test";
import { LEARN_TOPICS } from "@/lib/learn/topics";
import { DIAGRAMS } from "@/lib/learn/diagrams";
import en from "@/messages/en.json";
import { demoUser, expect, test, type TestUser } from "./support/fixtures";

async function logInToBoth(page: Page, user: TestUser): Promise<void> {
  await page.goto("/tour/1");
  await page.getByLabel("Username").fill(user.username);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/tour\/2$/);
}

/** From the front page to a question's answer: two clicks (FAQ, then the question). */
async function openQuestion(page: Page, id: string): Promise<ReturnType<Page["getByTestId"]>> {
  await page.goto("/");
  await page.getByRole("link", { name: "Questions people ask" }).first().click();
  await expect(page).toHaveURL(/\/faq$/);
  const question = en.faq.questions[id as keyof typeof en.faq.questions];
  await page.getByRole("link", { name: question }).click();
  await expect(page).toHaveURL(new RegExp(`/faq#${id}$`));
  await expect(page.getByRole("heading", { name: question })).toBeVisible();
  return page.getByTestId(`evidence-${id}`);
}

test.describe("the questions people ask, each within three clicks of the front page", () => {
  test("the difference: what this browser holds and what the server keeps, live", async ({
    page,
    freshUser,
  }) => {
    await logInToBoth(page, freshUser);
    const evidence = await openQuestion(page, "difference");
    await expect(evidence.getByLabel("This browser's session record")).toContainText(
      freshUser.username,
    );
    await expect(evidence.getByLabel("Token payload")).toContainText(freshUser.displayName);
  });

  test("advantages and disadvantages: the measured cost of each, from this server", async ({
    page,
  }) => {
    const evidence = await openQuestion(page, "trade-offs");
    await expect(evidence.getByRole("table", { name: "Measured cost per request" })).toBeVisible();
    await expect(evidence.getByTestId("cost-session-requests")).toHaveText(/^\d+$/);
  });

  test("where to keep a JWT: the cookie's real attributes, and what scripts can read", async ({
    page,
    freshUser,
  }) => {
    await logInToBoth(page, freshUser);
    const evidence = await openQuestion(page, "storage");
    await expect(evidence.getByTestId("jwt-cookie-attributes")).toContainText(
      "HttpOnly; (Secure on HTTPS deployments); SameSite=lax; Path=/",
    );
    await expect(evidence.getByTestId("faq-document-cookie")).toContainText("no token in it");
    expect(await page.evaluate(() => document.cookie)).not.toContain("lab_jwt");
  });

  test("how a JWT expires and is refreshed: the configured lifetimes and the live countdown", async ({
    page,
    freshUser,
  }) => {
    await logInToBoth(page, freshUser);
    const evidence = await openQuestion(page, "expiry");
    await expect(evidence.getByTestId("jwt-lifetimes")).toContainText("access token: 5 min");
    await expect(evidence).toContainText(/expires in 4m \d+s/);
  });

  test("C38 integrity: forged copies of your own token are each refused, with the verifier's reason", async ({
    page,
    freshUser,
  }) => {
    await logInToBoth(page, freshUser);
    const evidence = await openQuestion(page, "integrity");
    const forgeries = evidence.getByTestId("forgery");
    await expect(forgeries).toHaveCount(3);
    await expect(forgeries.nth(0)).toContainText("refused: ERR_JWS_SIGNATURE_VERIFICATION_FAILED");
    await expect(forgeries.nth(1)).toContainText(/refused: ERR_/);
    await expect(forgeries.nth(2)).toContainText("refused: ERR_JWS_SIGNATURE_VERIFICATION_FAILED");
    // The real token still works: nothing was changed but the copies.
    expect((await page.request.get("/api/jwt/me")).status()).toBe(200);
  });

  test("how a server validates a JWT: the steps, and this browser's own JWT request drawn", async ({
    page,
    freshUser,
  }) => {
    await logInToBoth(page, freshUser);
    await page.goto("/jwt");
    const evidence = await openQuestion(page, "validation");
    const diagram = evidence.getByTestId("live-sequence");
    await expect(diagram.getByRole("combobox", { name: "Request" })).toContainText("GET /jwt");
    await expect(diagram.getByRole("img")).toBeVisible();
    await expect(diagram.getByTestId("sequence-message").first()).toHaveAttribute(
      "data-to",
      "proxy",
    );
  });
});

test("the front page's cost figures come from real traces: requests change them", async ({
  page,
  freshUser,
}) => {
  await logInToBoth(page, freshUser);
  await page.goto("/");
  const count = async () =>
    Number(
      /(\d+) (?:request|measured)/.exec(
        (await page.getByTestId("home-cost-session").innerText()) ?? "",
      )?.[1] ?? "0",
    );
  const first = await count();
  for (let i = 0; i < 4; i++)
    expect((await page.request.get("/api/session/me")).status()).toBe(200);
  await page.reload();
  await expect.poll(count).toBeGreaterThanOrEqual(first + 4);
  await expect(page.getByTestId("home-cost-session")).toContainText(/database quer(y|ies) and/);
  await expect(page.getByTestId("home-cost-jwt")).toBeVisible();
  // The third column: the sealed cookie, between the two.
  const table = page.getByRole("table", { name: "Session or JWT, in short" });
  await expect(table.getByRole("columnheader", { name: "Sealed cookie" })).toBeVisible();
  await expect(table).toContainText("the server keeps nothing");
  await expect(page.getByTestId("home-cost-sealed")).toBeVisible();
});

test("the learn index counts its pages from the list it shows, in both languages", async ({
  page,
  context,
}) => {
  const count = LEARN_TOPICS.length;
  await page.goto("/learn");
  await expect(page.locator("main ol > li")).toHaveCount(count);
  await expect(page.locator("main p").first()).toContainText(`${count} short pages`);
  await context.addCookies([{ name: "lab_lang", value: "ko", url: page.url() }]);
  await page.reload();
  await expect(page.locator("main p").first()).toContainText(`짧은 페이지 ${count}개`);
});

test("every learn page renders its diagram as SVG with a text alternative, and links to see it live", async ({
  page,
}) => {
  await page.goto("/learn");
  for (const topic of LEARN_TOPICS) {
    const words = en.learn.topics[topic.slug as keyof typeof en.learn.topics];
    await page.goto(`/learn/${topic.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(words.title);
    const figure = page.getByTestId("sequence-diagram").first();
    const svg = figure.getByRole("img");
    await expect(svg).toHaveAccessibleName(
      new RegExp(en.diagrams.learn[topic.slug as keyof typeof en.diagrams.learn].title),
    );
    await expect(figure.getByTestId("sequence-message")).toHaveCount(
      DIAGRAMS[topic.slug]!.messages.length,
    );
    for (const [i, href] of topic.seeLive.entries()) {
      await expect(page.getByRole("link", { name: words.links[i] })).toHaveAttribute("href", href);
    }
  }
  await page.goto("/learn/glossary");
  await expect(page.locator("#jti")).toContainText("jti (token id)");
});

test.describe("the decision guide", () => {
  const answer = async (page: Page, answers: Record<string, "Yes" | "No">) => {
    await page.goto("/guide");
    for (const [question, value] of Object.entries(answers)) {
      await page.getByRole("group", { name: question }).getByLabel(value).check();
    }
    await page.getByRole("button", { name: "Recommend" }).click();
    return page.getByRole("region", { name: /Recommendation/ });
  };
  const profile = (yes: string[]) =>
    Object.fromEntries(
      ["at once", "other services", "no network", "native", "several instances"].map((q) => [
        q,
        yes.includes(q) ? "Yes" : "No",
      ]),
    ) as Record<string, "Yes" | "No">;

  test("one web app: a plain session, with its reasons linked to the evidence", async ({
    page,
  }) => {
    const result = await answer(page, profile(["at once"]));
    await expect(result).toHaveAttribute("data-choice", "session");
    await expect(result).toContainText("simply the better choice");
    await expect(result.getByRole("link", { name: "C09" })).toHaveAttribute("href", "/claims#C09");
    // "Session" names a mechanism, not a place: the sealed-cookie session is the stateless kind.
    await expect(page.getByTestId("guide-sealed")).toContainText("stateless session");
  });

  test("several services that must revoke at once: short JWTs plus a refresh record", async ({
    page,
  }) => {
    const result = await answer(page, profile(["at once", "other services", "several instances"]));
    await expect(result).toHaveAttribute("data-choice", "hybrid");
    await expect(result.getByRole("link", { name: "See it" }).first()).toHaveAttribute(
      "href",
      "/.well-known/jwks.json",
    );
  });

  test("an offline check-in: JWTs; many instances of one app: sessions with a shared store", async ({
    page,
  }) => {
    await expect(await answer(page, profile(["no network"]))).toHaveAttribute("data-choice", "jwt");
    const shared = await answer(page, profile(["several instances", "native"]));
    await expect(shared).toContainText("shared store");
    await expect(shared).toContainText("Authorization header");
  });

  test("an unanswered question gets an inline message, not a recommendation", async ({ page }) => {
    await page.goto("/guide?revoke=yes");
    await expect(
      page.getByRole("alert").filter({ hasText: "Answer every question" }),
    ).toContainText("4 left");
    await expect(page.getByRole("region", { name: /Recommendation/ })).toHaveCount(0);
  });
});

test("the header shows, per area, who this browser is logged in as, with log out; admins get a link", async ({
  page,
  freshUser,
}) => {
  await page.goto("/");
  await expect(page.getByTestId("account-session")).toContainText("log in");
  await logInToBoth(page, freshUser);
  await expect(page.getByTestId("account-session")).toContainText(freshUser.displayName);
  await expect(page.getByTestId("account-jwt")).toContainText(freshUser.displayName);
  await expect(page.getByTestId("admin-link")).toHaveCount(0);
  await page
    .getByTestId("account-session")
    .getByRole("button", { name: "Log out of the Session area" })
    .click();
  await expect(page).toHaveURL(/\/session\/login\?reason=logged_out/);
  await expect(page.getByTestId("account-session")).toContainText("log in");
  await expect(page.getByTestId("account-jwt")).toContainText(freshUser.displayName);

  // A login that lands on the same path (the compare page's form) updates the header too.
  await page.goto("/compare");
  await page.getByLabel("Username").fill(freshUser.username);
  await page.getByLabel("Password", { exact: true }).fill(freshUser.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByTestId("session-who")).toContainText(freshUser.displayName);
  await expect(page.getByTestId("account-session")).toContainText(freshUser.displayName);

  const admin = demoUser("admin");
  await page.goto("/session/login");
  await page.getByLabel("Username").fill(admin.username);
  await page.getByLabel("Password", { exact: true }).fill(admin.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByTestId("admin-link").click();
  await expect(page).toHaveURL(/\/admin$/);
});

// On a phone the way in is in the first screen, in either language: no scrolling to find it.
for (const [language, words] of [
  ["en", { home: "Start here: the 10-minute tour", tour: "Begin" }],
  ["ko", { home: "여기서 시작: 10분 투어", tour: "시작하기" }],
] as const) {
  test(`at 390 px the tour's way in is in the first screen (${language})`, async ({
    page,
    context,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    await context.addCookies([{ name: "lab_lang", value: language, url: page.url() }]);
    for (const [path, name] of [
      ["/", words.home],
      ["/tour", words.tour],
    ] as const) {
      await page.goto(path);
      const box = await page.getByRole("link", { name, exact: true }).boundingBox();
      expect(box, path).not.toBeNull();
      expect(box!.y + box!.height, `${path}: the link's bottom`).toBeLessThanOrEqual(844);
    }
  });
}

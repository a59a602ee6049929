import type { Page } from "@playwright/test";
import en from "@/messages/en.json";
import { demoUser, expect, test } from "./support/fixtures";
import {
  identities,
  labCookieOf,
  newVisitor,
  withHostedServer,
  type Visitor,
} from "./support/visitor-labs";

// The tour, walked by two visitors of one hosted instance at once, each as its lab's alice: each
// step's evidence is the visitor's own, and one visitor's lessons that end credentials (logout and
// replay, revocation from the server) end nothing of the other's.
test.describe.configure({ timeout: 180_000 });

const alice = demoUser("alice");

function evidenceOf(page: Page) {
  return page.getByTestId("tour-evidence");
}

async function logInOnStep(page: Page, step: number): Promise<void> {
  const evidence = evidenceOf(page);
  await evidence.getByLabel("Username").fill(alice.username);
  await evidence.getByLabel("Password", { exact: true }).fill(alice.password);
  await evidence.getByRole("button", { name: "Log in", exact: true }).click();
  // The first login opens the visitor's lab and renders the next step in the same answer: under
  // npm run test:under-load that answer took 12 s, with the other visitor logging in beside it.
  await expect(page).toHaveURL(new RegExp(`/tour/${step}$`), { timeout: 30_000 });
  await expect(evidence.getByText(/This step needs you logged in/)).toHaveCount(0);
}

async function next(page: Page, step: number): Promise<void> {
  await page.getByRole("link", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `${step}. ${en.tour.steps[String(step) as keyof typeof en.tour.steps].title}`,
  );
}

/** Step 3: one request to each area's API, drawn from this browser's own traces. */
async function callEachApi(page: Page): Promise<void> {
  const evidence = evidenceOf(page);
  await evidence.getByRole("button", { name: "Call each API once" }).click();
  for (const [n, area] of ["session", "sealed", "jwt"].entries()) {
    await expect(evidence.getByTestId("live-sequence").nth(n).getByRole("combobox")).toContainText(
      `GET /api/${area}/me → 200`,
    );
  }
}

/** Steps 1 to 3, as each visitor walks them. */
async function walkToStep3(visitor: Visitor): Promise<void> {
  const { page } = visitor;
  await page.goto("/tour/1");
  await logInOnStep(page, 2);
  const lab = (await labCookieOf(visitor.context)).value.split(".")[0]!;
  // Step 2: the token this browser holds names its own lab. (The first live evidence waits for
  // the page's scripts and the state they fetch: slow while both visitors' servers are busy.)
  await expect(evidenceOf(page).getByLabel("Token payload")).toContainText(lab, {
    timeout: 30_000,
  });
  await next(page, 3);
  await callEachApi(page);
}

test("hosted: two visitors walk the tour at once; one's logout, replay and revocation end nothing of the other's", async ({
  browser,
}) => {
  await withHostedServer(async (server) => {
    const [a, b] = await Promise.all([newVisitor(browser, server), newVisitor(browser, server)]);
    await Promise.all([walkToStep3(a), walkToStep3(b)]);
    const idsOfB = await identities(b.context.request);
    expect(idsOfB.session).not.toBe((await identities(a.context.request)).session);

    // A, step 4: copies of a throw-away login of A's lab, logged out and replayed.
    await next(a.page, 4);
    await evidenceOf(a.page).getByRole("button", { name: "Copy, log out, replay" }).click();
    await expect(evidenceOf(a.page).getByTestId("lag-session-reading")).toHaveText(
      /^refused after 0 s/,
    );
    // A, step 5: still logged in; revokes another device's session.
    await next(a.page, 5);
    const revoke = "Log in another device, then revoke its session";
    await evidenceOf(a.page).getByRole("button", { name: revoke }).click();
    await expect(evidenceOf(a.page).getByTestId("tour-revoke-session")).toContainText(
      "refused: no record",
    );
    await expect(evidenceOf(a.page).getByTestId("tour-revoke-sealed")).toHaveText("accepted");

    // B, still on step 3 (afresh): the same calls still answer 200, as the same alice of B's lab.
    await b.page.reload();
    await callEachApi(b.page);
    expect(await identities(b.context.request)).toMatchObject({
      session: idsOfB.session,
      jwt: idsOfB.jwt,
    });
    await Promise.all([a.context.close(), b.context.close()]);
  });
});

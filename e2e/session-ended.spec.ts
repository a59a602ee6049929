import { request as playwrightRequest, type Page } from "@playwright/test";
import {
  cookieNamed,
  COOKIE,
  expect,
  logInThroughForm,
  test,
  untilHydrated,
  type TestUser,
} from "./support/fixtures";
import { e2eBaseURL } from "./support/env";

// A page stays open after its session ended elsewhere (a logout on another tab, an admin's force
// logout, the session limit). The next form sent from it is a server action: the proxy leaves it
// to the action's own check, which sends it to the login page with the reason — whether the page's
// script sends it (fetch) or the browser does (no script). Once, the proxy's 307 made the browser
// post the form, action and all, to the login page, and the scripted call got a page of HTML: the
// error screen.

/** Logs in, opens the devices page, and ends that session from outside the browser. */
async function openPageThenEndSession(page: Page, user: TestUser): Promise<void> {
  await logInThroughForm(page, "session", user);
  await page.goto("/session/devices");
  const cookie = await cookieNamed(page.context(), COOKIE.session);
  const elsewhere = await playwrightRequest.newContext({ baseURL: e2eBaseURL });
  const ended = await elsewhere.post("/api/session/logout", {
    headers: { cookie: `${COOKIE.session}=${cookie!.value}` },
  });
  expect(ended.status()).toBe(204);
  await elsewhere.dispose();
}

const sendTheForm = (page: Page) =>
  page.getByRole("button", { name: "Log out all other devices" }).click();

test("a form sent by the page's script after its session ended lands on the login page", async ({
  page,
  freshUser,
}) => {
  await openPageThenEndSession(page, freshUser);
  await untilHydrated(page.getByRole("button", { name: "Log out all other devices" }));
  await sendTheForm(page);
  await expect(page).toHaveURL(/\/session\/login\?.*reason=session_not_found/);
  await expect(page.getByLabel("Username", { exact: true })).toBeVisible();
});

test.describe("without script", () => {
  test.use({ javaScriptEnabled: false });

  test("a form posted after its session ended lands on the login page", async ({
    page,
    freshUser,
  }) => {
    await openPageThenEndSession(page, freshUser);
    const answers: number[] = [];
    page.on("response", (response) => {
      if (response.request().method() === "POST") answers.push(response.status());
    });
    await sendTheForm(page);
    await expect(page).toHaveURL(/\/session\/login\?.*reason=session_not_found/);
    await expect(page.getByLabel("Username", { exact: true })).toBeVisible();
    expect(answers).toEqual([303]); // and no second post, to the login page
  });
});

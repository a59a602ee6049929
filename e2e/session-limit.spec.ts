import { countSessions } from "./support/db";
import { expect, logInThroughForm, test } from "./support/fixtures";

// The limit on simultaneous screens (C13), live on the devices page: the buttons log this account
// in from made-up devices, and the device pushed out is told why on its next page.
const WHY = "You were logged out because a newer login passed the limit of 3 screens";

test.describe("the session limit, live", () => {
  test("the login past the limit evicts the oldest device, whose next page says why", async ({
    page,
    browser,
    freshUser,
  }) => {
    test.slow(); // two browsers, two logins through the form, two more on the server
    const oldestContext = await browser.newContext();
    const oldest = await oldestContext.newPage();
    await logInThroughForm(oldest, "session", freshUser);
    await logInThroughForm(page, "session", freshUser);

    await page.goto("/session/devices");
    await expect(page.getByTestId("session-limit-count")).toHaveText(
      "Counted against it now: 2 of 3.",
    );
    await expect(page.getByTestId("session-limit-next")).toContainText("1 more login fits");
    await page
      .getByRole("button", { name: "Log in from 2 other devices (passes the limit)" })
      .click();
    await expect(page.getByText("The limit pushed 1 session out, the oldest")).toBeVisible();
    await expect(page.getByTestId("session-limit-count")).toHaveText(
      "Counted against it now: 3 of 3.",
    );
    expect(countSessions(freshUser.username)).toBe(3);
    await expect(
      page.getByRole("list", { name: "Devices" }).getByText("made up by this page"),
    ).toHaveCount(2);

    await oldest.goto("/session");
    await expect(oldest).toHaveURL(/\/session\/login\?.*reason=session_evicted/);
    await expect(oldest.getByText(WHY)).toBeVisible();
    await oldestContext.close();
  });

  test("when this browser is the oldest, it is pushed out and told why", async ({
    page,
    freshUser,
  }) => {
    await logInThroughForm(page, "session", freshUser);
    await page.goto("/session/devices");
    await expect(page.getByTestId("session-limit-next")).toContainText("2 more logins fit");
    await page.getByRole("button", { name: "Log in from another device", exact: true }).click();
    await page.getByRole("button", { name: "Log in from another device", exact: true }).click();
    await expect(page.getByTestId("session-limit-next")).toHaveText(
      "The next login logs out the oldest session — this browser's own. Its next page will say why.",
    );
    await page.getByRole("button", { name: "Log in from another device", exact: true }).click();
    await expect(page).toHaveURL(/\/session\/login\?.*reason=session_evicted/);
    await expect(page.getByText(WHY)).toBeVisible();
    expect(countSessions(freshUser.username)).toBe(3);
  });
});

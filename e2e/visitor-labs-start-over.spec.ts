import en from "@/messages/en.json";
import { cookieNamed, demoUser, expect, test } from "./support/fixtures";
import {
  AREAS,
  credentialCookiesOf,
  expectDashboardsGreet,
  identities,
  LAB_COOKIE,
  labCookieOf,
  logInEverywhere,
  newVisitor,
  windowInLab,
  withHostedServer,
} from "./support/visitor-labs";

// "Start over" on a hosted instance deletes the visitor's whole lab — its accounts and every
// session in it — not only this browser's cookies: a copy of the old cookies opens nothing.
test.describe.configure({ timeout: 180_000 });

const alice = demoUser("alice");

test("hosted: start over (confirmed) deletes one visitor's lab, old cookies and all; the other's is untouched", async ({
  browser,
}) => {
  await withHostedServer(async (server) => {
    const [a, b] = await Promise.all([newVisitor(browser, server), newVisitor(browser, server)]);
    await Promise.all([logInEverywhere(a.page), logInEverywhere(b.page)]);
    const idsA = await identities(a.context.request);
    const idsB = await identities(b.context.request);
    const oldLab = await labCookieOf(a.context);
    const oldCredentials = await credentialCookiesOf(a.context);

    await a.page.goto("/session");
    await a.page.getByRole("button", { name: en.header.startOver, exact: true }).click();
    const dialog = a.page.getByRole("dialog", { name: en.header.startOverConfirm.title });
    await expect(dialog).toContainText(en.header.startOverConfirm.lab);
    await dialog.getByRole("button", { name: en.header.startOverConfirm.confirm }).click();
    await expect(a.page).toHaveURL(/reset=done/);
    expect(await cookieNamed(a.context, LAB_COOKIE)).toBeUndefined();

    // The old lab cookie and credentials, put back together: the lab is gone, so each is refused
    // (and the lab cookie cleared as one naming no lab: all put back before each area).
    const ghost = await windowInLab(browser, server, oldLab);
    for (const area of AREAS) {
      await ghost.addCookies([oldLab, ...oldCredentials]);
      expect((await ghost.request.get(`/api/${area}/me`)).status(), area).toBe(401);
      expect(await cookieNamed(ghost, LAB_COOKIE), area).toBeUndefined();
    }

    // B: as it was, everywhere.
    expect(await identities(b.context.request)).toEqual(idsB);
    await expectDashboardsGreet(b.page, alice.displayName);

    // A's next login opens a fresh lab, with a fresh alice.
    await logInEverywhere(a.page);
    expect((await labCookieOf(a.context)).value).not.toBe(oldLab.value);
    expect((await identities(a.context.request)).session).not.toBe(idsA.session);
    await Promise.all([a.context.close(), b.context.close(), ghost.close()]);
  });
});

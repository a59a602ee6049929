import type { Page } from "@playwright/test";
import { englishRuns } from "@/lib/i18n/untranslated";
import { withAppServer } from "./support/app-server";
import { e2eBaseURL } from "./support/env";
import { adminClient, apiLogin, demoUser, expect, test, type TestUser } from "./support/fixtures";

// The revocation-lag meter: after an event, each mechanism's copy of a fresh throw-away login is
// replayed every second until refused. The meter never touches the visitor's own login. Tests
// that change an admin setting (the deny-list, the cookie cache) run on a server of their own.

const METER = /How long does a copied credential keep working/;
const REPLAYS = { timeout: 30_000, intervals: [250] };

function meterOf(page: Page) {
  return page.getByRole("region", { name: METER });
}

function reading(page: Page, area: string) {
  return meterOf(page).getByTestId(`lag-${area}-reading`);
}

/** The seconds a clock reads ("still accepted for 4 s…"), or -1 while it reads otherwise. */
async function secondsStillAccepted(page: Page, area: string): Promise<number> {
  const text = (await reading(page, area).textContent()) ?? "";
  const match = /still (?:accepted for|says role \w+ for) (\d+) s/.exec(text);
  return match === null ? -1 : Number(match[1]);
}

async function logInEverywhere(page: Page, user: TestUser): Promise<void> {
  for (const area of ["session", "sealed", "jwt"] as const)
    await apiLogin(page.request, area, user);
}

async function runMeter(page: Page, event: string, adminPassword?: string): Promise<void> {
  await page.goto("/compare");
  if (adminPassword !== undefined) {
    await page.getByLabel("Admin password").fill(adminPassword);
  }
  await meterOf(page).getByRole("button", { name: event, exact: true }).click();
  await expect(meterOf(page).getByTestId("lag-event")).toBeVisible();
}

test("logout: the session copy is refused at the first replay, the sealed and JWT copies keep working — and the visitor stays logged in", async ({
  page,
  freshUser,
}) => {
  await logInEverywhere(page, freshUser);
  await runMeter(page, "Log out");
  await expect(reading(page, "session")).toHaveText(/^refused after 0 s \(answer 401\)/);
  await expect(meterOf(page).getByTestId("lag-session-why")).toContainText(
    "The logout deleted the session record",
  );
  // Several replays later, still accepted: nothing on the server can end them.
  await expect.poll(() => secondsStillAccepted(page, "jwt"), REPLAYS).toBeGreaterThanOrEqual(3);
  await expect.poll(() => secondsStillAccepted(page, "sealed"), REPLAYS).toBeGreaterThanOrEqual(3);
  await expect(meterOf(page).getByTestId("lag-jwt-why")).toContainText("strategy “none”");
  await expect(meterOf(page).getByTestId("lag-jwt-cost")).toHaveText(
    "This replay cost no database query.",
  );
  // The meter logged out its own login, never the visitor's.
  for (const area of ["session", "sealed", "jwt"]) {
    expect((await page.request.get(`/api/${area}/me`)).status(), area).toBe(200);
  }
});

test("password change: the session copy is refused at once, the JWT copy still works (strategy none)", async ({
  page,
}) => {
  await runMeter(page, "Change the password");
  await expect(reading(page, "session")).toHaveText(/^refused after 0 s/);
  await expect(meterOf(page).getByTestId("lag-session-why")).toContainText(
    "The password change replaced this session",
  );
  await expect.poll(() => secondsStillAccepted(page, "jwt"), REPLAYS).toBeGreaterThanOrEqual(2);
});

test("role change: the session copy shows the new role at once, the sealed and JWT copies keep the old one", async ({
  page,
}) => {
  await runMeter(page, "Demote an admin", demoUser("admin").password);
  await expect(reading(page, "session")).toHaveText("says the new role (user) after 0 s");
  await expect.poll(() => secondsStillAccepted(page, "sealed"), REPLAYS).toBeGreaterThanOrEqual(2);
  await expect(reading(page, "jwt")).toContainText("still says role admin for");
  await expect(meterOf(page).getByTestId("lag-jwt-why")).toContainText(
    "A role change ends no login",
  );
});

test("deny-list strategy: the JWT copy is refused at once after logout, and each replay pays its lookup", async ({
  browser,
}) => {
  test.slow();
  await withAppServer({}, async ({ url }) => {
    const admin = await adminClient(url);
    const set = await admin.put("/api/admin/jwt-settings", { data: { revocation: "denylist" } });
    expect(set.status()).toBe(200);
    const context = await browser.newContext({ baseURL: url });
    const page = await context.newPage();
    await runMeter(page, "Log out");
    await expect(reading(page, "jwt")).toHaveText(/^refused after 0 s \(answer 401\)/);
    await expect(meterOf(page).getByTestId("lag-jwt-why")).toContainText("Deny-list strategy");
    await expect(meterOf(page).getByTestId("lag-jwt-cost")).toHaveText(
      /This replay cost [1-9] database quer(y|ies)\./,
    );
    await expect(reading(page, "session")).toHaveText(/^refused after 0 s/);
    await expect
      .poll(() => secondsStillAccepted(page, "sealed"), REPLAYS)
      .toBeGreaterThanOrEqual(2);
    await context.close();
    await admin.dispose();
  });
});

test("disabling the user with the cookie cache on: the session copy keeps working until the cache lapses", async ({
  browser,
}) => {
  test.slow();
  await withAppServer({}, async ({ url }) => {
    const admin = await adminClient(url);
    const set = await admin.put("/api/admin/seal", { data: { cookieCacheSeconds: 4 } });
    expect(set.status()).toBe(200);
    const context = await browser.newContext({ baseURL: url });
    const page = await context.newPage();
    await runMeter(page, "Disable the account", demoUser("admin").password);
    // Accepted from the cached lookup first, refused once it lapsed: within the 4 s it lasts.
    await expect(reading(page, "session")).toHaveText(/^refused after [1-5] s \(answer 401\)/, {
      timeout: 20_000,
    });
    await expect(meterOf(page).getByTestId("lag-session-why")).toContainText(
      "The cookie cache is on (4 s",
    );
    await expect
      .poll(() => secondsStillAccepted(page, "sealed"), REPLAYS)
      .toBeGreaterThanOrEqual(2);
    await expect.poll(() => secondsStillAccepted(page, "jwt"), REPLAYS).toBeGreaterThanOrEqual(2);
    await context.close();
    await admin.dispose();
  });
});

test("a hidden page stops replaying (no runaway timers)", async ({ page }) => {
  // The page's timers can be run ahead: ten seconds of them without waiting ten seconds.
  await page.clock.install();
  await runMeter(page, "Log out");
  await expect(reading(page, "jwt")).toHaveText(/^still accepted for 0 s/);
  let replays = 0;
  page.on("request", (request) => {
    if (request.url().endsWith("/api/compare/replay")) replays += 1;
  });
  await page.clock.runFor(1100); // the next tick: one replay per copy still running
  await expect.poll(() => replays).toBeGreaterThanOrEqual(2);
  await expect.poll(() => secondsStillAccepted(page, "jwt")).toBeGreaterThanOrEqual(1);
  await page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await expect(reading(page, "jwt")).toHaveText(/^stopped after \d+ s: the page was hidden/);
  const atHiding = replays;
  await page.clock.runFor(10_000); // ten seconds of timers: none may replay anything
  expect(replays).toBe(atHiding);
});

test("the tour's step 4 runs the meter on copies: the visitor is not logged out", async ({
  page,
  freshUser,
}) => {
  await apiLogin(page.request, "session", freshUser);
  await apiLogin(page.request, "jwt", freshUser);
  await page.goto("/tour/4");
  const evidence = page.getByTestId("tour-evidence");
  await evidence.getByRole("button", { name: "Copy, log out, replay" }).click();
  await expect(evidence.getByTestId("lag-session-reading")).toHaveText(/^refused after 0 s/);
  await expect
    .poll(async () => {
      const text = (await evidence.getByTestId("lag-jwt-reading").textContent()) ?? "";
      return /still accepted for (\d+) s/.exec(text)?.[1] ?? "-1";
    }, REPLAYS)
    .not.toBe("-1");
  for (const area of ["session", "jwt"]) {
    expect((await page.request.get(`/api/${area}/me`)).status(), area).toBe(200);
  }
});

test("in Korean, every word the meter shows is Korean (terms such as JWT may stay)", async ({
  page,
  context,
}) => {
  await context.addCookies([{ name: "lab_lang", value: "ko", url: e2eBaseURL }]);
  await page.goto("/compare");
  const meter = page.getByRole("region", { name: /복사한 자격 증명은 얼마나 오래 통할까요/ });
  await meter.getByRole("button", { name: "로그아웃", exact: true }).click();
  await expect(meter.getByTestId("lag-session-reading")).toHaveText(/^0초 만에 거부됨/);
  await expect(meter.getByTestId("lag-jwt-reading")).toHaveText(/초째 여전히 통과/);
  expect(englishRuns(await meter.innerText())).toEqual([]);
});

test("the meter's route refuses bad input with JSON, cross-site requests, and another browser's copies", async ({
  page,
  browser,
}) => {
  const noInspector = await page.request.post("/api/compare/revocation-lag", {
    data: { event: "logout" },
  });
  expect(noInspector.status()).toBe(400);
  expect(await noInspector.json()).toMatchObject({ error: "no_inspector" });

  await page.goto("/compare");
  const post = (data: unknown, headers: Record<string, string> = {}) =>
    page.request.post("/api/compare/revocation-lag", { data, headers });
  for (const bad of [{}, { event: "explode" }, { event: "logout", extra: 1 }, "logout"]) {
    const answer = await post(bad);
    // A bare string goes as text/plain: refused for its type (415) before its content (400).
    expect(answer.status(), JSON.stringify(bad)).toBe(typeof bad === "string" ? 415 : 400);
    expect(Object.keys(await answer.json()).sort()).toEqual(
      expect.arrayContaining(["error", "message"]),
    );
  }
  const noAdmin = await post({ event: "disable" });
  expect(noAdmin.status()).toBe(400);
  expect((await noAdmin.json()).error).toBe("admin_required");
  const notAdmin = await post({
    event: "role_change",
    admin: { username: "admin", password: "not the admin's password" },
  });
  expect(notAdmin.status()).toBe(401);
  const crossSite = await post({ event: "logout" }, { origin: "https://evil.example" });
  expect(crossSite.status()).toBe(403);

  const run = await post({ event: "logout" });
  expect(run.status()).toBe(200);
  const started = await run.json();
  expect(JSON.stringify(started)).not.toMatch(/eyJ|Fe26/); // handles only, never a credential
  expect((await post({ event: "logout" })).status()).toBe(429); // one run every few seconds

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto("/compare");
  const stolen = await otherPage.request.post("/api/compare/replay", {
    data: { handle: started.copies.jwt.handle },
  });
  expect(stolen.status()).toBe(404);
  await other.close();
});

import type { APIResponse } from "@playwright/test";
import {
  apiLogin,
  COOKIE,
  cookieNamed,
  demoUser,
  expect,
  logInThroughForm,
  test,
} from "./support/fixtures";
import {
  accessTokenOf,
  credentialCookiesOf,
  decodeAccessToken,
  expectDashboardsGreet,
  identities,
  LAB_COOKIE,
  labCookieOf,
  logInEverywhere,
  newVisitor,
  windowInLab,
  withHostedServer,
} from "./support/visitor-labs";

// Two visitors on one hosted instance (LAB_PUBLIC=true): each browser's first login opens a lab
// of its own, with its own copy of the demo accounts, and a credential is valid only in the lab
// it was made in. Each scenario runs a hosted server of its own. The switches a lab's admin
// flips: visitor-labs-switches.spec.ts; "Start over": visitor-labs-start-over.spec.ts; the tour
// walked side by side: visitor-labs-tour.spec.ts.
test.describe.configure({ timeout: 180_000 });

const alice = demoUser("alice");
const NOBODY = { session: null, sealed: null, jwt: null };
const labIdOf = (value: string): string => value.split(".")[0]!;
const CLEARS_LAB = new RegExp(`^${LAB_COOKIE}=;.*Max-Age=0`);

function setCookies(response: APIResponse): string[] {
  return response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === "set-cookie")
    .map((header) => header.value);
}

test("hosted: two visitors log in to the three areas at once, each in a lab of its own with its own alice", async ({
  browser,
}) => {
  await withHostedServer(async (server) => {
    const [a, b] = await Promise.all([newVisitor(browser, server), newVisitor(browser, server)]);
    await Promise.all([logInEverywhere(a.page), logInEverywhere(b.page)]);
    await Promise.all([
      expectDashboardsGreet(a.page, alice.displayName),
      expectDashboardsGreet(b.page, alice.displayName),
    ]);

    const [labA, labB] = [await labCookieOf(a.context), await labCookieOf(b.context)];
    expect(labIdOf(labA.value)).not.toBe(labIdOf(labB.value));
    expect(labA.httpOnly).toBe(true);
    // One alice in all three areas of a lab; two alices, two accounts, across the labs.
    const [idsA, idsB] = await Promise.all([
      identities(a.context.request),
      identities(b.context.request),
    ]);
    expect(idsA.sealed).toBe(idsA.session);
    expect(idsA.jwt).toBe(idsA.session);
    expect(idsB.jwt).toBe(idsB.session);
    expect(idsA.session).not.toBe(idsB.session);
    // Each access token names the lab it was made in.
    expect(decodeAccessToken(await accessTokenOf(a.context)).claims.lab).toBe(labIdOf(labA.value));
    expect(decodeAccessToken(await accessTokenOf(b.context)).claims.lab).toBe(labIdOf(labB.value));
    await Promise.all([a.context.close(), b.context.close()]);
  });
});

test("hosted: one visitor's credentials, carried into another's lab or into none, are refused and log nobody out", async ({
  browser,
}) => {
  await withHostedServer(async (server) => {
    const [a, b] = await Promise.all([newVisitor(browser, server), newVisitor(browser, server)]);
    await Promise.all([logInEverywhere(a.page), logInEverywhere(b.page)]);
    const [idsA, idsB] = await Promise.all([
      identities(a.context.request),
      identities(b.context.request),
    ]);
    const stolen = await credentialCookiesOf(a.context);

    // A's session, seal and token beside B's lab cookie: nobody, in every area.
    const inB = await windowInLab(browser, server, await labCookieOf(b.context));
    await inB.addCookies(stolen);
    expect(await identities(inB.request)).toEqual(NOBODY);
    const page = await inB.newPage();
    await page.goto("/session");
    await expect(page).toHaveURL(/\/session\/login\?/);
    // Nor does A's refresh token mint anything there.
    expect((await inB.request.post("/api/jwt/refresh")).status()).toBe(401);

    // Without any lab cookie (the shared world, the operator's): nobody either.
    const inNoLab = await browser.newContext({ baseURL: server.url });
    await inNoLab.addCookies(stolen);
    expect(await identities(inNoLab.request)).toEqual(NOBODY);

    // Presenting them elsewhere ended nothing: both visitors are who they were, everywhere.
    expect(await identities(a.context.request)).toEqual(idsA);
    expect(await identities(b.context.request)).toEqual(idsB);
    expect((await a.context.request.post("/api/jwt/refresh")).status()).toBe(200);
    await expectDashboardsGreet(a.page, alice.displayName);
    await Promise.all([a, b].map((visitor) => visitor.context.close()));
    await Promise.all([inB.close(), inNoLab.close()]);
  });
});

test("hosted: a forged or garbled lab cookie is cleared by the server and counts as no lab", async ({
  browser,
}) => {
  await withHostedServer(async (server) => {
    const a = await newVisitor(browser, server);
    await logInThroughForm(a.page, "session", alice);
    const lab = await labCookieOf(a.context);
    const aliceOfA = (await identities(a.context.request)).session;
    const session = (await credentialCookiesOf(a.context, [COOKIE.session]))[0]!;

    // A's real lab id under a MAC this server never made, beside A's own session cookie: not A's
    // lab (the session is unknown in the shared world), and the cookie is cleared.
    const forger = await browser.newContext({ baseURL: server.url });
    await forger.addCookies([
      { ...lab, value: `${labIdOf(lab.value)}.${"A".repeat(43)}` },
      session,
    ]);
    const refused = await forger.request.get("/api/session/me");
    expect(refused.status()).toBe(401);
    expect(setCookies(refused)).toContainEqual(expect.stringMatching(CLEARS_LAB));
    expect(await cookieNamed(forger, LAB_COOKIE)).toBeUndefined();

    // Garbage: cleared just the same.
    await forger.addCookies([{ ...lab, value: "not-a-lab" }]);
    expect(setCookies(await forger.request.get("/api/jwt/me"))).toContainEqual(
      expect.stringMatching(CLEARS_LAB),
    );
    expect(await cookieNamed(forger, LAB_COOKIE)).toBeUndefined();

    // No lab, so the next login opens a new one: another lab, another alice.
    await apiLogin(forger.request, "session", alice);
    const opened = await labCookieOf(forger);
    expect(labIdOf(opened.value)).not.toBe(labIdOf(lab.value));
    expect((await identities(forger.request)).session).not.toBe(aliceOfA);
    // And A, whose lab id the forger borrowed, is still logged in.
    expect((await identities(a.context.request)).session).toBe(aliceOfA);
    await Promise.all([a.context.close(), forger.close()]);
  });
});

test("hosted: a visitor's session cookie, logged out or logged in over in another lab, keeps its session", async ({
  browser,
}) => {
  // Once failed: a logout (or a login's no-fixation step) revoked the presented token's record
  // without asking whose lab it was.
  await withHostedServer(async (server) => {
    const [a, b] = await Promise.all([newVisitor(browser, server), newVisitor(browser, server)]);
    await Promise.all([a, b].map((visitor) => apiLogin(visitor.context.request, "session", alice)));
    const aliceOfA = (await identities(a.context.request)).session;
    const stolen = await credentialCookiesOf(a.context, [COOKIE.session]);

    const inB = await windowInLab(browser, server, await labCookieOf(b.context));
    await inB.addCookies(stolen);
    expect((await inB.request.post("/api/session/logout")).status()).toBe(204);
    expect((await identities(a.context.request)).session, "after a logout in B").toBe(aliceOfA);
    // A login in B's lab ends the session it replaces — B's own, never A's.
    await inB.addCookies(stolen);
    await apiLogin(inB.request, "session", alice);
    expect((await identities(a.context.request)).session, "after a login in B").toBe(aliceOfA);
    await Promise.all([a.context.close(), b.context.close(), inB.close()]);
  });
});

test("hosted: a garbled lab cookie on a browser's first page is cleared too", async ({
  browser,
}) => {
  // Once failed: the proxy's clearing Set-Cookie was dropped when the same response set the
  // browser's first inspector cookie through response.cookies.
  await withHostedServer(async (server) => {
    const context = await browser.newContext({ baseURL: server.url });
    await context.addCookies([{ name: LAB_COOKIE, value: "not-a-lab", url: server.url }]);
    const page = await context.newPage();
    await page.goto("/");
    expect(await cookieNamed(context, LAB_COOKIE)).toBeUndefined();
    await context.close();
  });
});

test("local (the suite's own server): a login, by its form or its API, sets no lab cookie", async ({
  page,
  context,
  request,
  freshUser,
}) => {
  await logInThroughForm(page, "session", freshUser);
  expect(await cookieNamed(context, LAB_COOKIE)).toBeUndefined();
  const response = await request.post("/api/jwt/login", {
    data: { username: freshUser.username, password: freshUser.password },
  });
  expect(response.status()).toBe(200);
  const set = setCookies(response);
  expect(set.length).toBeGreaterThan(0);
  expect(set).not.toContainEqual(expect.stringMatching(new RegExp(`^${LAB_COOKIE}=`)));
});

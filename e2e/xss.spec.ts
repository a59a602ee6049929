import type { Page } from "@playwright/test";
import { BEARER_STORAGE_KEY } from "@/lib/ui/storage-keys";
import { e2eBaseURL, labHost } from "./support/env";
import { cookieNamed, expect, logInKeepingTokens, test, type TestUser } from "./support/fixtures";

/**
 * The XSS lab (/threats/xss): a real injection on a toy page served from the lab's own origin
 * (LAB_ORIGIN; on loopback http://lab.localhost:PORT), where the app serves nothing else — so no
 * credential of the real app can ever be held by the origin the injected script runs in.
 */

// Every name the app answers to in this suite: the page under test's origin and its twin.
const APP_ORIGINS = [e2eBaseURL, e2eBaseURL.replace("127.0.0.1", "localhost")];
const LAB_URL = new RegExp(`^http://${labHost.replace(".", "\\.")}:\\d+/threats/xss/victim`);
const CREDENTIAL_COOKIE = /lab_(session|sealed|session_cache|jwt|refresh_token|bff|device|compare)/;

/**
 * What a script injected into the flawed page can reach: a refresh through the JWT API (typed and
 * body-less), the cookies it can read, both web storages and the IndexedDB databases.
 */
const PROBE = `<img src="x" onerror="(async () => { const out = {}; const refresh = async (init) => { try { const r = await fetch('/api/jwt/refresh', { method: 'POST', credentials: 'include', ...init }); return r.status + ' ' + (await r.text()); } catch (e) { return 'failed'; } }; out.refresh = await refresh({ headers: { 'Content-Type': 'application/json' }, body: '{}' }); out.bare = await refresh({}); out.bff = await fetch('/api/jwt/bff/me', { credentials: 'include' }).then((r) => r.status, () => 0); out.cookies = document.cookie; out.local = Object.keys(localStorage); out.session = Object.keys(sessionStorage); out.databases = (await indexedDB.databases()).map((d) => d.name); document.getElementById('loot').textContent = 'PROBE ' + JSON.stringify(out); })()">`;

interface Loot {
  refresh: string;
  bare: string;
  bff: number;
  cookies: string;
  local: string[];
  session: string[];
  databases: string[];
}

async function logInAt(page: Page, origin: string, area: string, user: TestUser): Promise<void> {
  const response = await page.request.post(`${origin}/api/${area}/login`, {
    data: { username: user.username, password: user.password },
  });
  expect(response.status()).toBe(200);
}

/** Opens the flawed page the way a learner does, injects the probe and returns what it got. */
async function probeFromFlawedPage(page: Page): Promise<Loot> {
  await page.goto("/threats/xss");
  await page.getByRole("link", { name: /Open the toy guestbook/ }).click();
  // Typed only once the page's script runs (its button is enabled then), or React never sees it.
  await expect(page.getByRole("button", { name: "Post the comment" })).toBeEnabled();
  await page.getByRole("textbox", { name: /Your comment/ }).fill(PROBE);
  await page.getByRole("button", { name: "Post the comment" }).click();
  await expect(page.getByTestId("loot")).toContainText("PROBE ");
  const text = (await page.getByTestId("loot").textContent()) ?? "";
  return JSON.parse(text.slice("PROBE ".length)) as Loot;
}

async function expectNothingReal(page: Page, loot: Loot): Promise<void> {
  for (const answer of [loot.refresh, loot.bare]) {
    expect(answer).not.toMatch(/^200 /);
    expect(answer).not.toContain("accessToken");
  }
  expect(loot.bff).not.toBe(200);
  expect(loot.cookies).not.toMatch(CREDENTIAL_COOKIE);
  expect(loot.local.filter((key) => !key.startsWith("lab_xss"))).toEqual([]);
  expect(loot.session.filter((key) => !key.startsWith("lab_xss"))).toEqual([]);
  expect(loot.databases).toEqual([]);
  // Not at any path either: the browser's whole jar for the flawed page's host.
  const host = new URL(page.url()).hostname;
  const held = (await page.context().cookies()).filter((cookie) => cookie.domain === host);
  expect(held.map((cookie) => cookie.name).filter((name) => CREDENTIAL_COOKIE.test(name))).toEqual(
    [],
  );
}

test.describe("XSS lab", () => {
  test("C48 an injected script reads a localStorage token, cannot read the HttpOnly cookie, still uses it — and the app's CSP blocks it", async ({
    page,
    context,
  }) => {
    await page.goto("/threats/xss");
    await page.getByRole("link", { name: /Open the toy guestbook/ }).click();
    await expect(page).toHaveURL(LAB_URL);
    await expect(page.getByTestId("xss-policy")).toContainText("'unsafe-inline'");
    await page.getByRole("button", { name: "Log in to the toy account" }).click();
    await expect(page.getByTestId("toy-login")).toContainText("Logged in");
    expect((await cookieNamed(context, "lab_xss_toy"))?.httpOnly).toBe(true);

    await page.getByRole("button", { name: "Payload: read the token and the cookies" }).click();
    await page.getByRole("button", { name: "Post the comment" }).click();
    const loot = page.getByTestId("loot");
    await expect(loot).toContainText("localStorage token: toy-bearer-");
    await expect(loot).toContainText("document.cookie: [");
    await expect(loot).not.toContainText("lab_xss_toy");

    await page.getByRole("button", { name: "Payload: use the cookie session" }).click();
    await page.getByRole("button", { name: "Post the comment" }).click();
    await expect(loot).toContainText('Used the cookie session: {"account":"Toy Tina"');

    // The same payload under the app's own policy: the inline handler never runs.
    await page.getByRole("link", { name: "The same page with the app's CSP" }).click();
    await expect(page).toHaveURL(/\?csp=app$/);
    await expect(page.getByTestId("xss-policy")).toContainText("'nonce-…' 'strict-dynamic'");
    const csp = await page.evaluate(async () => {
      const response = await fetch(location.href);
      return response.headers.get("content-security-policy") ?? "";
    });
    expect(csp).toContain("'strict-dynamic'");
    expect(csp).not.toContain("unsafe-inline");
    await page.getByRole("button", { name: "Post the comment" }).click();
    await expect(page.getByTestId("csp-blocked")).toContainText(
      "Blocked by the Content-Security-Policy",
    );
    await expect(loot).toHaveText("");
  });

  test("a JWT refresh cookie and a DPoP login held on every name of the app are out of the flawed page's reach", async ({
    page,
    freshUser,
  }) => {
    for (const origin of APP_ORIGINS) {
      await logInAt(page, origin, "jwt", freshUser);
      await logInKeepingTokens(page, "DPoP", freshUser, origin);
    }
    // The access cookie lives minutes (as its token); the refresh cookie, path /api/jwt, a day.
    await page.context().clearCookies({ name: "lab_jwt" });
    await expectNothingReal(page, await probeFromFlawedPage(page));
  });

  test("a backend-for-frontend login on every name of the app is out of the flawed page's reach", async ({
    page,
    freshUser,
  }) => {
    for (const origin of APP_ORIGINS) await logInAt(page, origin, "jwt/bff", freshUser);
    await expectNothingReal(page, await probeFromFlawedPage(page));
  });

  test("C55 the toy BFF: the injected script finds no token for it, yet acts through its cookie — until its logout", async ({
    page,
  }) => {
    await page.goto("/threats/xss");
    await page.getByRole("link", { name: /Open the toy guestbook/ }).click();
    await expect(page).toHaveURL(LAB_URL);
    await page.getByRole("button", { name: "Log in through the toy BFF" }).click();
    await expect(page.getByTestId("toy-bff-login")).toContainText("Logged in through the toy BFF");
    expect(await cookieNamed(page.context(), "lab_xss_toy_bff")).toMatchObject({
      httpOnly: true,
      sameSite: "Strict",
    });

    const loot = page.getByTestId("loot");
    await page.getByRole("button", { name: "Payload: read the token and the cookies" }).click();
    await page.getByRole("button", { name: "Post the comment" }).click();
    await expect(loot).toContainText("localStorage token: null");
    await expect(loot).not.toContainText("lab_xss_toy_bff");

    await page.getByRole("button", { name: "Payload: ask the BFF" }).click();
    await page.getByRole("button", { name: "Post the comment" }).click();
    await expect(loot).toContainText('Asked the BFF (200): {"account":"Toy Tina"');

    await page.getByRole("button", { name: "Log out of the toy BFF" }).click();
    await expect(page.getByTestId("toy-bff-login")).toContainText("Not logged in through");
    await page.getByRole("button", { name: "Post the comment" }).click();
    await expect(loot).toContainText("Asked the BFF (401)");
  });

  test("session, sealed and localStorage JWT logins on every name of the app are out of the flawed page's reach, and the lesson still runs", async ({
    page,
    freshUser,
  }) => {
    for (const origin of APP_ORIGINS) {
      await logInAt(page, origin, "session", freshUser);
      await logInAt(page, origin, "sealed", freshUser);
      await logInKeepingTokens(page, "localStorage", freshUser, origin);
      expect(await page.evaluate((key) => localStorage.getItem(key), BEARER_STORAGE_KEY)).not.toBe(
        null,
      );
    }
    await expectNothingReal(page, await probeFromFlawedPage(page));
  });

  test("the flawed page's origin serves nothing but the lab, and the app's own names never serve the flawed page", async ({
    page,
  }) => {
    await page.goto(`${e2eBaseURL}/threats/xss/victim`);
    await expect(page).toHaveURL(LAB_URL);
    const statuses = await page.evaluate(async () => {
      const post = (path: string) =>
        fetch(path, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ username: "alice", password: "alice-in-the-lab" }),
        }).then((response) => response.status);
      return Promise.all(
        ["/api/session/login", "/api/sealed/login", "/api/jwt/login", "/api/signup"].map(post),
      );
    });
    expect(statuses).toEqual([404, 404, 404, 404]);
    // Nor a page of the app: nothing there could hand this origin a credential.
    const login = await page.goto(page.url().replace(/\/threats\/xss\/victim.*$/, "/jwt/login"));
    expect(login?.status()).toBe(404);
  });

  test("the toy API answers only its own cookie, and only on the lab's origin", async ({
    page,
    request,
  }) => {
    expect((await request.get("/api/threats/xss/toy")).status()).toBe(404);
    expect((await request.get("/api/threats/xss/toy-bff")).status()).toBe(404);
    await page.goto("/threats/xss/victim");
    await expect(page).toHaveURL(LAB_URL);
    const answer = await page.evaluate(async () => {
      const response = await fetch("/api/threats/xss/toy");
      return { status: response.status, body: await response.json() };
    });
    expect(answer).toMatchObject({ status: 401, body: { error: "not_logged_in" } });
  });
});

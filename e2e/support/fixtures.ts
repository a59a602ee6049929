import {
  request as playwrightRequest,
  test as base,
  expect,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from "@playwright/test";
import { DEMO_USERS } from "@/lib/users/demo-users";
import { e2eBaseURL } from "./env";

export { expect };
import type { AuthArea } from "@/config/types";
export type Area = AuthArea;

export const COOKIE = {
  session: "lab_session",
  sealed: "lab_sealed",
  sessionCache: "lab_session_cache",
  jwt: "lab_jwt",
  mode: "lab_mode",
} as const;

export const demoUser = (username: string) => {
  const user = DEMO_USERS.find((u) => u.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  return user;
};

/** The login page of an area, driven by its labels like a person would. */
export class LoginPage {
  constructor(
    private readonly page: Page,
    private readonly area: Area,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`/${this.area}/login`);
  }

  async logIn(username: string, password: string): Promise<void> {
    await this.page.getByLabel("Username", { exact: true }).fill(username);
    await this.page.getByLabel("Password", { exact: true }).fill(password);
    await this.page.getByRole("button", { name: "Log in", exact: true }).click();
  }

  /** The form's own error region (Next's route announcer is also role=alert). */
  formError() {
    return this.page.locator("#login-message").getByRole("alert");
  }
}

/**
 * Logs a user in through one of the JWT login page's script forms — the token kept in
 * localStorage, bound to this browser's key (DPoP), or kept by the backend-for-frontend (BFF) —
 * and waits for that variant's dashboard.
 * `origin`: another of the app's names (the tokens then live in that origin's storage).
 */
export async function logInKeepingTokens(
  page: Page,
  variant: keyof typeof SCRIPT_LOGINS,
  user: { username: string; password: string } = demoUser("alice"),
  origin = "",
): Promise<void> {
  const { button, home, status } = SCRIPT_LOGINS[variant];
  await page.goto(`${origin}/jwt/login`);
  await page.getByLabel(`Username (${variant})`).fill(user.username);
  await page.getByLabel(`Password (${variant})`).fill(user.password);
  await page.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(new RegExp(`${home}$`));
  await expect(page.getByTestId(status)).toContainText("Logged in as");
}

const SCRIPT_LOGINS = {
  localStorage: {
    button: "Log in, token in localStorage",
    home: "/jwt/bearer",
    status: "bearer-status",
  },
  DPoP: {
    button: "Log in with DPoP (key in this browser)",
    home: "/jwt/dpop",
    status: "dpop-status",
  },
  BFF: { button: "Log in through the BFF (no token here)", home: "/jwt/bff", status: "bff-status" },
} as const;

/** Logs a user in through the area's form and waits for the dashboard. */
export async function logInThroughForm(
  page: Page,
  area: Area,
  user: { username: string; password: string } = demoUser("alice"),
): Promise<void> {
  const login = new LoginPage(page, area);
  await login.goto();
  await login.logIn(user.username, user.password);
  // argon2id on a busy machine: a login may take seconds before the redirect.
  await expect(page).toHaveURL(new RegExp(`/${area}$`), { timeout: 15_000 });
}

/** Signs this browser in with a throw-away account, one click on /compare (all three areas). */
export async function signInWithThrowAwayAccount(page: Page): Promise<void> {
  await page.goto("/compare");
  await page.getByRole("button", { name: "Use a throw-away account" }).first().click();
  await expect(page.getByTestId("session-who")).toHaveText(/Lab account/);
}

export async function cookieNamed(context: BrowserContext, name: string) {
  return (await context.cookies()).find((cookie) => cookie.name === name);
}

/**
 * An API client logged in (session) as an admin: on the suite's own server (no argument) this
 * worker's admin, on the server named (a server of a test's own) the demo admin. The demo admin's
 * sessions on the suite's server do not last: every test that logs it in makes one, and past the
 * session limit (3) the oldest ends — a client could find itself logged out between two calls.
 */
export async function adminClient(baseURL?: string): Promise<APIRequestContext> {
  const admin = await playwrightRequest.newContext({ baseURL: baseURL ?? e2eBaseURL });
  await apiLogin(admin, "session", baseURL === undefined ? await workerAdmin() : demoUser("admin"));
  return admin;
}

let madeWorkerAdmin: Promise<TestUser> | null = null;

/** This worker's own admin on the suite's server, made once (by the demo admin) and kept. */
export function workerAdmin(): Promise<TestUser> {
  madeWorkerAdmin ??= (async () => {
    const api = await playwrightRequest.newContext({ baseURL: e2eBaseURL });
    const user = await signUp(api, Number(process.env.TEST_WORKER_INDEX ?? 0));
    await apiLogin(api, "session", demoUser("admin"));
    const promoted = await api.patch(`/api/admin/users/${await idOf(api, user.username)}`, {
      data: { role: "admin" },
    });
    expect(promoted.status(), "the worker's admin").toBe(200);
    await api.dispose();
    return user;
  })();
  return madeWorkerAdmin;
}

/** A user's id, as the admin API lists it. */
export async function idOf(admin: APIRequestContext, username: string): Promise<number> {
  const { users } = await (await admin.get("/api/admin/users")).json();
  return users.find((u: { username: string }) => u.username === username).id;
}

/** Logs in through the JSON API; returns the response body. */
export async function apiLogin(
  request: APIRequestContext,
  area: Area,
  user: { username: string; password: string } = demoUser("alice"),
) {
  const response = await request.post(`/api/${area}/login`, {
    data: { username: user.username, password: user.password },
  });
  expect(response.status()).toBe(200);
  return response.json();
}

/** Another device: a second browser, logged in to the session area through the API. */
export async function anotherDevice(
  browser: Browser,
  user: { username: string; password: string },
): Promise<BrowserContext> {
  const device = await browser.newContext();
  await apiLogin(device.request, "session", user);
  return device;
}

export interface TestUser {
  username: string;
  displayName: string;
  password: string;
}

let sequence = 0;

/**
 * `freshUser`: a new account made through the sign-up API for this test alone, so tests that
 * log in, out or change state never disturb each other. `freshAdmin`: the same, made an admin.
 */
export const test = base.extend<{ freshUser: TestUser; freshAdmin: TestUser }>({
  freshUser: async ({ request }, provide, testInfo) => {
    await provide(await signUp(request, testInfo.workerIndex));
  },
  /**
   * An admin of this test's own, made by the demo admin. The demo admin's sessions do not last:
   * every test that logs it in makes one, and past the session limit (3) the oldest is ended — a
   * test that keeps a page open as the demo admin can find itself logged out halfway.
   */
  freshAdmin: async ({ request }, provide, testInfo) => {
    const user = await signUp(request, testInfo.workerIndex);
    const admin = await adminClient();
    const promoted = await admin.patch(`/api/admin/users/${await idOf(admin, user.username)}`, {
      data: { role: "admin" },
    });
    expect(promoted.status()).toBe(200);
    await admin.dispose();
    await provide(user);
  },
});

async function signUp(request: APIRequestContext, workerIndex: number): Promise<TestUser> {
  sequence += 1;
  const suffix = `${workerIndex}-${sequence}-${Date.now().toString(36)}`;
  const user = {
    username: `u-${suffix}`,
    displayName: `Tester ${suffix}`,
    password: `pass-${suffix}-phrase`,
  };
  const response = await request.post("/api/signup", { data: user });
  expect(response.status()).toBe(201);
  return user;
}

/** Collects the Content-Security-Policy violations the page reports on its console from now on. */
export function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/**
 * Waits until React has taken over `locator`'s element (hydration attached its handlers). Forms
 * and popovers here work before that, without script — so a test that means the scripted path
 * (a handler that clears localStorage, moves the focus) must wait for it, or on a busy machine it
 * clicks first and takes the script-free one.
 */
export async function untilHydrated(locator: Locator): Promise<void> {
  await expect
    .poll(() =>
      locator.evaluate((element) => Object.keys(element).some((key) => key.startsWith("__react"))),
    )
    .toBe(true);
}

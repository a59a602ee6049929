import type { APIRequestContext, Browser, BrowserContext, Cookie, Page } from "@playwright/test";
import type { Trace } from "@/lib/inspect/trace";
import { withAppServer, type AppServer } from "./app-server";
import { COOKIE, cookieNamed, demoUser, expect, logInThroughForm, type Area } from "./fixtures";

// Two visitors of one hosted instance (LAB_PUBLIC=true), each in a lab of their own: the helpers
// the visitor-labs specs share — a browser per visitor, what each one holds, what the server says
// each one is.

export const AREAS: readonly Area[] = ["session", "sealed", "jwt"];
export const LAB_COOKIE = "lab_id";
/** Every cookie that makes a browser someone, in one area or another. */
export const CREDENTIAL_COOKIES: readonly string[] = [
  COOKIE.session,
  COOKIE.sealed,
  COOKIE.jwt,
  "lab_refresh_token",
];

const HOSTED = {
  LAB_PUBLIC: "true",
  LAB_OPERATOR_PASSWORD: "a long operator passphrase, not common",
};

/** Runs `run` against a hosted server of its own; `env` adds to the hosted settings. */
export function withHostedServer(
  run: (server: AppServer) => Promise<void>,
  env: Record<string, string> = {},
): Promise<void> {
  return withAppServer({ ...HOSTED, ...env }, run);
}

export interface Visitor {
  context: BrowserContext;
  page: Page;
}

export async function newVisitor(browser: Browser, server: AppServer): Promise<Visitor> {
  const context = await browser.newContext({ baseURL: server.url });
  return { context, page: await context.newPage() };
}

/** Logs a visitor in to the three areas through their forms, each landing on its dashboard. */
export async function logInEverywhere(
  page: Page,
  user: { username: string; password: string } = demoUser("alice"),
): Promise<void> {
  for (const area of AREAS) await logInThroughForm(page, area, user);
}

/** Each area's dashboard still greets `displayName` (a page, not only an API, still knows them). */
export async function expectDashboardsGreet(page: Page, displayName: string): Promise<void> {
  for (const area of AREAS) {
    await page.goto(`/${area}`);
    await expect(page, area).toHaveURL(new RegExp(`/${area}$`));
    await expect(page.getByRole("heading", { name: `Hello, ${displayName}` }), area).toBeVisible();
  }
}

export async function labCookieOf(context: BrowserContext): Promise<Cookie> {
  const cookie = await cookieNamed(context, LAB_COOKIE);
  expect(cookie?.value, "the lab cookie").toBeTruthy();
  return cookie!;
}

export type Identities = Record<Area, number | null>;

/** Who each area's API says this client is: the user id, or null when it answers 401. */
export async function identities(request: APIRequestContext): Promise<Identities> {
  const entries = await Promise.all(
    AREAS.map(async (area) => {
      const response = await request.get(`/api/${area}/me`);
      if (response.status() === 401) return [area, null] as const;
      expect(response.status(), `/api/${area}/me`).toBe(200);
      return [area, (await response.json()).user.id as number] as const;
    }),
  );
  return Object.fromEntries(entries) as Identities;
}

export interface DecodedToken {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
}

/** A signed access token read the way anyone could: its header and claims (no check). */
export function decodeAccessToken(token: string): DecodedToken {
  const [header, claims] = token
    .split(".")
    .slice(0, 2)
    .map((part) => JSON.parse(Buffer.from(part, "base64url").toString("utf8")));
  return { header, claims };
}

/** The access token this browser holds in its JWT cookie. */
export async function accessTokenOf(context: BrowserContext): Promise<string> {
  const cookie = await cookieNamed(context, COOKIE.jwt);
  expect(cookie?.value, "the JWT cookie").toBeTruthy();
  return cookie!.value;
}

/** The credential cookies `names` this browser holds, every one of them present. */
export async function credentialCookiesOf(
  context: BrowserContext,
  names: readonly string[] = CREDENTIAL_COOKIES,
): Promise<Cookie[]> {
  const cookies = (await context.cookies()).filter((c) => names.includes(c.name));
  expect(cookies.map((c) => c.name).sort()).toEqual([...names].sort());
  return cookies;
}

/** Another window of the same visitor: a new browser holding their lab cookie and nothing else. */
export async function windowInLab(
  browser: Browser,
  server: AppServer,
  labCookie: Cookie,
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: server.url });
  await context.addCookies([labCookie]);
  return context;
}

/** This browser's recent traces in the inspector (its own, by its inspector cookie). */
export async function recentTraces(request: APIRequestContext): Promise<Trace[]> {
  const response = await request.get("/api/inspect/recent");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { traces: Trace[] }).traces;
}

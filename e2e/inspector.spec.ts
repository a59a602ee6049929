import type { APIRequestContext, Page } from "@playwright/test";
import { countSessions, latestSessionOf } from "./support/db";
import { COOKIE, cookieNamed, expect, logInThroughForm, test } from "./support/fixtures";

interface TraceJson {
  path: string;
  status: number;
  dbQueries: number;
  checks: Array<{ step: string; where: string; cached: boolean; queries: number; ok: boolean }>;
  decision: { ok: boolean; reason: string };
  instance: string;
}

const inspector = (page: Page) => page.getByRole("complementary", { name: "Inspector" });

/** This browser's traces (page.request shares the page's cookies, inspector cookie included). */
async function tracesOf(request: APIRequestContext): Promise<TraceJson[]> {
  return (await (await request.get("/api/inspect/recent")).json()).traces;
}

async function traceFor(request: APIRequestContext, path: string): Promise<TraceJson> {
  let found: TraceJson | undefined;
  await expect
    .poll(async () => {
      found = (await tracesOf(request)).find((t) => t.path === path);
      return found !== undefined;
    })
    .toBe(true);
  return found as TraceJson;
}

test.describe("inspector", () => {
  test("every section is titled in words in each area, never with a message key", async ({
    page,
  }) => {
    const titles = {
      session: "Cookie",
      sealed: "The sealed cookie",
      jwt: "Token",
    } as const;
    for (const [area, credential] of Object.entries(titles)) {
      await page.goto(`/${area}/login`);
      const summaries = inspector(page).getByTestId("inspector-section").locator("> summary");
      await expect(summaries).toHaveText([
        "On the wire",
        "Server keeps",
        credential,
        "Clock",
        "Timeline",
        "Sequence diagram",
      ]);
    }
  });

  test("shows this browser's session record after login, and none after logout", async ({
    page,
    freshUser,
  }) => {
    await logInThroughForm(page, "session", freshUser);
    const idPrefix = latestSessionOf(freshUser.username)?.id.slice(0, 12) ?? "-";
    const record = inspector(page).getByLabel("This browser's session record");
    await expect(record).toContainText(`${idPrefix}…`);
    await expect(record).toContainText(`${freshUser.username} (user)`);

    await page.getByRole("button", { name: "Log out", exact: true }).click();
    await expect(page).toHaveURL(/\/session\/login/);
    await expect(inspector(page).getByTestId("server-keeps")).toContainText(
      "No session record for this browser",
    );
  });

  test("decodes the JWT like jwt.io, matching /api/jwt/me", async ({ page }) => {
    await logInThroughForm(page, "jwt");
    const { claims } = await (await page.request.get("/api/jwt/me")).json();
    const payload = inspector(page).getByRole("table", { name: "Token payload" });
    await expect(payload.getByRole("row", { name: /jti/ })).toContainText(claims.jti);
    await expect(payload.getByRole("row", { name: /exp/ })).toContainText(String(claims.exp));
    // Seconds since 1970 are said in words and clock time too.
    await expect(payload.getByTestId("claim-when-exp")).toHaveText(/^in 4m \d+s \(\d{2}:\d{2}\)$/);
    await expect(payload.getByTestId("claim-when-iat")).toHaveText(
      /^(\d+m \d+s ago|in 0m 0s) \(\d{2}:\d{2}\)$/,
    );
    await expect(inspector(page).getByTestId("server-keeps")).toContainText(
      "Per request: nothing looked up (strategy none)",
    );
  });

  test("C08 C43 every session request costs exactly one store lookup, counted at the database", async ({
    page,
  }) => {
    await logInThroughForm(page, "session");
    expect((await page.request.get("/api/session/me")).status()).toBe(200);
    const trace = await traceFor(page.request, "/api/session/me");
    expect(trace.dbQueries).toBe(1);
    expect(trace.checks.map((c) => [c.where, c.step, c.queries])).toEqual([
      ["proxy", "store_lookup", 1],
      ["dal", "proxy_result", 0],
    ]);
    // The DAL takes the proxy's lookup from the request's memory: one lookup, not two.
    expect(trace.checks[1]?.cached).toBe(true);
    await expect(
      inspector(page).getByTestId("trace").filter({ hasText: "GET /api/session/me" }).first(),
    ).toContainText("1 query");
  });

  test("C19 verification needs no database: a JWT request costs a signature check and zero queries", async ({
    page,
  }) => {
    await logInThroughForm(page, "jwt");
    expect((await page.request.get("/api/jwt/me")).status()).toBe(200);
    const trace = await traceFor(page.request, "/api/jwt/me");
    expect(trace.dbQueries).toBe(0);
    expect(trace.checks.map((c) => [c.where, c.step, c.queries])).toEqual([
      ["proxy", "verify_signature", 0],
      ["dal", "verify_signature", 0],
    ]);
    expect(trace.checks[1]?.cached).toBe(true);
  });

  test("a refused request shows its reason code", async ({ page, context }) => {
    await logInThroughForm(page, "jwt");
    const token = (await cookieNamed(context, COOKIE.jwt))?.value ?? "";
    const forged = `${token.slice(0, -4)}AAAA`;
    const response = await page.request.get("/api/jwt/me", {
      headers: { authorization: `Bearer ${forged}` },
    });
    expect(response.status()).toBe(401);
    const refused = (await tracesOf(page.request)).find((t) => t.status === 401);
    expect(refused?.decision).toEqual({
      ok: false,
      reason: "ERR_JWS_SIGNATURE_VERIFICATION_FAILED",
    });
  });

  test("names the instance that answered: in the X-Lab-Instance header, and beside each request", async ({
    page,
  }) => {
    const instance = (await page.goto("/session/login"))?.headers()["x-lab-instance"] ?? "";
    expect(instance).not.toBe("");
    const answer = await page.request.get("/api/session/me");
    expect(answer.headers()["x-lab-instance"]).toBe(instance);
    expect((await traceFor(page.request, "/api/session/me")).instance).toBe(instance);
    const line = inspector(page).getByTestId("trace").filter({ hasText: "GET /api/session/me" });
    await expect(line.first().getByTestId("answered-by")).toHaveText(
      `Answered by instance ${instance}`,
    );
  });

  test("the live stream delivers a new request without a reload", async ({ page }) => {
    await logInThroughForm(page, "session");
    await expect(inspector(page).getByText("(live)")).toBeVisible();
    const rows = inspector(page).getByTestId("trace").filter({ hasText: "GET /api/session/me" });
    const before = await rows.count();
    await page.request.get("/api/session/me");
    await expect(rows).toHaveCount(before + 1);
  });

  test("another browser never sees this browser's traces", async ({ page, browser }) => {
    await logInThroughForm(page, "session");
    await page.request.get("/api/session/me");
    const mine = await tracesOf(page.request);
    expect(mine.length).toBeGreaterThan(0);

    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto("/");
    const theirs = await tracesOf(otherPage.request);
    expect(theirs.some((t) => t.path === "/api/session/me" || t.path === "/session/login")).toBe(
      false,
    );
    const state = await (await otherPage.request.get("/api/inspect/state")).json();
    expect(state.session.record).toBeNull();
    await other.close();
  });

  test("no inspector response carries a credential's raw value", async ({ page, context }) => {
    await logInThroughForm(page, "session");
    await logInThroughForm(page, "jwt");
    const seal = (await cookieNamed(context, COOKIE.session))?.value ?? "-";
    const jwt = (await cookieNamed(context, COOKIE.jwt))?.value ?? "-";
    for (const path of ["/api/inspect/state", "/api/inspect/recent"]) {
      const body = await (await page.request.get(path)).text();
      expect(body).not.toContain(seal);
      expect(body).not.toContain(jwt);
      expect(body).not.toContain(jwt.split(".")[2]);
    }
    expect(await inspector(page).innerText()).not.toContain(jwt.split(".")[2]);
  });
});

test.describe("server state", () => {
  test("C14 server state grows with logged-in users, and the inspector shows it; JWT logins add nothing", async ({
    page,
    browser,
    freshUser,
  }) => {
    await logInThroughForm(page, "session", freshUser);
    const rows = async () =>
      (await (await page.request.get("/api/inspect/state")).json()).session.store.rows as number;
    expect(countSessions(freshUser.username)).toBe(1);

    const devices = await Promise.all([0, 1].map(() => browser.newContext()));
    for (const device of devices)
      await device.request.post("/api/session/login", { data: freshUser });
    expect(countSessions(freshUser.username)).toBe(3);
    expect(await rows()).toBeGreaterThanOrEqual(3);
    await expect(inspector(page).getByTestId("store-totals")).toContainText(
      /The sqlite store holds \d+ sessions/,
    );

    for (const device of devices) await device.request.post("/api/jwt/login", { data: freshUser });
    expect(countSessions(freshUser.username)).toBe(3); // a JWT login writes no row
    await Promise.all(devices.map((d) => d.close()));
  });
});

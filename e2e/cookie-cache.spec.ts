import { request as playwrightRequest } from "@playwright/test";
import type { Trace } from "@/lib/inspect/trace";
import { withAppServer } from "./support/app-server";
import { adminClient, COOKIE, demoUser, expect, idOf, test } from "./support/fixtures";

// The session area's cookie cache, on a server of its own: it is an admin setting that
// would change every other session test's query counts.

const WINDOW_S = 8;

test("C42 the cookie cache saves lookups for N seconds, and a force logout waits that long", async () => {
  test.slow();
  await withAppServer({}, async ({ url }) => {
    const admin = await adminClient(url);
    const bad = await admin.put("/api/admin/seal", { data: { cookieCacheSeconds: 301 } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toBe("invalid_input");
    // 8 s: every request from the first lookup to the one after the logout below must fit in the
    // window, and on a busy machine six API calls have taken more than 3 s.
    const set = await admin.put("/api/admin/seal", { data: { cookieCacheSeconds: WINDOW_S } });
    expect(await set.json()).toMatchObject({ cookieCacheSeconds: WINDOW_S });
    const bobId = await idOf(admin, "bob");

    const user = await playwrightRequest.newContext({ baseURL: url });
    await user.get("/"); // the inspector's cookie, so this client's requests are traced
    const bob = demoUser("bob");
    expect((await user.post("/api/session/login", { data: bob })).status()).toBe(200);
    const first = await user.get("/api/session/me");
    expect(first.headers()["set-cookie"]).toMatch(
      new RegExp(
        `${COOKIE.sessionCache}=Fe26\\.2\\*[^;]+; Path=/;.*Max-Age=${WINDOW_S}; HttpOnly`,
        "i",
      ),
    );
    for (let i = 0; i < 4; i++) expect((await user.get("/api/session/me")).status()).toBe(200);

    const { traces } = (await (await user.get("/api/inspect/recent")).json()) as {
      traces: Trace[];
    };
    const mine = traces.filter((t) => t.path === "/api/session/me").reverse(); // oldest first
    expect(mine).toHaveLength(5);
    expect(mine[0]!.checks.map((c) => [c.step, c.queries])).toEqual([
      ["store_lookup", 1],
      ["proxy_result", 0],
    ]);
    for (const trace of mine.slice(1)) {
      expect(trace.checks.map((c) => c.step)).toEqual(["cookie_cache", "proxy_result"]);
      expect(trace.dbQueries).toBe(0); // the lookup saved
    }

    // The price: the admin ends the session, and the cached copy keeps answering until the window
    // since the first lookup has passed.
    const ended = await admin.post(`/api/admin/users/${bobId}/logout`);
    const endedAt = Date.now();
    expect(await ended.json()).toMatchObject({ revokedSessions: 1 });
    expect((await user.get("/api/session/me")).status()).toBe(200);
    await expect
      .poll(async () => (await user.get("/api/session/me")).status(), {
        timeout: WINDOW_S * 1000 + 3000,
        intervals: [200],
      })
      .toBe(401);
    expect(Date.now() - endedAt).toBeLessThan(WINDOW_S * 1000 + 1500);

    // The compare view says what the price is, while the cache is on (booleans: no page dumps).
    const compare = await (await user.get("/compare")).text();
    expect(compare.includes('data-testid="cookie-cache-price"')).toBe(true);
    expect(compare.includes("cookie cache is on")).toBe(true);
    const state = await (await user.get("/api/inspect/state")).json();
    expect(state.cookie.options.cookieCacheSeconds).toBe(WINDOW_S); // the inspector says so too

    // Off again: every request looks up, and a leftover cache cookie is cleared.
    await admin.put("/api/admin/seal", { data: { cookieCacheSeconds: 0 } });
    await user.post("/api/session/login", { data: bob });
    const off = await user.get("/api/session/me");
    expect(off.headers()["set-cookie"] ?? "").not.toContain(`${COOKIE.sessionCache}=Fe26`);
    const after = await (await user.get("/compare")).text();
    expect(after.includes("cookie-cache-price")).toBe(false);
    await user.dispose();
    await admin.dispose();
  });
});

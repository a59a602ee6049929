import http from "node:http";
import { request as playwrightRequest } from "@playwright/test";
import { withAppServer } from "./support/app-server";
import { e2eBaseURL } from "./support/env";
import { expect, test } from "./support/fixtures";

// What an outside attack run found, each as the request that found it.

test.describe("the inspector's browser id is the server's, and rotates at login", () => {
  const INSPECTOR = "lab_inspector";

  test("a planted id is ignored and replaced; a login rotates the id and the old one reads nothing", async ({
    browser,
    freshUser,
  }) => {
    const victim = await browser.newContext();
    const planted = "AAAAAAAAAAAAAAAAAAAAAA";
    await victim.addCookies([{ name: INSPECTOR, value: planted, url: e2eBaseURL }]);
    const page = await victim.newPage();
    await page.goto("/session/login");
    const issued = (await victim.cookies()).find((c) => c.name === INSPECTOR)?.value;
    expect(issued).toBeDefined();
    expect(issued).not.toBe(planted);
    const attacker = await playwrightRequest.newContext({
      baseURL: e2eBaseURL,
      extraHTTPHeaders: { cookie: `${INSPECTOR}=${planted}` },
    });
    expect(await (await attacker.get("/api/inspect/recent")).json()).toEqual({ traces: [] });

    // Even an id we issued, known to someone else, is worth nothing after the victim logs in.
    const known = await playwrightRequest.newContext({
      baseURL: e2eBaseURL,
      extraHTTPHeaders: { cookie: `${INSPECTOR}=${issued}` },
    });
    await page.getByLabel("Username", { exact: true }).fill(freshUser.username);
    await page.getByLabel("Password", { exact: true }).fill(freshUser.password);
    await page.getByRole("button", { name: "Log in", exact: true }).click();
    await expect(page).toHaveURL(/\/session$/);
    const rotated = (await victim.cookies()).find((c) => c.name === INSPECTOR)?.value;
    expect(rotated).not.toBe(issued);
    const own = await (await victim.request.get("/api/inspect/recent")).json();
    expect(own.traces.some((t: { path: string }) => t.path === "/session")).toBe(true);
    const stale = await (await known.get("/api/inspect/recent")).json();
    expect(stale.traces).toEqual([]);
    await Promise.all([attacker.dispose(), known.dispose(), victim.close()]);
  });

  test("one client address cannot hold more than 8 live streams", async () => {
    // Its own server: the suite's other pages hold streams of their own from the same address.
    await withAppServer({}, async (server) => {
      const port = Number(new URL(server.url).port);
      const opened: http.ClientRequest[] = [];
      const statuses: number[] = [];
      try {
        for (let i = 0; i < 10; i += 1) {
          const page = await fetch(`${server.url}/`);
          const cookie = page.headers.getSetCookie().find((c) => c.startsWith(INSPECTOR));
          statuses.push(
            await new Promise<number>((resolve, reject) => {
              const req = http.get(
                {
                  host: "127.0.0.1",
                  port,
                  path: "/api/inspect/stream",
                  headers: { cookie: cookie?.split(";")[0] ?? "" },
                },
                (res) => resolve(res.statusCode ?? 0),
              );
              req.on("error", reject);
              opened.push(req);
            }),
          );
        }
      } finally {
        for (const req of opened) req.destroy();
      }
      expect(statuses.slice(0, 8)).toEqual(Array(8).fill(200));
      expect(statuses.slice(8)).toEqual([429, 429]);
    });
  });
});

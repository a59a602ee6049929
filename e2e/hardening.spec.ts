import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { withAppServer } from "./support/app-server";
import { e2eBaseURL, e2ePort } from "./support/env";
import { apiLogin, demoUser, expect, test } from "./support/fixtures";

// What an outside attack run found, each as the request that found it.

const REFRESH_COOKIE = "lab_refresh_token";

/** A raw HTTP request, so the test chooses every header (Host included). */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body = "",
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: e2ePort, method, path, headers }, (res) => {
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
      );
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function refreshCookieOf(api: APIRequestContext): Promise<string> {
  const cookie = (await api.storageState()).cookies.find((c) => c.name === REFRESH_COOKIE);
  expect(cookie, "the refresh cookie").toBeDefined();
  return cookie!.value;
}

/** Moves this client's demo clock past the access token's lifetime (5 min). */
async function pastAccessTtl(api: APIRequestContext): Promise<void> {
  const moved = await api.post("/api/clock", { data: { advanceSeconds: 600 } });
  expect(moved.status()).toBe(200);
}

async function refreshWith(refreshToken: string) {
  const stranger = await playwrightRequest.newContext({ baseURL: e2eBaseURL });
  const answer = await stranger.post("/api/jwt/refresh", { data: { refreshToken } });
  const result = { status: answer.status(), error: (await answer.json()).error as string };
  await stranger.dispose();
  return result;
}

test.describe("JWT logout ends the refresh family whatever state the access token is in", () => {
  test("cookie client: access token expired, logout 204, then the pre-logout refresh token is refused", async ({
    request,
    freshUser,
  }) => {
    await apiLogin(request, "jwt", freshUser);
    const refreshToken = await refreshCookieOf(request);
    await pastAccessTtl(request);
    expect((await request.get("/api/jwt/me")).status()).toBe(401);
    expect((await request.post("/api/jwt/logout")).status()).toBe(204);
    expect(await refreshWith(refreshToken)).toEqual({ status: 401, error: "refresh_revoked" });
  });

  test("cookie client whose access cookie is gone: the refresh cookie alone reaches logout", async ({
    browser,
    freshUser,
  }) => {
    const device = await browser.newContext();
    await apiLogin(device.request, "jwt", freshUser);
    const refreshToken = await refreshCookieOf(device.request);
    await device.clearCookies({ name: "lab_jwt" });
    expect((await device.request.post("/api/jwt/logout")).status()).toBe(204);
    expect(await refreshWith(refreshToken)).toEqual({ status: 401, error: "refresh_revoked" });
    await device.close();
  });

  test("Bearer client: logout with the expired access token alone, or the refresh token alone", async ({
    request,
    freshUser,
  }) => {
    for (const send of ["access token", "refresh token"] as const) {
      const login = await request.post("/api/jwt/login", {
        data: { ...freshUser, transport: "bearer" },
      });
      const { accessToken, refreshToken } = await login.json();
      await pastAccessTtl(request);
      const logout = await request.post("/api/jwt/logout", {
        headers: send === "access token" ? { authorization: `Bearer ${accessToken}` } : {},
        data: send === "refresh token" ? { refreshToken } : undefined,
      });
      expect(logout.status(), send).toBe(204);
      expect(await refreshWith(refreshToken), send).toEqual({
        status: 401,
        error: "refresh_revoked",
      });
      await request.post("/api/clock/reset");
    }
  });
});

test.describe("the server answers only to its own names", () => {
  const admin = demoUser("admin");

  test("DNS rebinding: a foreign Host (and Origin) is refused before anything runs", async () => {
    const login = await raw(
      "POST",
      "/api/session/login",
      {
        host: "rebind.attacker.example",
        origin: "http://rebind.attacker.example",
        "content-type": "application/json",
      },
      JSON.stringify({ username: admin.username, password: admin.password }),
    );
    expect(login.status).toBe(421);
    expect(JSON.parse(login.body)).toMatchObject({ error: "unknown_host" });
    expect(login.headers["set-cookie"]).toBeUndefined();
    expect(login.headers["x-content-type-options"]).toBe("nosniff");
    for (const host of [
      "evil.example",
      `evil.example:${e2ePort}`,
      "127.0.0.1.evil.example",
      "localhost@evil.example",
    ]) {
      expect((await raw("GET", "/api/admin/users", { host })).status, host).toBe(421);
    }
    for (const host of [
      `localhost:${e2ePort}`,
      `127.0.0.1:${e2ePort}`,
      `insecure.lab.test:${e2ePort}`,
    ]) {
      expect((await raw("GET", "/ping", { host })).status, host).toBe(200);
    }
  });

  test("a client-sent X-Forwarded-Host does not make a foreign Origin look like ours", async () => {
    const attempt = await raw(
      "POST",
      "/session",
      {
        host: `127.0.0.1:${e2ePort}`,
        origin: "http://evil.example",
        "x-forwarded-host": "evil.example",
        "next-action": "0".repeat(42),
        "content-type": "text/plain;charset=UTF-8",
      },
      "[]",
    );
    expect(attempt.status).toBe(403);
  });
});

test.describe("every response carries the security headers", () => {
  test("the proxy's own 401s, redirects and /ping; base-uri 'none'; Clear-Site-Data on logout", async ({
    request,
  }) => {
    const answers = [
      await request.get("/api/session/me"),
      await request.get("/api/jwt/me", { headers: { authorization: "Bearer x.y.z" } }),
      await request.get("/session", { maxRedirects: 0 }),
      await request.get("/jwt", { maxRedirects: 0 }),
      await request.get("/ping"),
      await request.get("/"),
      // Next.js's own answers, made before the proxy runs: a trailing slash's redirect (in any
      // spelling of the path) and a missing static file.
      await request.get("/admin/", { maxRedirects: 0 }),
      await request.get("/%5Cevil.example/", { maxRedirects: 0 }),
      await request.get("/_next/static/no-such-file.js"),
    ];
    for (const answer of answers) {
      const headers = answer.headers();
      const where = `${answer.status()} ${answer.url()}`;
      expect(headers["x-content-type-options"], where).toBe("nosniff");
      expect(headers["x-frame-options"], where).toBe("DENY");
      expect(headers["content-security-policy"], where).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"], where).toContain("base-uri 'none'");
      expect(headers["referrer-policy"], where).toBeTruthy();
    }
    for (const area of ["session", "jwt"]) {
      const logout = await request.post(`/api/${area}/logout`);
      expect(logout.status()).toBe(204);
      expect(logout.headers()["clear-site-data"]).toBe('"cache"');
    }
  });
});

test.describe("CSRF: one rule for every state change", () => {
  const bodyless = [
    ["POST", "/api/session/logout"],
    ["POST", "/api/jwt/logout"],
    ["POST", "/api/jwt/refresh"],
    ["POST", "/api/clock/reset"],
    ["POST", "/api/compare/capture"],
    ["DELETE", "/api/session/sessions/abcdefabcdefabcdefabcd"],
  ] as const;

  test("a body-less state change sent as text/plain (no Origin, no Sec-Fetch-Site) is refused: 415", async ({
    request,
  }) => {
    await apiLogin(request, "session");
    for (const [method, path] of bodyless) {
      const answer = await request.fetch(path, {
        method,
        headers: { "content-type": "text/plain" },
        data: "",
      });
      expect(answer.status(), `${method} ${path}`).toBe(415);
      expect((await answer.json()).error).toBe("unsupported_media_type");
    }
  });

  test("Sec-Fetch-Site: cross-site without Origin is refused for API routes and server actions alike", async ({
    request,
  }) => {
    await apiLogin(request, "session", demoUser("admin"));
    const page = await (await request.get("/admin")).text();
    const actions = [...new Set(page.match(/\$ACTION_ID_[0-9a-f]+/g) ?? [])];
    expect(actions.length).toBeGreaterThan(2);
    for (const field of actions) {
      const answer = await request.post("/admin", {
        headers: { "sec-fetch-site": "cross-site" },
        multipart: { [field]: "", userId: "1" },
        maxRedirects: 0,
      });
      expect(answer.status(), field).toBe(403);
    }
    for (const [method, path] of bodyless) {
      const answer = await request.fetch(path, {
        method,
        headers: { "sec-fetch-site": "cross-site" },
      });
      expect(answer.status(), `${method} ${path}`).toBe(403);
    }
  });

  test("a server action called by hand with no form at all is an expected failure, never a 500", async () => {
    // Its own server: one of the admin actions (rotate the key) needs no form and does run.
    await withAppServer({}, async (server) => {
      const request = await playwrightRequest.newContext({ baseURL: server.url });
      await apiLogin(request, "session", demoUser("admin"));
      const page = await (await request.get("/admin")).text();
      const ids = [...new Set([...page.matchAll(/\$ACTION_ID_([0-9a-f]+)/g)].map((m) => m[1]!))];
      // Arguments in React's reply encoding, broken: not JSON, references to chunks never sent
      // ($1, $Q, $F, $@ at the root), types that fail to decode ($n1e400, $B, $h, $S).
      expect(ids.length).toBeGreaterThan(2);
      // Arguments in React's reply encoding, broken: not JSON, references to chunks never sent
      // ($1, $Q, $F, $@ at the root), types that fail to decode ($n1e400, $B, $h, $S). First,
      // while the admin is logged in: they must be refused before any action runs.
      const broken = ["[", '["$1"]', '["$Q1"]', '["$F1"]', '"$@1"', '["$n1e400"]', '["$B1"]'];
      for (const id of ids) {
        for (const body of ["", ...broken, '["$h1"]', '["$S"]']) {
          const answer = await request.post("/admin", {
            headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8" },
            data: body,
            maxRedirects: 0,
          });
          expect(answer.status(), `${id} ${JSON.stringify(body)}`).toBe(400);
        }
        const forms: Record<string, string>[] = [{ x: "1" }, { "0": "1" }, { "0": broken[1]! }];
        for (const form of forms) {
          const answer = await request.post("/admin", {
            headers: { "next-action": id },
            multipart: form,
            maxRedirects: 0,
          });
          expect(answer.status(), `${id} ${JSON.stringify(form)}`).toBe(400);
        }
      }
      // Then no arguments at all (one of them, "start over", logs the admin out).
      for (const id of ids) {
        const answer = await request.post("/admin", {
          headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8" },
          data: "[]",
          maxRedirects: 0,
        });
        expect(answer.status(), `${id} []`).toBeLessThan(500);
      }
      await request.dispose();
    });
  });
});

/** Every API route and the methods it takes besides GET, read from the route files themselves. */
function stateChangingApiRoutes(): { method: string; path: string }[] {
  const found: { method: string; path: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name === "route.ts") {
        const handlers = /route\(\{([^}]*)\}\)/.exec(fs.readFileSync(file, "utf8"))?.[1] ?? "";
        const url = path
          .relative("app", dir)
          .split(path.sep)
          .map((part) => (part.startsWith("[") ? "1" : part))
          .join("/");
        for (const method of handlers.match(/\b(POST|PUT|PATCH|DELETE)\b/g) ?? []) {
          found.push({ method, path: `/${url}` });
        }
      }
    }
  };
  walk(path.join("app", "api"));
  return found;
}

test.describe("a request with no body answers as its typed twin", () => {
  // One test per route (read from the route files when the suite is collected), so a slow
  // machine gives each its own timeout.
  const routes = stateChangingApiRoutes();

  test("the routes are read from the route files", () => {
    expect(routes.length).toBeGreaterThan(40);
  });

  for (const { method, path: url } of routes) {
    test(`${method} ${url}: no body and no Content-Type is answered as no body sent as JSON`, async () => {
      const host = `127.0.0.1:${e2ePort}`;
      const bare = await raw(method, url, { host, "content-length": "0" });
      const typed = await raw(method, url, {
        host,
        "content-length": "0",
        "content-type": "application/json",
      });
      const errorOf = (body: string) => (body.startsWith("{") ? JSON.parse(body).error : body);
      expect(bare.status, `${method} ${url}`).toBeLessThan(500);
      expect(bare.status, `${method} ${url}`).not.toBe(415);
      expect([bare.status, errorOf(bare.body)], `${method} ${url}`).toEqual([
        typed.status,
        errorOf(typed.body),
      ]);
    });
  }
});

test.describe("a redirect goes to a path this server rebuilt, never where Referer points", () => {
  const host = `127.0.0.1:${e2ePort}`;
  const tricks = [
    "//evil.example",
    "//evil.example/path?q=1",
    "/\\evil.example",
    "/.//evil.example",
    "/a/..//evil.example",
    "/%2F/evil.example",
    "/%5Cevil.example",
    "/%09/evil.example",
    "/\t/evil.example",
  ];
  for (const [switcher, choice] of [
    ["/api/theme", "theme=dark"],
    ["/api/language", "locale=ko"],
  ] as const) {
    test(`${switcher}: back to the page it was posted from, and to / for any Referer trick`, async () => {
      const post = (referer: string) =>
        raw(
          "POST",
          switcher,
          {
            host,
            origin: `http://${host}`,
            "content-type": "application/x-www-form-urlencoded",
            referer,
          },
          choice,
        );
      const back = await post(`http://${host}/jwt/login?next=%2Fjwt`);
      expect([back.status, back.headers.location]).toEqual([303, "/jwt/login?next=%2Fjwt"]);
      for (const trick of tricks) {
        const answer = await post(`http://${host}${trick}`);
        expect([answer.status, answer.headers.location], trick).toEqual([303, "/"]);
      }
    });
  }
});

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

test.describe("a throttle slows guessing without handing anyone a lock", () => {
  test("while strangers keep the account throttled, the owner's browser logs in; strangers stay throttled", async ({
    browser,
    freshUser,
  }) => {
    // The owner logged in from this browser before: it holds a device cookie for the account.
    const owner = await browser.newContext();
    await apiLogin(owner.request, "session", freshUser);
    expect((await owner.cookies()).some((c) => c.name === "lab_device" && c.httpOnly)).toBe(true);
    await owner.request.post("/api/session/logout");

    const attacker = await playwrightRequest.newContext({ baseURL: e2eBaseURL });
    const wrong = { username: freshUser.username, password: "not-the-password" };
    const answers: number[] = [];
    for (let i = 0; i < 8; i++) {
      answers.push((await attacker.post("/api/session/login", { data: wrong })).status());
    }
    expect(answers).toContain(429);
    const refused = await attacker.post("/api/session/login", { data: freshUser });
    expect(refused.status()).toBe(429);
    expect(refused.headers()["retry-after"]).toMatch(/^\d+$/);

    // The owner's correct password, from the owner's browser: in, at once.
    expect((await owner.request.post("/api/session/login", { data: freshUser })).status()).toBe(
      200,
    );
    expect((await owner.request.post("/api/jwt/login", { data: freshUser })).status()).toBe(200);
    // A fresh browser is a stranger: it shares the throttled budget (and is told the same words).
    const stranger = await browser.newContext();
    const strangerAnswer = await stranger.request.post("/api/session/login", { data: freshUser });
    expect(strangerAnswer.status()).toBe(429);
    expect((await strangerAnswer.json()).message).toBe((await refused.json()).message);
    await Promise.all([owner.close(), stranger.close(), attacker.dispose()]);
  });

  test("failures on other accounts from this address do not refuse a newcomer's right password", async () => {
    // Its own server with the default settings (the suite's shared one is the same, but this
    // must hold by default, with nothing raised for the tests).
    await withAppServer({}, async (server) => {
      const api = await playwrightRequest.newContext({ baseURL: server.url });
      for (let i = 0; i < 35; i++) {
        const answer = await api.post("/api/jwt/login", {
          data: { username: `nobody-${i}`, password: "wrong-password" },
        });
        expect(answer.status()).toBe(401);
      }
      expect((await api.post("/api/jwt/login", { data: demoUser("bob") })).status()).toBe(200);
      await api.dispose();
    });
  });
});

test.describe("sign-up is throttled per client and overall", () => {
  test("after SIGNUP_CLIENT_MAX attempts from one address — taken names included — 429 with Retry-After", async ({
    browser,
  }) => {
    await withAppServer({ SIGNUP_CLIENT_MAX: "4" }, async (server) => {
      const api = await playwrightRequest.newContext({ baseURL: server.url });
      try {
        const signUp = (username: string) =>
          api.post("/api/signup", {
            data: { username, displayName: "Probe", password: "a-long-unusual-passphrase" },
          });
        expect((await signUp("alice")).status()).toBe(409); // a probe of a taken name counts too
        expect((await signUp("bob")).status()).toBe(409);
        expect((await signUp(`new-${Date.now()}`)).status()).toBe(201);
        expect((await signUp(`new2-${Date.now()}`)).status()).toBe(201);
        const refused = await signUp(`new3-${Date.now()}`);
        expect(refused.status()).toBe(429);
        expect(await refused.json()).toMatchObject({ error: "too_many_signups" });
        expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(3000);
        // The probe answer is the throttle's now, not "taken": enumeration stops with it.
        expect((await signUp("alice")).status()).toBe(429);
        // The compare view's throw-away account is a sign-up too: the same budget refuses it.
        const context = await browser.newContext({ baseURL: server.url });
        const page = await context.newPage();
        await page.goto("/compare");
        await page.getByRole("button", { name: "Use a throw-away account" }).first().click();
        await expect(page).toHaveURL(/lab_account=throttled/);
        await expect(
          page.getByRole("alert").filter({ hasText: "Too many accounts" }),
        ).toBeVisible();
        await context.close();
      } finally {
        await api.dispose();
      }
    });
  });
});

test.describe("methods and request lines a browser never sends", () => {
  /** A request line written by hand, for what no HTTP client library will send. */
  function rawLine(text: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(e2ePort, "127.0.0.1", () => socket.end(text));
      let answer = "";
      socket.on("data", (chunk) => (answer += chunk));
      socket.on("end", () => resolve(answer.split("\r\n")[0] ?? ""));
      socket.on("error", reject);
    });
  }

  test("TRACE, CONNECT-like and invented methods get a 405, never a 500", async () => {
    for (const method of ["TRACE", "PROPFIND", "MKCOL"]) {
      const answer = await raw(method, "/api/jwt/login", { host: `127.0.0.1:${e2ePort}` });
      expect(answer.status, method).toBe(405);
      expect(JSON.parse(answer.body)).toMatchObject({ error: "method_not_allowed" });
      expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    }
    // A method Node's own parser does not know is refused there (400), before any code of ours.
    expect(await rawLine("FOO /api/jwt/login HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")).toMatch(
      /^HTTP\/1\.1 4\d\d/,
    );
  });

  test("an absolute-form target or a missing Host is answered as such, never a 500", async () => {
    const absolute = await rawLine(
      `GET http://evil.example/api/admin/users HTTP/1.1\r\nHost: 127.0.0.1:${e2ePort}\r\nConnection: close\r\n\r\n`,
    );
    expect(absolute).toMatch(/^HTTP\/1\.1 4\d\d/);
    const noHost = await rawLine("GET /api/session/me HTTP/1.0\r\n\r\n");
    expect(noHost).toMatch(/^HTTP\/1\.[01] 4\d\d/);
  });
});

test.describe("Next.js's own endpoints the app does not use", () => {
  // The image optimiser fetches the URL it is given from this very server; the app draws no
  // optimised image, so every such request is a probe: it must get a clear 4xx, never a 500.
  test("the image optimiser answers 404, whatever the url it is asked to fetch", async ({
    request,
  }) => {
    const paths = ["/_next/image", "/_next/image/", "/_next/%69mage", "/_NEXT/Image"];
    const urls = ["%2Fjwt", "%2Ffavicon.ico", "https%3A%2F%2Fevil.example%2Fx.png", "x"];
    for (const [path, url] of paths.flatMap((p) => urls.map((u) => [p, u]))) {
      const answer = await request.get(`${path}?url=${url}&w=64&q=75`, { maxRedirects: 0 });
      expect(answer.status(), `${path} ${url}`).toBe(404);
      expect(await answer.json()).toMatchObject({ error: "not_found" });
    }
  });
});

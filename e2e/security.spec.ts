import { latestSessionOf } from "./support/db";
import http from "node:http";
import { e2ePort, insecureHost } from "./support/env";
import {
  COOKIE,
  cookieNamed,
  cspViolations,
  expect,
  logInThroughForm,
  test,
} from "./support/fixtures";

test.describe("security baseline", () => {
  test("every page runs under a nonce-based CSP, with no violations, and sends the security headers", async ({
    page,
  }) => {
    const violations = cspViolations(page);
    const response = await page.goto("/session/login");
    const headers = response?.headers() ?? {};
    expect(headers["content-security-policy"]).toMatch(
      /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/,
    );
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    // The login form is interactive only once React hydrated under the CSP.
    await logInThroughForm(page, "session");
    await logInThroughForm(page, "jwt");
    await page.goto("/signup");
    expect(violations).toEqual([]);
  });

  test("a JSON API or the JWKS gets the no-content policy and every other security header; no nonce is made for it", async ({
    request,
  }) => {
    const login = await request.post("/api/session/login", {
      data: { username: "alice", password: "alice-in-the-lab" },
    });
    for (const [path, status] of [
      ["/api/session/me", 200],
      ["/api/jwt/me", 401],
      ["/.well-known/jwks.json", 200],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(status);
      const headers = response.headers();
      expect(headers["content-security-policy"], path).toBe(
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      );
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["x-frame-options"], path).toBe("DENY");
    }
    expect(login.headers()["content-security-policy"]).not.toContain("nonce-");
  });

  test("authenticated pages are never cached", async ({ page }) => {
    await logInThroughForm(page, "session");
    const response = await page.goto("/session");
    expect(response?.headers()["cache-control"]).toMatch(/no-store/);
  });

  test("no page echoes a raw HttpOnly credential", async ({ page, context }) => {
    await logInThroughForm(page, "session");
    const seal = (await cookieNamed(context, COOKIE.session))?.value ?? "";
    expect(await page.content()).not.toContain(seal);
    await logInThroughForm(page, "jwt");
    const token = (await cookieNamed(context, COOKIE.jwt))?.value ?? "";
    const html = await page.content();
    expect(html).not.toContain(token);
    expect(html).not.toContain(token.split(".")[2] ?? "-"); // not even the full signature
  });

  test("?next= only leads inside the area: no open redirect", async ({ page }) => {
    for (const next of ["https://evil.example/", "//evil.example/session", "/jwt"]) {
      await page.goto(`/session/login?next=${encodeURIComponent(next)}`);
      await page.getByLabel("Username").fill("alice");
      await page.getByLabel("Password").fill("alice-in-the-lab");
      await page.getByRole("button", { name: "Log in" }).click();
      await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/session$/);
    }
    await page.context().clearCookies();
    await page.goto("/session?tab=record");
    await expect(page).toHaveURL(/next=%2Fsession%3Ftab%3Drecord/);
  });

  test("API errors are JSON with the right status: 400, 401, 403, 405, 413, 415", async ({
    request,
  }) => {
    const cases: Array<[Promise<import("@playwright/test").APIResponse>, number, string]> = [
      [
        request.post("/api/session/login", {
          headers: { "content-type": "application/json" },
          data: Buffer.from("{oops"),
        }),
        400,
        "invalid_json",
      ],
      [request.post("/api/jwt/login", { data: { username: "alice" } }), 400, "invalid_input"],
      [
        request.get("/api/jwt/me", { headers: { authorization: "Bearer not.a.jwt" } }),
        401,
        "unauthenticated",
      ],
      [
        request.post("/api/session/login", {
          headers: { origin: "https://evil.example" },
          data: { username: "a", password: "b" },
        }),
        403,
        "cross_site_request",
      ],
      [request.get("/api/session/login"), 405, "method_not_allowed"],
      [
        request.post("/api/signup", {
          data: { username: "big", displayName: "x".repeat(20_000), password: "y" },
        }),
        413,
        "payload_too_large",
      ],
      [
        request.post("/api/session/login", {
          form: { username: "alice", password: "alice-in-the-lab" },
        }),
        415,
        "unsupported_media_type",
      ],
    ];
    for (const [pending, status, error] of cases) {
      const response = await pending;
      expect(response.status(), error).toBe(status);
      expect(await response.json()).toMatchObject({ error, message: expect.any(String) });
    }
  });

  test("forged, truncated and oversized credentials are anonymous, never a server error", async ({
    request,
  }) => {
    const junk = [
      "",
      "x",
      "a.b.c",
      "Fe26.2*1*x*y*z*1*a*b~2",
      "%00%ff",
      "eyJhbGciOiJub25lIn0.e30.",
      "A".repeat(9000),
    ];
    for (const value of junk) {
      for (const [path, headers] of [
        ["/api/session/me", { cookie: `${COOKIE.session}=${value}` }],
        ["/api/jwt/me", { cookie: `${COOKIE.jwt}=${value}` }],
        ["/api/jwt/me", { authorization: `Bearer ${value}` }],
      ] as const) {
        const response = await request.get(path, { headers });
        expect(response.status(), `${path} ${value.slice(0, 20)}`).toBe(401);
      }
    }
  });
});

test.describe("brute force", () => {
  test("C36 brute-force logins are throttled and the answer never reveals whether a user exists", async ({
    request,
    page,
    freshUser,
  }) => {
    test.setTimeout(60_000);
    const ghost = `ghost-${Date.now().toString(36)}`;
    const attempt = (username: string, password: string, path = "/api/session/login") =>
      request.post(path, { data: { username, password } });

    // Real account and unknown name alike: the same 401 until the throttle answers 429.
    for (const username of [freshUser.username, ghost]) {
      const refusals = new Set<string>();
      let failures = 0;
      for (let response = await attempt(username, "guess"); response.status() !== 429;) {
        expect(response.status()).toBe(401);
        refusals.add(await response.text());
        failures += 1;
        expect(failures).toBeLessThanOrEqual(8);
        response = await attempt(username, `guess-${failures}`);
      }
      expect(failures).toBeGreaterThanOrEqual(5);
      expect([...refusals]).toEqual([
        JSON.stringify({ error: "invalid_credentials", message: "Invalid username or password." }),
      ]);
    }

    // Each failure after the free ones doubles the wait; once it is long, even the right password
    // waits — and a forged client address changes nothing.
    let retryAfter = 0;
    while (retryAfter < 4) {
      const blocked = await attempt(freshUser.username, "guess-again");
      if (blocked.status() === 429) {
        retryAfter = Number(blocked.headers()["retry-after"]);
        if (retryAfter < 4) await page.waitForTimeout(retryAfter * 1000);
      }
    }
    const right = await request.post("/api/jwt/login", {
      headers: { "x-forwarded-for": "203.0.113.9" },
      data: { username: freshUser.username, password: freshUser.password },
    });
    expect(right.status()).toBe(429);
    expect(Number(right.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
    expect(await right.json()).toMatchObject({
      error: "too_many_attempts",
      retryAfter: expect.any(Number),
    });

    // The form says so inline.
    await page.goto("/session/login");
    await expect(async () => {
      await page.getByLabel("Username").fill(ghost);
      await page.getByLabel("Password").fill("one more guess");
      await page.getByRole("button", { name: "Log in" }).click();
      await expect(page.locator("#login-message").getByRole("alert")).toContainText(
        "Too many failed attempts",
        {
          timeout: 2000,
        },
      );
    }).toPass({ timeout: 20_000 });

    // Not locked out for good: once the wait has passed, the real user gets in.
    await expect
      .poll(async () => (await request.post("/api/session/login", { data: freshUser })).status(), {
        intervals: [1000],
        timeout: 20_000,
      })
      .toBe(200);
  });

  test("the server records the client's real address, whatever X-Forwarded-For claims", async ({
    request,
    freshUser,
  }) => {
    const response = await request.post("/api/session/login", {
      headers: { "x-forwarded-for": "198.51.100.7" },
      data: freshUser,
    });
    expect(response.status()).toBe(200);
    expect(latestSessionOf(freshUser.username)?.ip).toBe("127.0.0.1");
  });

  test("a route handler sees the host the request came to, under each name the server answers to", async () => {
    // The theme switch sends the browser back to the page it came from when Referer names the
    // request's own URL (request.url), so it works only if that URL has the request's real host.
    // (Next.js itself writes every loopback address as "localhost" there: these names are not.)
    for (const host of [`${insecureHost}:${e2ePort}`, `app.localhost:${e2ePort}`]) {
      const answer = await postWithHost(host, "/api/theme", "theme=dark", {
        "content-type": "application/x-www-form-urlencoded",
        origin: `http://${host}`,
        referer: `http://${host}/faq?from=theme`,
      });
      expect(answer).toEqual({ status: 303, location: "/faq?from=theme" });
    }
  });
});

/** A POST to this server under another Host name than the one its address resolves to. */
function postWithHost(
  host: string,
  path: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number | undefined; location: string | undefined }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port: e2ePort, path, method: "POST", headers: { ...headers, host } },
      (response) => {
        response.resume();
        resolve({ status: response.statusCode, location: response.headers.location });
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

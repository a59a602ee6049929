import { e2ePort } from "./support/env";
import { expect, test } from "./support/fixtures";
import { raw } from "./support/raw-http";

// What an outside attack run found, each as the request that found it.

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

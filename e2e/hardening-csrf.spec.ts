import { request as playwrightRequest } from "@playwright/test";
import { withAppServer } from "./support/app-server";
import { apiLogin, demoUser, expect, test } from "./support/fixtures";

// What an outside attack run found, each as the request that found it.

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

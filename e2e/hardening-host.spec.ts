import net from "node:net";
import { e2ePort } from "./support/env";
import { demoUser, expect, test } from "./support/fixtures";
import { raw } from "./support/raw-http";

// What an outside attack run found, each as the request that found it.

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

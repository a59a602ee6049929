import fs from "node:fs";
import path from "node:path";
import { e2ePort } from "./support/env";
import { expect, test } from "./support/fixtures";
import { raw } from "./support/raw-http";

// What an outside attack run found, each as the request that found it.

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

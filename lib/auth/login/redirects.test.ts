import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loginUrl, rebuildLocalPath, safeNextPath } from "./redirects";

describe("safeNextPath", () => {
  it.each([
    ["/session", "/session"],
    ["/session/devices?tab=2", "/session/devices?tab=2"],
    ["/jwt", "/session"], // other area
    ["/session/login", "/session"], // back to login would loop
    ["//evil.example/session", "/session"],
    ["/\\evil.example", "/session"],
    ["https://evil.example/session", "/session"],
    ["javascript:alert(1)", "/session"],
    ["/session/../jwt", "/session"],
    ["/admin", "/admin"], // admin pages are authenticated by the session
    ["/sessionfoo", "/session"],
    ["/session\n/x", "/session"],
    [undefined, "/session"],
    [["/session/a"], "/session"],
  ])("%j → %s", (next, expected) => {
    expect(safeNextPath(next, "session")).toBe(expected);
  });
});

it("keeps the admin pages out of the JWT area", () => {
  expect(safeNextPath("/admin", "jwt")).toBe("/jwt");
});

describe("loginUrl", () => {
  it("keeps the path inside the area and the reason", () => {
    expect(loginUrl("jwt", "/jwt/x?y=1", "ERR_JWT_EXPIRED")).toBe(
      "/jwt/login?next=%2Fjwt%2Fx%3Fy%3D1&reason=ERR_JWT_EXPIRED",
    );
  });
});

describe("rebuildLocalPath", () => {
  it.each([
    ["/", "/"],
    ["/session/devices?tab=2", "/session/devices?tab=2"],
    ["/jwt#frag", "/jwt"],
    ["/a/./b/../c", "/a/c"],
    ["/a/%2e%2e/b", "/b"],
    ["/caf\u00e9", "/caf%C3%A9"],
  ])("%j → %j", (raw, expected) => {
    expect(rebuildLocalPath(raw)).toBe(expected);
  });

  it.each([
    "",
    "session",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    " //evil.example",
    "/ /evil.example",
    "/.//evil.example", // the URL parser drops "." and leaves "//evil.example"
    "/a/..//evil.example",
    "/%2F/evil.example",
    "/%2fevil.example",
    "/%5Cevil.example",
    "/%5c%5cevil.example",
    "/%09/evil.example",
    "/%00",
    "/x%0d%0aSet-Cookie:a=b",
    "/\u0000",
    "/\u007f",
    "https://evil.example/",
    "http:/evil.example",
    "javascript:alert(1)",
    "/".repeat(3000),
    "/a".repeat(1500),
  ])("refuses %j", (raw) => {
    expect(rebuildLocalPath(raw)).toBeNull();
  });

  it.each([undefined, null, 42, ["/a"], { toString: () => "/a" }])("refuses %j", (raw) => {
    expect(rebuildLocalPath(raw)).toBeNull();
  });

  /** Pieces of every trick known to turn a path into another origin, glued at random. */
  const nasty = fc
    .tuple(
      // Most start like a path, so the tricks get past the first check and reach the parser.
      fc.constantFrom("/", "/", "/", ""),
      fc.array(
        fc.oneof(
          fc.constantFrom(
            "/",
            "//",
            "\\",
            "/\\",
            "\\/",
            ".",
            "..",
            "./",
            "../",
            "%2F",
            "%2f",
            "%5C",
            "%5c",
            "%2e",
            "%2E%2E",
            "%252F",
            "%00",
            "%09",
            "%0a",
            "%0D",
            "\t",
            "\n",
            "\r",
            " ",
            "\u0000",
            "\u007f",
            "\u00a0",
            "\u2028",
            "\u3002",
            "\uFF0F",
            "\uFF3C",
            "evil.example",
            "@",
            ":",
            "?",
            "#",
            "&",
            "http:",
            "https://",
            "javascript:",
            "file:",
            "data:",
            "session",
            "jwt",
            "?next=//evil",
            "%40",
            "localhost",
            "[::1]",
          ),
          fc.string({ maxLength: 8 }),
          fc.string({ unit: "binary", maxLength: 4 }),
        ),
        { maxLength: 12 },
      ),
    )
    .map(([lead, parts]) => lead + parts.join(""));

  it("answers a same-origin path starting with one slash, or nothing, whatever the input", () => {
    fc.assert(
      fc.property(nasty, (raw) => {
        const path = rebuildLocalPath(raw);
        if (path === null) return;
        expect(path.startsWith("/")).toBe(true);
        expect(path.startsWith("//")).toBe(false);
        expect(path.startsWith("/\\")).toBe(false);
        expect(path).not.toMatch(/[\u0000-\u0020\u007f\\]/);
        // Where a browser would go from it, wherever it is: the same origin as the page.
        for (const page of ["http://lab.test/a/b", "https://127.0.0.1:3000/", "http://[::1]/x?y"]) {
          expect(new URL(path, page).origin).toBe(new URL(page).origin);
        }
        // A hop that decodes once more (a proxy, a naive router) still stays on this origin.
        const decoded = new URL(path, "http://lab.test").pathname.replace(
          /%([0-9a-f]{2})/gi,
          (_, hex: string) => String.fromCharCode(parseInt(hex, 16)),
        );
        expect(decoded).not.toMatch(/^\/[\\/]|[\u0000-\u001f\u007f\\]/);
        // Rebuilt once is rebuilt for good.
        expect(rebuildLocalPath(path)).toBe(path);
      }),
      { numRuns: 5000 },
    );
  });

  it("safeNextPath built on it: always a path inside the area, whatever the input", () => {
    fc.assert(
      fc.property(nasty, fc.constantFrom("session", "sealed", "jwt" as const), (raw, area) => {
        const next = safeNextPath(`/${area}${raw}`, area);
        expect(next).toMatch(new RegExp(`^/(${area}|admin|account)(/|\\?|$)`));
        expect(new URL(next, "https://lab.test/x").origin).toBe("https://lab.test");
        // What the pages hand on (the JWT login's resume) passes the helper again unchanged.
        expect(rebuildLocalPath(next)).toBe(next);
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps an ordinary path as it is", () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9_~-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (segments) => {
        const path = `/${segments.join("/")}`;
        expect(rebuildLocalPath(path)).toBe(path);
      }),
    );
  });
});

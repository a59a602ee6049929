import fc from "fast-check";
import { request as playwrightRequest } from "@playwright/test";
import { e2eBaseURL } from "./support/env";
import { expect, test } from "./support/fixtures";

// Random bytes where credentials and bodies go, against the production server: every answer is
// a 2xx, 3xx or 4xx — never a 5xx: bad input is the client's error. Bounded: 300 requests.

const ENDPOINTS = [
  ["GET", "/api/session/me"],
  ["GET", "/api/jwt/me"],
  ["GET", "/api/sealed/me"],
  ["GET", "/sealed"],
  ["POST", "/api/sealed/login"],
  ["POST", "/api/sealed/logout"],
  ["PUT", "/api/admin/seal"],
  ["POST", "/api/admin/seal/passwords/1/retire"],
  ["GET", "/session"],
  ["GET", "/jwt"],
  ["GET", "/admin"],
  ["GET", "/compare"],
  ["GET", "/api/inspect/state"],
  ["POST", "/api/session/login"],
  ["POST", "/api/jwt/login"],
  ["POST", "/api/jwt/refresh"],
  ["POST", "/api/jwt/logout"],
  ["POST", "/api/session/logout"],
  ["POST", "/api/jwt/claims"],
  ["POST", "/api/signup"],
  ["POST", "/api/clock"],
  ["POST", "/api/compare/capture"],
  ["POST", "/api/compare/replay"],
  ["PUT", "/api/admin/jwt-settings"],
  ["DELETE", "/api/session/sessions/abc"],
  ["POST", "/api/mode"],
  ["POST", "/session"],
  ["POST", "/api/session/reauth"],
  ["POST", "/api/jwt/reauth"],
  ["POST", "/api/jwt/logout-others"],
  ["POST", "/api/session/sessions/revoke-others"],
  ["POST", "/api/admin/users/1/logout"],
  ["GET", "/session/reauth?next=/admin"],
  ["GET", "/jwt/reauth?next=//evil"],
] as const;

const printable = fc.string({
  unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 600,
});
const b64 = fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.from(b).toString("base64url"));
const jwtish = fc
  .tuple(fc.json({ maxDepth: 2 }), fc.json({ maxDepth: 2 }), b64)
  .map(
    ([h, p, s]) =>
      `${Buffer.from(h).toString("base64url")}.${Buffer.from(p).toString("base64url")}.${s}`,
  );
// An iron-session seal look-alike (the sealed cookie, the session's cookie cache).
const sealish = fc
  .array(fc.oneof(b64, fc.nat().map(String)), { minLength: 7, maxLength: 7 })
  .map((parts) => `Fe26.2*${parts.join("*")}~2`);
const value = fc.oneof(printable, b64, jwtish, sealish);
const cookieName = fc.constantFrom(
  "lab_session",
  "lab_sealed",
  "lab_session_cache",
  "lab_jwt",
  "lab_refresh_token",
  "lab_inspector",
  "lab_device",
  "lab_clock",
  "lab_mode",
);

test("10 × 30 random requests: credentials, headers and bodies of random bytes never get a 5xx", async () => {
  test.setTimeout(120_000);
  const api = await playwrightRequest.newContext({ baseURL: e2eBaseURL });
  const seen = new Map<number, number>();
  try {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ENDPOINTS),
        fc.array(fc.tuple(cookieName, value), { maxLength: 4 }),
        fc.option(
          fc.oneof(
            value,
            jwtish.map((t) => `Bearer ${t}`),
            jwtish.map((t) => `DPoP ${t}`),
          ),
          { nil: undefined },
        ),
        // A DPoP proof header: random bytes, or a JWT look-alike (RFC 9449's `DPoP`).
        fc.option(fc.oneof(value, jwtish), { nil: undefined }),
        fc.option(fc.oneof(fc.json({ maxDepth: 3 }), value), { nil: undefined }),
        fc.constantFrom("application/json", "text/plain", undefined),
        async ([method, path], cookies, authorization, dpop, body, contentType) => {
          const headers: Record<string, string> = {};
          if (cookies.length > 0) headers.cookie = cookies.map(([n, v]) => `${n}=${v}`).join("; ");
          if (authorization !== undefined) headers.authorization = authorization;
          if (dpop !== undefined) headers.dpop = dpop;
          if (contentType !== undefined && method !== "GET") headers["content-type"] = contentType;
          const response = await api.fetch(path, {
            method,
            headers,
            data: method === "GET" ? undefined : body,
            maxRedirects: 0,
          });
          seen.set(response.status(), (seen.get(response.status()) ?? 0) + 1);
          expect(response.status(), `${method} ${path} ${JSON.stringify(headers)}`).toBeLessThan(
            500,
          );
        },
      ),
      { numRuns: 300 },
    );
  } finally {
    await api.dispose();
  }
  // Not only refusals: the fuzz reached handlers that answered in several ways.
  expect(seen.size).toBeGreaterThan(3);
});

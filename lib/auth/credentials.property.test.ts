// Property-based tests (fast-check) over every credential parser and verifier: whatever the bytes
// — random strings, random JSON in base64url segments, random base64 in cookies, headers and
// bodies — each answers "anonymous" (a failure value) or a 4xx, and never throws (a 500).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDevices } from "@/lib/auth/login/device-cookie";
import {
  readAccessToken,
  readBearerToken,
  readRefreshCookie,
  readSessionCookie,
} from "@/lib/auth/credentials";
import { validateAccessToken, validateAccessTokenForLogout } from "@/lib/auth/jwt/validation";
import { rotateRefreshToken } from "@/lib/auth/jwt/refresh";
import { revokeRefreshTokenFamilyOf } from "@/lib/auth/jwt/refresh-revocation";
import { checkSealedCredential } from "@/lib/auth/check/sealed";
import { checkSessionForDal } from "@/lib/auth/check/session";
import { setCookieCacheSeconds } from "@/lib/auth/sealed/settings";
import { validateSessionToken } from "@/lib/auth/session/validation";
import { publicJwks } from "@/lib/auth/jwt/keys";
import { cookieSettings } from "@/config";
import { isCrossSite, rejectNonJsonBody } from "@/lib/http/csrf";
import { readJsonBody } from "@/lib/http/request";
import { readInspectorId } from "@/lib/inspect/browser-id";
import { verifyPass } from "@/lib/pass/verify";
import { loginSchema } from "@/lib/validation/accounts";
import { hostnameOf, isAllowedHost, allowedHostnames } from "@/server/front-door.mjs";

const RUNS = { numRuns: 300 };
const b64url = (value: string | Uint8Array) => Buffer.from(value).toString("base64url");

/** Anything a client could put where a credential goes. */
const junk = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString("base64")),
  fc.uint8Array({ maxLength: 300 }).map(b64url),
);
/** A compact JWS/JWE look-alike: random JSON header and payload, random signature. */
const segment = fc.oneof(
  fc.json({ maxDepth: 3 }).map(b64url),
  fc.uint8Array({ maxLength: 96 }).map(b64url),
);
const headerJson = fc
  .record(
    {
      alg: fc.constantFrom("none", "None", "EdDSA", "HS256", "ES256", "RS256", "dir", ""),
      typ: fc.constantFrom("at+jwt", "JWT", "checkin+jwt", ""),
      kid: fc.string({ maxLength: 20 }),
      enc: fc.constantFrom("A256GCM", "A128CBC-HS256"),
      zip: fc.constant("DEF"),
      jwk: fc.json({ maxDepth: 2 }),
      crit: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
    },
    { requiredKeys: [] },
  )
  .map((header) => b64url(JSON.stringify(header)));
const compact = fc.oneof(
  fc.tuple(headerJson, segment, segment).map((parts) => parts.join(".")),
  fc.tuple(headerJson, segment, segment, segment, segment).map((parts) => parts.join(".")),
  fc.array(segment, { minLength: 1, maxLength: 7 }).map((parts) => parts.join(".")),
);
/** An iron-session seal look-alike: the right prefix and part count, random parts. */
const sealShaped = fc
  .array(fc.oneof(fc.string({ maxLength: 40 }), fc.nat().map(String)), {
    minLength: 7,
    maxLength: 7,
  })
  .map((parts) => `Fe26.2*${parts.join("*")}~2`);
/** A random 256-bit token, shaped exactly like a session cookie this server issues. */
const sessionShaped = fc.uint8Array({ minLength: 32, maxLength: 32 }).map(b64url);
const token = fc.oneof(junk, compact, sessionShaped, sealShaped);

const jar = (name: string, value: string) => ({
  get: (wanted: string) => (wanted === name ? { value } : undefined),
});
const headersOf = (entries: Record<string, string>) => ({
  get: (name: string) => entries[name.toLowerCase()] ?? null,
});

describe("every credential reader and verifier, on any bytes", () => {
  it("access tokens (JWS, JWE, garbage): a failure value, never a throw", async () => {
    await fc.assert(
      fc.asyncProperty(token, async (value) => {
        const checked = await validateAccessToken(value);
        const forLogout = await validateAccessTokenForLogout(value);
        expect(checked.ok).toBe(false);
        expect(forLogout.ok).toBe(false);
      }),
      RUNS,
    );
  });

  it("session cookies: the shape check and the lookup refuse anything not issued here", async () => {
    await fc.assert(
      fc.asyncProperty(token, async (value) => {
        const cookies = jar(cookieSettings.session.name, value);
        expect(readSessionCookie(cookies)).toBe(value || null);
        expect((await checkSessionForDal(cookies)).ok).toBe(false);
        expect((await validateSessionToken(value)).ok).toBe(false);
      }),
      RUNS,
    );
  });

  it("sealed cookies: unsealing refuses anything not sealed here, with no query", async () => {
    await fc.assert(
      fc.asyncProperty(token, async (value) => {
        const result = await checkSealedCredential(jar(cookieSettings.sealedSession.name, value));
        expect(result.ok).toBe(false);
      }),
      RUNS,
    );
  });

  it("a junk cookie cache never stands in for a lookup", async () => {
    await setCookieCacheSeconds(60);
    await fc.assert(
      fc.asyncProperty(token, sessionShaped, async (cache, session) => {
        const cookies = {
          get: (name: string) =>
            name === cookieSettings.session.name
              ? { value: session }
              : name === cookieSettings.sessionCache.name
                ? { value: cache }
                : undefined,
        };
        expect((await checkSessionForDal(cookies)).ok).toBe(false);
      }),
      RUNS,
    );
    await setCookieCacheSeconds(0);
  });

  it("refresh tokens: rotation and logout find nothing, whatever is presented", async () => {
    await fc.assert(
      fc.asyncProperty(token, async (value) => {
        expect(readRefreshCookie(jar(cookieSettings.refreshToken.name, value))).toBe(value || null);
        expect((await rotateRefreshToken(value)).ok).toBe(false);
        expect(await revokeRefreshTokenFamilyOf(value)).toBe(0);
      }),
      RUNS,
    );
  });

  it("Authorization headers: a Bearer token or nothing", async () => {
    fc.assert(
      fc.property(
        fc.oneof(
          junk,
          junk.map((v) => `Bearer ${v}`),
          junk.map((v) => `bearer  ${v} `),
        ),
        (value) => {
          const bearer = readBearerToken(headersOf({ authorization: value }));
          if (bearer !== null) expect(bearer).toMatch(/^[A-Za-z0-9._~+/-]+=*$/);
          const credential = readAccessToken(jar("x", "y"), headersOf({ authorization: value }));
          expect(credential === null || credential.transport === "bearer").toBe(true);
        },
      ),
      RUNS,
    );
  });

  it("the inspector id and the device cookie: only values this server signed", async () => {
    fc.assert(
      fc.property(token, (value) => {
        expect(readInspectorId(jar(cookieSettings.inspector.name, value))).toBeNull();
        expect(readDevices(jar(cookieSettings.device.name, value)).size).toBe(0);
      }),
      RUNS,
    );
  });

  it("check-in passes: refused, with a reason, against the real key set", async () => {
    const jwks = await publicJwks();
    await fc.assert(
      fc.asyncProperty(token, async (value) => {
        const checked = await verifyPass(value, jwks);
        expect(checked.ok).toBe(false);
        expect(typeof (checked as { reason: string }).reason).toBe("string");
      }),
      RUNS,
    );
  });

  it("JSON bodies: parsed and valid, or a 400/413/415 — never a throw", async () => {
    const body = fc.oneof(
      junk,
      fc.json({ maxDepth: 3 }),
      fc.record({ username: junk, password: junk }).map((o) => JSON.stringify(o)),
    );
    const type = fc.constantFrom(
      "application/json",
      "text/plain",
      "application/json; charset=utf-8",
      "",
    );
    await fc.assert(
      fc.asyncProperty(body, type, async (text, contentType) => {
        const request = new Request("http://127.0.0.1/api/x", {
          method: "POST",
          headers: contentType ? { "content-type": contentType } : {},
          body: text,
        });
        const parsed = await readJsonBody(request, loginSchema);
        if (!parsed.ok) expect([400, 413, 415]).toContain(parsed.response.status);
      }),
      RUNS,
    );
  });

  it("request headers: the host, cross-site and content-type rules answer, never throw", async () => {
    const allowed = allowedHostnames({ HOST: "127.0.0.1" });
    fc.assert(
      fc.property(junk, junk, junk, junk, (host, origin, site, type) => {
        expect(typeof isAllowedHost(host, allowed)).toBe("boolean");
        const name = hostnameOf(host);
        expect(name === null || typeof name === "string").toBe(true);
        const headers = headersOf({ host, origin, "sec-fetch-site": site, "content-type": type });
        expect(typeof isCrossSite(headers)).toBe("boolean");
        const refused = rejectNonJsonBody(headers);
        expect(refused === null || refused.status === 415).toBe(true);
      }),
      RUNS,
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compactDecrypt, jwtVerify, SignJWT } from "jose";
import { config } from "@/config";
import { getSigningKeys } from "@/lib/auth/jwt/keys";
import { validateAccessToken } from "@/lib/auth/jwt/validation";
import { decryptToken } from "@/lib/auth/jwt/encryption";
import { verifyPass } from "@/lib/pass/verify";
import { ATTACKS, type IssuedKind, type RangeMaterial } from "@/lib/threats/jwt-range/attacks";
import { encodeSegment, hs256, segmentForDisplay, splitToken } from "@/lib/threats/jwt-range/forge";
import {
  issueRangeToken,
  rangeAccessClaims,
  RANGE_TOKEN_KINDS,
} from "@/lib/threats/jwt-range/issue";
import { getRangeKeys, RANGE_ISSUER } from "@/lib/threats/jwt-range/keys";
import { MISTAKES, naiveVerify } from "@/lib/threats/jwt-range/naive";
import { realVerify } from "@/lib/threats/jwt-range/real";

/** The 2025–26 classes, pinned where the library or the app's own rule is what holds. */

const ALL = new Set(MISTAKES);
const NONE = new Set<(typeof MISTAKES)[number]>();

describe("the range's tokens carry the range's own issuer", () => {
  it("every kind the range issues names the range, never the app, as its issuer", async () => {
    for (const kind of RANGE_TOKEN_KINDS) {
      const { payload } = splitToken(await issueRangeToken(kind))!;
      expect(payload.iss, kind).toBe(RANGE_ISSUER);
      expect(payload.iss, kind).not.toBe(config.jwt.issuer);
    }
  });

  it("a range token signed with the app's own current key is still refused by the JWT area (its issuer and audience)", async () => {
    const { current } = await getSigningKeys();
    const token = await new SignJWT(rangeAccessClaims("fresh"))
      .setProtectedHeader({ alg: current.alg, typ: "at+jwt", kid: current.kid })
      .sign(current.privateKey);
    expect(await validateAccessToken(token)).toEqual({
      ok: false,
      reason: "ERR_JWT_CLAIM_VALIDATION_FAILED",
    });
  });

  it("the check-in desk refuses a range pass even with the range's own keys (its issuer is the range's)", async () => {
    const keys = await getRangeKeys();
    const pass = await issueRangeToken("pass");
    expect(await verifyPass(pass, { keys: [keys.signing.publicJwk] })).toEqual({
      ok: false,
      reason: "ERR_JWT_CLAIM_VALIDATION_FAILED",
    });
  });
});

describe("denial of service: refused before any decoding work, in bounded time", () => {
  const genuine = () => issueRangeToken("fresh");

  it("megabytes of segments: the naive verifier decodes them all; the careful one and the app refuse by length", async () => {
    const [h, , s] = (await genuine()).split(".");
    const huge = `${h}.${"A".repeat(4_000_000)}.${s}`;
    const naive = await naiveVerify(huge, new Set(["no_size_limit"]), "access", []);
    expect(naive).toMatchObject({ accepted: false, via: ["no_size_limit"] });
    expect(naive.accepted === false && naive.work!.decodedBytes).toBeGreaterThan(2_900_000);
    expect(await naiveVerify(huge, NONE, "access", [])).toEqual({
      accepted: false,
      reason: "too_large",
    });
    const started = performance.now();
    for (let i = 0; i < 50; i++) {
      expect(await realVerify(huge, "access")).toEqual({
        accepted: false,
        reason: "token_too_large",
      });
      expect(await validateAccessToken(huge)).toMatchObject({ ok: false });
    }
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("thousands of dots: the naive verifier makes a piece of each; the careful one counts first; the app refuses", async () => {
    const dots = `${await genuine()}${".".repeat(7_000)}`;
    expect(dots.length).toBeLessThanOrEqual(config.limits.maxJwtBytes);
    const naive = await naiveVerify(dots, new Set(["no_size_limit"]), "access", []);
    expect(naive).toMatchObject({ accepted: false, work: { pieces: 7_003 } });
    expect(await naiveVerify(dots, NONE, "access", [])).toEqual({
      accepted: false,
      reason: "malformed",
    });
    const started = performance.now();
    for (let i = 0; i < 200; i++) {
      expect(await realVerify(dots, "access")).toMatchObject({ accepted: false });
      expect(await validateAccessToken(dots)).toMatchObject({ ok: false });
    }
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("PBES2 p2c: the app allows no PBES2 at all, and jose caps p2c even where PBES2 is allowed", async () => {
    const { token } = await ATTACKS.find((a) => a.id === "pbes2_p2c")!.build({} as RangeMaterial);
    await expect(decryptToken(token)).rejects.toMatchObject({ code: "ERR_JOSE_ALG_NOT_ALLOWED" });
    const started = performance.now();
    await expect(
      compactDecrypt(token, new TextEncoder().encode("any password"), {
        keyManagementAlgorithms: ["PBES2-HS256+A128KW"],
      }),
    ).rejects.toMatchObject({ code: "ERR_JWE_INVALID" });
    expect(performance.now() - started).toBeLessThan(500);
    // The naive verifier with the cap measures what the count would cost and stops.
    const naive = await naiveVerify(token, ALL, "access", []);
    expect(naive).toMatchObject({ accepted: false, reason: "pbes2_stopped" });
    expect(naive.accepted === false && naive.work!.cpuSeconds).toBeGreaterThan(1);
    expect(await naiveVerify(token, NONE, "access", [])).toEqual({
      accepted: false,
      reason: "p2c_too_large",
    });
  });
});

describe("keys", () => {
  it("jose refuses an empty HMAC key outright; a one-byte one it takes — the app's rule is its key size", async () => {
    const header = encodeSegment({ alg: "HS256" });
    const payload = encodeSegment({ sub: "1" });
    const input = `${header}.${payload}`;
    await expect(
      jwtVerify(`${input}.${hs256(input, "")}`, new Uint8Array(0), { algorithms: ["HS256"] }),
    ).rejects.toThrow();
    const oneByte = Uint8Array.of(7);
    await expect(
      jwtVerify(`${input}.${hs256(input, oneByte)}`, oneByte, { algorithms: ["HS256"] }),
    ).resolves.toMatchObject({ payload: { sub: "1" } });
    const keys = await getRangeKeys();
    expect(keys.shortKey).toHaveLength(1);
  });
});

describe("numbers", () => {
  it("the workbench shows exp: 1e400 as it was sent, not as the null JSON.stringify would write", async () => {
    const [, forever] = (await issueRangeToken("forever")).split(".");
    expect(segmentForDisplay(forever!)).toContain('"exp":1e400');
    const [, fresh] = (await issueRangeToken("fresh")).split(".");
    expect(segmentForDisplay(fresh!)).toContain('\n  "exp": ');
  });
});

describe("the memo", () => {
  it("keyed on the signature alone, a forged payload rides a genuine token's entry; keyed on the whole token, it does not", async () => {
    const attack = ATTACKS.find((a) => a.id === "memo_collision")!;
    const { token, warm } = await attack.build({
      issue: (kind: IssuedKind) => issueRangeToken(kind),
    } as RangeMaterial);
    for (const [on, verdict] of [
      [new Set(["memo_by_signature"] as const), { accepted: true, claims: { role: "admin" } }],
      [NONE, { accepted: false, reason: "signature_invalid" }],
    ] as const) {
      const memo = new Set<string>();
      expect(await naiveVerify(warm!, on, "access", [], Date.now(), memo)).toMatchObject({
        accepted: true,
      });
      expect(await naiveVerify(token, on, "access", [], Date.now(), memo)).toMatchObject(verdict);
    }
  });
});

describe("whatever the bytes, both verifiers answer a verdict", () => {
  it("no token, however mangled, makes either verifier throw (every mistake on, and none)", async () => {
    const genuine = await issueRangeToken("fresh");
    const pieces = [
      genuine,
      ...genuine.split("."),
      ".",
      "=",
      "{",
      "}",
      '{"signatures":[null]}',
      '{"protected":1}',
      encodeSegment({ alg: "PBES2-HS256+A128KW", p2c: "9" }),
      encodeSegment({ alg: "ECDH-ES+A256KW", enc: "A256GCM" }),
      encodeSegment({ jwk: { kty: "oct" } }),
      encodeSegment({ crit: [] }),
    ];
    const token = fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })), {
        maxLength: 6,
      })
      .map((parts) => parts.join(""));
    await fc.assert(
      fc.asyncProperty(token, fc.boolean(), async (text, every) => {
        const naive = await naiveVerify(text, every ? ALL : NONE, "access", []);
        expect(typeof naive.accepted).toBe("boolean");
        const real = await realVerify(text, "access");
        expect(typeof real.accepted).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });
});

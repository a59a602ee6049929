import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCanonicalBase64url, readCompactToken } from "./compact-token";

const jws = { kinds: ["jws"] as const, maxBytes: 8192 };

describe("isCanonicalBase64url", () => {
  it("accepts exactly what Buffer writes, for every byte string", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (bytes) => {
        expect(isCanonicalBase64url(Buffer.from(bytes).toString("base64url"))).toBe(true);
      }),
    );
  });

  it("refuses every other spelling that decodes to the same bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 70 }), (bytes) => {
        const canonical = Buffer.from(bytes).toString("base64url");
        const padded = Buffer.from(bytes)
          .toString("base64")
          .replaceAll("+", "-")
          .replaceAll("/", "_");
        if (padded !== canonical) expect(isCanonicalBase64url(padded)).toBe(false);
        if (canonical.length % 4 !== 0) {
          const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
          const last = alphabet.indexOf(canonical.at(-1)!);
          const respelled = `${canonical.slice(0, -1)}${alphabet[last + 1]}`;
          const same = Buffer.from(respelled, "base64url").equals(Buffer.from(bytes));
          if (same) expect(isCanonicalBase64url(respelled)).toBe(false);
        }
      }),
    );
  });

  it.each(["A", "AAAAA", "AA==", "A+B/", "AB C", "AB\n", "é"])("refuses %j", (segment) => {
    expect(isCanonicalBase64url(segment)).toBe(false);
  });
});

describe("readCompactToken", () => {
  it("tells a JWS from a JWE by its segments, and refuses any other count", () => {
    expect(
      readCompactToken("e30.e30.AAAA", { kinds: ["jws", "jwe"], maxBytes: 100 }),
    ).toMatchObject({
      ok: true,
      kind: "jws",
    });
    expect(
      readCompactToken("e30..AAAA.AAAA.AAAA", { kinds: ["jws", "jwe"], maxBytes: 100 }),
    ).toMatchObject({
      ok: true,
      kind: "jwe",
    });
    for (const token of ["e30.e30", "e30.e30.AA.AA", "e30..AAAA.AAAA.AAAA.AA", "", "e30"]) {
      expect(readCompactToken(token, { kinds: ["jws", "jwe"], maxBytes: 100 })).toEqual({
        ok: false,
        reason: "token_malformed",
      });
    }
    expect(readCompactToken("e30..AAAA.AAAA.AAAA", jws)).toMatchObject({
      reason: "token_malformed",
    });
  });

  it("refuses empty segments but a JWE's key and a JWS's signature", () => {
    expect(readCompactToken(".e30.AAAA", jws)).toMatchObject({ reason: "token_malformed" });
    expect(readCompactToken("e30..AAAA", jws)).toMatchObject({ reason: "token_malformed" });
    expect(readCompactToken("e30.e30.", jws)).toMatchObject({ ok: true });
  });

  it("checks the length before anything else, and refuses what is not a string", () => {
    expect(readCompactToken(".".repeat(9000), jws)).toEqual({
      ok: false,
      reason: "token_too_large",
    });
    expect(readCompactToken(42, jws)).toEqual({ ok: false, reason: "token_malformed" });
    expect(readCompactToken('{"payload":"e30"}', jws)).toEqual({
      ok: false,
      reason: "token_malformed",
    });
  });

  it("calls padding and stray bits not canonical, anything else malformed", () => {
    expect(readCompactToken("e30.e30.AAA=", jws)).toEqual({
      ok: false,
      reason: "token_not_canonical",
    });
    expect(readCompactToken("e30.e30.AB", jws)).toEqual({
      ok: false,
      reason: "token_not_canonical",
    });
    expect(readCompactToken("e30.e30.A+B/", jws)).toEqual({ ok: false, reason: "token_malformed" });
    expect(readCompactToken("e30.e30 .AAAA", jws)).toEqual({
      ok: false,
      reason: "token_malformed",
    });
  });
});

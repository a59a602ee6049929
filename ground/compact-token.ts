/**
 * The shape of a compact JOSE token (RFC 7515 §7.1, RFC 7516 §7.1), judged before any decoding:
 * its length, its number of segments, and every segment in its one canonical base64url spelling —
 * no padding, nothing outside the alphabet (no whitespace, no `+` or `/`), and the last
 * character's unused bits zero. Decoders forgive all three (atob pads, skips whitespace and drops
 * the unused bits), so without this one token has many spellings, and memo keys, deny-lists and
 * logs that compare strings are fooled. Every path that accepts a compact token calls this first:
 * access tokens (signed and encrypted), DPoP proofs, the check-in pass. No `server-only`: the
 * check-in door runs the pass check in the browser.
 */

export type CompactKind = "jws" | "jwe";

export type CompactShapeFailure = "token_too_large" | "token_malformed" | "token_not_canonical";

export type CompactShape =
  { ok: true; kind: CompactKind; segments: string[] } | { ok: false; reason: CompactShapeFailure };

const SEGMENTS: Record<CompactKind, number> = { jws: 3, jwe: 5 };

// Which segments may be empty: a JWE's encrypted key (under `dir`), and a JWS's signature — an
// unsecured token (`alg: none`) has none, and is left to the verifier to refuse by name.
const MAY_BE_EMPTY: Record<CompactKind, readonly boolean[]> = {
  jws: [false, false, true],
  jwe: [false, true, false, false, false],
};

const ALPHABET = /^[A-Za-z0-9_-]*$/;
// What a base64url decoder might still read (padding included): anything else is no token at all.
const READABLE = /^[A-Za-z0-9_=-]*$/;
// The last character of a segment whose length is 2 or 3 (mod 4) carries 4 or 2 unused bits.
const LAST_WITH_4_UNUSED_BITS = /[AQgw]$/;
const LAST_WITH_2_UNUSED_BITS = /[AEIMQUYcgkosw048]$/;

/** Whether `segment` is base64url exactly as RFC 7515 §2 writes it, the one spelling of its bytes. */
export function isCanonicalBase64url(segment: string): boolean {
  if (!ALPHABET.test(segment)) return false;
  switch (segment.length % 4) {
    case 0:
      return true;
    case 2:
      return LAST_WITH_4_UNUSED_BITS.test(segment);
    case 3:
      return LAST_WITH_2_UNUSED_BITS.test(segment);
    default:
      return false; // one character left over encodes no whole byte
  }
}

/** How many dots `token` holds, counting no further than `limit` + 1 (bounded work). */
export function countDots(token: string, limit: number): number {
  let dots = 0;
  for (let at = token.indexOf("."); at !== -1; at = token.indexOf(".", at + 1)) {
    dots += 1;
    if (dots > limit) break;
  }
  return dots;
}

/**
 * Judges a compact token's shape as one of `kinds` (the segment count tells which), with at most
 * `maxBytes` characters. O(length), no decoding, no allocation beyond the split: a megabyte or
 * ten thousand dots cost one pass at most, and the length check comes before even that.
 */
export function readCompactToken(
  token: unknown,
  { kinds, maxBytes }: { kinds: readonly CompactKind[]; maxBytes: number },
): CompactShape {
  if (typeof token !== "string" || token === "") return { ok: false, reason: "token_malformed" };
  if (token.length > maxBytes) return { ok: false, reason: "token_too_large" };
  const dots = countDots(token, 4);
  const kind = kinds.find((k) => SEGMENTS[k] === dots + 1);
  if (kind === undefined) return { ok: false, reason: "token_malformed" };
  const segments = token.split(".");
  const mayBeEmpty = MAY_BE_EMPTY[kind];
  const broken = (segment: string, i: number) =>
    (segment === "" && !mayBeEmpty[i]) || !READABLE.test(segment);
  if (segments.some(broken)) return { ok: false, reason: "token_malformed" };
  if (!segments.every(isCanonicalBase64url)) return { ok: false, reason: "token_not_canonical" };
  return { ok: true, kind, segments };
}

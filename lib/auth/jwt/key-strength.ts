import "server-only";
import { KeyObject as NodeKeyObject } from "node:crypto";
import { base64url, type JWK, type KeyObject } from "jose";

/**
 * How strong a key must be to verify anything (RFC 7518 §3.2, RFC 8725 §3.5): an HMAC secret of
 * at least 256 bits. An empty or one-byte secret is no secret — anyone can sign with it — so the
 * key set refuses to hold one and the verifier refuses to use one. Asymmetric keys are judged by
 * their algorithm, which pins their size.
 */

export const MIN_SECRET_BYTES = 32;

type VerificationKey = CryptoKey | KeyObject | JWK | Uint8Array;

function jwkSecretBytes(jwk: JWK): number {
  try {
    return typeof jwk.k === "string" ? base64url.decode(jwk.k).byteLength : 0;
  } catch {
    return 0;
  }
}

/** The size in bytes of a symmetric key, or null for an asymmetric one. */
function secretBytes(key: VerificationKey): number | null {
  if (key instanceof Uint8Array) return key.byteLength;
  if (typeof CryptoKey !== "undefined" && key instanceof CryptoKey) {
    if (key.type !== "secret") return null;
    const { length } = key.algorithm as { length?: number };
    return typeof length === "number" ? Math.floor(length / 8) : 0;
  }
  if (key instanceof NodeKeyObject) {
    return key.type === "secret" ? (key.symmetricKeySize ?? 0) : null;
  }
  return (key as JWK).kty === "oct" ? jwkSecretBytes(key as JWK) : null;
}

/** Whether `key` may verify a signature: any asymmetric key, or a secret of ≥ 256 bits. */
export function isStrongVerificationKey(key: VerificationKey): boolean {
  const bytes = secretBytes(key);
  return bytes === null || bytes >= MIN_SECRET_BYTES;
}

/** Why a stored private JWK may not join the key set (a secret under 256 bits), or null. */
export function signingJwkWeakness(jwk: JWK): string | null {
  if (jwk.kty !== "oct") return null;
  const bytes = jwkSecretBytes(jwk);
  return bytes >= MIN_SECRET_BYTES
    ? null
    : `its HMAC secret is ${bytes * 8} bits; at least ${MIN_SECRET_BYTES * 8} are required`;
}

import "server-only";
import crypto from "node:crypto";
import { exportJWK, generateKeyPair, generateSecret, type JWK } from "jose";
import { getSecrets } from "@/config/secrets";
import type { SIGNING_ALGORITHMS } from "@/db/schema";

/**
 * Key material at rest: private JWKs are sealed with AES-256-GCM under a key derived (HKDF) from
 * the server's session password, so the database alone — a backup, a copied file — holds no usable
 * signing key. Also the JWE content key (C28), derived the same way under another label.
 */

export type SigningAlgorithm = (typeof SIGNING_ALGORITHMS)[number];

// Derived once per purpose: an encrypted token is decrypted on every first sight, and the secret
// does not change while the process runs.
const derivedKeys = new Map<string, Buffer>();

function derivedKey(label: string): Buffer {
  let key = derivedKeys.get(label);
  if (key === undefined) {
    const secret = getSecrets().sessionPassword;
    key = Buffer.from(crypto.hkdfSync("sha256", secret, "session-vs-jwt-lab", label, 32));
    derivedKeys.set(label, key);
  }
  return key;
}

/** Encrypts a secret for the database (AES-256-GCM, a key per purpose): iv.tag.body, base64url. */
export function sealSecretText(text: string, purpose: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", derivedKey(purpose), iv);
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString("base64url")).join(".");
}

export function unsealSecretText(sealed: string, purpose: string): string {
  const [iv, tag, body] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !body) throw new Error("Malformed sealed secret.");
  const decipher = crypto.createDecipheriv("aes-256-gcm", derivedKey(purpose), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}

/** Seals a private JWK for the database. */
export function sealKeyMaterial(jwk: JWK): string {
  return sealSecretText(JSON.stringify(jwk), "signing-key-at-rest");
}

export function unsealKeyMaterial(sealed: string): JWK {
  return JSON.parse(unsealSecretText(sealed, "signing-key-at-rest")) as JWK;
}

/** A 256-bit MAC key for one purpose (identifiers the server must recognise as its own). */
export function macKey(purpose: string): Buffer {
  return derivedKey(`mac:${purpose}`);
}

/** The 256-bit key of the `dir` + A256GCM JWE wrapping (C28). */
export function jweKey(): Uint8Array {
  return new Uint8Array(derivedKey("jwe-content-encryption"));
}

/** A fresh key for `alg`: its private JWK, and its public JWK (null for a symmetric key). */
export async function generateSigningJwk(
  alg: SigningAlgorithm,
): Promise<{ privateJwk: JWK; publicJwk: JWK | null }> {
  if (alg === "HS256") {
    const secret = await generateSecret("HS256", { extractable: true });
    return { privateJwk: await exportJWK(secret), publicJwk: null };
  }
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) };
}

/** A `kid`: random, so it reveals nothing about the key or when it was made. */
export function newKid(): string {
  return crypto.randomBytes(9).toString("base64url");
}

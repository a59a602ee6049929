import "server-only";
import crypto from "node:crypto";
import path from "node:path";
import {
  ATTACKER_JWKS_PATH,
  EMPTY_KID,
  getRangeKeys,
  RANGE_KID,
  SHORT_KID,
  WEAK_KID,
  type RangeKeys,
} from "@/lib/threats/jwt-range/keys";
import type { Mistake } from "@/lib/threats/jwt-range/mistakes";

/** Where the naive verifier (./naive.ts) finds a key — from wherever the token says, mistakes permitting. */

type Json = Record<string, unknown>;

export interface Key {
  /** The algorithm the key is meant for. */
  alg: string;
  /** Asymmetric public key, when it is one. */
  publicKey?: crypto.KeyObject;
  /** The bytes an HMAC would use: a secret, or (the confusion) a public key's PEM text. */
  secret?: string | Uint8Array;
  source: string;
  /** One of the naive server's own HMAC keys under two bytes (empty, or one byte). */
  tooShort?: boolean;
  /** The guessable secret of the cracking exercise. */
  weak?: boolean;
}

// The naive server's HMAC keys by kid: the weak word, one read from an environment variable that
// nobody set (so ""), and a one-byte one.
function hmacKeys(keys: RangeKeys): Record<string, Uint8Array> {
  return {
    [WEAK_KID]: new TextEncoder().encode(keys.weakSecret),
    [EMPTY_KID]: new Uint8Array(0),
    [SHORT_KID]: keys.shortKey,
  };
}

function hmacKey(kid: string, secret: Uint8Array, source: string): Key {
  return { alg: "HS256", secret, source, tooShort: secret.length < 2, weak: kid === WEAK_KID };
}

// The "key files" a kid-as-path server would read: lab-only names, never the real key store.
const KEY_DIR = "/range/keys";

function algOfJwk(jwk: Json): string {
  if (typeof jwk.alg === "string") return jwk.alg;
  return jwk.kty === "OKP" ? "EdDSA" : jwk.kty === "EC" ? "ES256" : "RS256";
}

function publicKeyOf(jwk: unknown): crypto.KeyObject | null {
  try {
    // Only the public members: a jwk carrying a private part is still read as its public key.
    const { kty, crv, x, y, n, e } = jwk as crypto.JsonWebKey;
    return crypto.createPublicKey({ key: { kty, crv, x, y, n, e }, format: "jwk" });
  } catch {
    return null;
  }
}

/** The header's own key: `trust_jwk` takes a public one; `jwk_without_alg` lets its type decide. */
function embeddedKey(header: Json, on: ReadonlySet<Mistake>): Key | string | null {
  const jwk = header.jwk as Json;
  const publicKey = publicKeyOf(jwk);
  if (on.has("trust_jwk") && publicKey !== null) {
    return { alg: algOfJwk(jwk), publicKey, source: "trust_jwk" };
  }
  // Neither the header nor the key names an algorithm, so the key's type picks one — and the key
  // is the token's own: a secret ("oct") key makes it an HMAC keyed by whoever made the token.
  if (on.has("jwk_without_alg") && header.alg === undefined && jwk.alg === undefined) {
    if (jwk.kty === "oct" && typeof jwk.k === "string") {
      return { alg: "HS256", secret: Buffer.from(jwk.k, "base64url"), source: "jwk_without_alg" };
    }
    if (publicKey !== null) return { alg: algOfJwk(jwk), publicKey, source: "jwk_without_alg" };
  }
  return on.has("trust_jwk") ? "embedded_jwk_unreadable" : null;
}

function jkuKey(header: Json, keys: RangeKeys, ownOrigins: string[]): Key | string {
  // A naive server fetches whatever URL the token names. This range fetches nothing: it knows
  // one key set, the attacker's, served by itself, and refuses to pretend about any other URL.
  let url: URL | null = null;
  try {
    url = new URL(String(header.jku));
  } catch {}
  if (url === null || url.pathname !== ATTACKER_JWKS_PATH || !ownOrigins.includes(url.origin)) {
    return "jku_outside_range";
  }
  const jwk = keys.attacker.publicJwk;
  if (header.kid !== undefined && header.kid !== jwk.kid) return "unknown_kid";
  return { alg: "ES256", publicKey: publicKeyOf(jwk)!, source: "trust_jku" };
}

function keyFile(kid: string, keys: RangeKeys): Key | string {
  // The bug: readFileSync(KEY_DIR + "/" + kid). "../" walks out of the directory.
  const file = path.posix.resolve(KEY_DIR, kid);
  const source = file.startsWith(`${KEY_DIR}/`) ? "kid_lookup" : "kid_as_path";
  if (file === "/dev/null") return { alg: "HS256", secret: "", source };
  if (file === `${KEY_DIR}/${RANGE_KID}`) {
    const pem = keys.signing.publicPem;
    return { alg: "EdDSA", publicKey: crypto.createPublicKey(pem), secret: pem, source };
  }
  const secret = hmacKeys(keys)[path.posix.basename(file)];
  if (secret === undefined || path.posix.dirname(file) !== KEY_DIR) return "no_such_key_file";
  return hmacKey(path.posix.basename(file), secret, source);
}

/** The key the naive server picks for a token with `header`, or why it found none. */
export async function pickKey(
  header: Json,
  on: ReadonlySet<Mistake>,
  ownOrigins: string[],
): Promise<Key | string> {
  const keys = await getRangeKeys();
  if (header.jwk !== undefined) {
    const embedded = embeddedKey(header, on);
    if (embedded !== null) return embedded;
  }
  if (on.has("trust_jku") && typeof header.jku === "string")
    return jkuKey(header, keys, ownOrigins);
  if (typeof header.kid !== "string") return "no_kid";
  if (on.has("kid_as_path")) return keyFile(header.kid, keys);
  if (header.kid === RANGE_KID) {
    const pem = keys.signing.publicPem;
    // What `verify(token, publicKeyPem)` hands an HMAC when the header says HS256.
    return {
      alg: "EdDSA",
      publicKey: crypto.createPublicKey(pem),
      secret: pem,
      source: "kid_lookup",
    };
  }
  const secret = Object.hasOwn(hmacKeys(keys), header.kid) ? hmacKeys(keys)[header.kid] : undefined;
  return secret === undefined ? "unknown_kid" : hmacKey(header.kid, secret, "kid_lookup");
}

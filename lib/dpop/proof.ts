import { base64url, SignJWT, type JWK } from "jose";

/**
 * Making a DPoP proof (RFC 9449 §4.2), the client's half: a JWT signed with the client's own
 * key, its public half in the header, naming one request. Runs in the browser (WebCrypto, the key
 * non-extractable) and in tests alike — the server's checks are in lib/auth/jwt/dpop.ts.
 */

export interface DpopProofInput {
  /** The private key: a non-extractable CryptoKey in the browser. */
  privateKey: CryptoKey;
  /** Its public half, as a JWK (only kty, crv, x, y travel). */
  publicJwk: JWK;
  htm: string;
  htu: string;
  /** The access token this request carries (resource requests): its hash becomes `ath`. */
  accessToken?: string;
  nonce?: string;
  /** Overrides, for the lessons (and tests) that show what the server refuses. */
  iat?: number;
  jti?: string;
}

/** `ath`: base64url(SHA-256(token)) with WebCrypto, available in browsers and Node alike. */
export async function accessTokenThumb(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return base64url.encode(new Uint8Array(digest));
}

/** A fresh proof for one request. */
export async function createDpopProof(input: DpopProofInput): Promise<string> {
  const { kty, crv, x, y } = input.publicJwk;
  const claims: Record<string, string> = { htm: input.htm, htu: input.htu };
  if (input.accessToken !== undefined) claims.ath = await accessTokenThumb(input.accessToken);
  if (input.nonce !== undefined) claims.nonce = input.nonce;
  return new SignJWT(claims)
    .setProtectedHeader({ typ: "dpop+jwt", alg: "ES256", jwk: { kty, crv, x, y } })
    .setJti(input.jti ?? crypto.randomUUID())
    .setIssuedAt(input.iat ?? Math.floor(Date.now() / 1000))
    .sign(input.privateKey);
}

/** A new ES256 key pair whose private half can never be exported (the browser keeps it). */
export async function generateDpopKeyPair(): Promise<{
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
}> {
  const pair = (await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, [
    "sign",
    "verify",
  ])) as CryptoKeyPair;
  const publicJwk = (await crypto.subtle.exportKey("jwk", pair.publicKey)) as JWK;
  return { privateKey: pair.privateKey, publicKey: pair.publicKey, publicJwk };
}

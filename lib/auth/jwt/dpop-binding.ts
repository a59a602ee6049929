import "server-only";
import crypto from "node:crypto";
import type { JWK } from "jose";

/**
 * The two hashes that bind DPoP together (RFC 9449): the access token names its key by the key's
 * thumbprint (`cnf.jkt`), and each proof names the token it travels with by the token's hash
 * (`ath`). A copied token is useless without the key; a proof is useless with any other token.
 */

/**
 * RFC 9449 §7.1: a token bound to a key (`cnf.jkt`) is no Bearer token — it travels only with a
 * proof by that key. The JWT area's check and the attack range's real verifier both apply it.
 */
export function isBoundToKey(claims: { cnf?: unknown }): boolean {
  const { cnf } = claims;
  return typeof cnf === "object" && cnf !== null && "jkt" in cnf;
}

/** `ath`: base64url(SHA-256(the access token's ASCII bytes)), RFC 9449 §4.2. */
export function accessTokenHash(token: string): string {
  return crypto.createHash("sha256").update(token, "ascii").digest("base64url");
}

/** RFC 7638: SHA-256 over the required members in lexicographic order, no whitespace. */
export function thumbprintOf(jwk: JWK): string {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return crypto.createHash("sha256").update(canonical).digest("base64url");
}

import "server-only";
import crypto from "node:crypto";
import {
  decodeProtectedHeader,
  errors,
  importJWK,
  jwtVerify,
  type JWK,
  type JWTPayload,
} from "jose";
import { config } from "@/config";
import { isCurrentDpopNonce } from "@/lib/auth/jwt/dpop-nonce";
import { readCompactToken, type CompactShapeFailure } from "@/ground/compact-token";
import { processMemo } from "@/ground/memo";
import { haveSaneTimeClaims, isNumericDate } from "@/ground/numeric-date";
import { hashToken } from "@/ground/tokens";

/**
 * DPoP (RFC 9449): proof that the sender holds the private key a token is bound to. Every request
 * carries a fresh proof — a small JWT signed by the client's own key, naming this method and URL,
 * with the key's public half in its header — and the access token names that key's thumbprint
 * (`cnf.jkt`). A copied token without the key is useless; a copied proof is good for one request.
 * The checks follow §4.3 in order; the replay check (`jti`) comes last, so that a proof refused
 * for any other reason never takes a place in the cache.
 */

export const DPOP_PROOF_TYPE = "dpop+jwt";

/** Why a proof was refused: RFC 9449's error (for WWW-Authenticate) and our precise reason. */
export type DpopReason =
  | "proof_missing"
  | "proof_malformed"
  | "proof_not_canonical"
  | "proof_too_large"
  | "typ_invalid"
  | "alg_not_allowed"
  | "jwk_invalid"
  | "signature_invalid"
  | "claims_invalid"
  | "htm_mismatch"
  | "htu_mismatch"
  | "iat_stale"
  | "ath_missing"
  | "ath_mismatch"
  | "jkt_mismatch"
  | "jti_reused"
  | "nonce_missing"
  | "nonce_stale";

export type DpopFailure = {
  ok: false;
  error: "invalid_dpop_proof" | "use_dpop_nonce";
  reason: DpopReason;
};

export interface DpopProofClaims extends JWTPayload {
  jti: string;
  htm: string;
  htu: string;
  iat: number;
  ath?: string;
  nonce?: string;
}

export type DpopVerification =
  { ok: true; jkt: string; jwk: JWK; claims: DpopProofClaims; cached?: boolean } | DpopFailure;

export interface DpopRequest {
  /** The `DPoP` header's value (null when absent). */
  proof: string | null;
  method: string;
  /** The request's URL as the client addressed it (scheme, host, path). */
  url: string;
  /** The access token presented with the proof (resource requests): its hash must be `ath`. */
  accessToken?: string;
  /** The thumbprint the token or refresh family is bound to. */
  expectedJkt?: string;
  now?: number;
}

export interface DpopPolicy {
  nonceRequired: boolean;
  /** Records the proof's jti as used (the configured store's replay cache); false if it was. */
  claimOnce: (key: string, expiresAt: number, now: number) => Promise<boolean>;
}

const SHAPE_REASONS: Record<CompactShapeFailure, DpopReason> = {
  token_too_large: "proof_too_large",
  token_malformed: "proof_malformed",
  token_not_canonical: "proof_not_canonical",
};

const invalid = (reason: DpopReason): DpopFailure => ({
  ok: false,
  error: "invalid_dpop_proof",
  reason,
});

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

/** `htu` without its query and fragment, normalised by the URL parser (RFC 9449 §4.3 step 9). */
function targetOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return null;
  }
}

/**
 * A public P-256 key and nothing else: a private part (`d`) in a proof would be a leak, and a key
 * naming another algorithm than the header's (`alg` inside the jwk) is a confusion, not a choice.
 */
function isPublicEcKey(jwk: unknown, alg: string): jwk is JWK {
  if (typeof jwk !== "object" || jwk === null) return false;
  const key = jwk as Record<string, unknown>;
  return (
    key.kty === "EC" &&
    key.crv === "P-256" &&
    typeof key.x === "string" &&
    typeof key.y === "string" &&
    !("d" in key) &&
    (key.alg === undefined || key.alg === alg)
  );
}

function isProofClaims(payload: JWTPayload): payload is DpopProofClaims {
  const { jti, htm, htu, iat, ath, nonce } = payload as Record<string, unknown>;
  return (
    typeof jti === "string" &&
    jti.length >= 16 &&
    jti.length <= 128 &&
    typeof htm === "string" &&
    typeof htu === "string" &&
    isNumericDate(iat) &&
    haveSaneTimeClaims(payload) &&
    (ath === undefined || typeof ath === "string") &&
    (nonce === undefined || typeof nonce === "string")
  );
}

/** RFC 7638: SHA-256 over the required members in lexicographic order, no whitespace. */
function thumbprintOf(jwk: JWK): string {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return crypto.createHash("sha256").update(canonical).digest("base64url");
}

// A browser signs every proof with one key: import it (and hash it) once, not per request. An
// imported public key is no credential; it only saves work the next proof would repeat.
const importedKeys = processMemo<{ key: Awaited<ReturnType<typeof importJWK>>; jkt: string }>(
  "dpop-keys",
  10_000,
);

async function importProofKey(jwk: JWK, alg: string) {
  // JSON, not a joined string: two different keys can never share one entry.
  const id = JSON.stringify([alg, jwk.x, jwk.y]);
  const now = Date.now();
  const held = importedKeys.get(id, now);
  if (held !== undefined) return held;
  const imported = { key: await importJWK(jwk, alg), jkt: thumbprintOf(jwk) };
  importedKeys.set(id, imported, now + 60 * 60 * 1000);
  return imported;
}

/** The header checks and the signature with the embedded key. */
async function verifySignature(
  proof: string,
): Promise<{ ok: true; jwk: JWK; jkt: string; payload: JWTPayload } | DpopFailure> {
  let header;
  try {
    header = decodeProtectedHeader(proof);
  } catch {
    return invalid("proof_malformed");
  }
  if (header.typ !== DPOP_PROOF_TYPE) return invalid("typ_invalid");
  const algorithms: readonly string[] = config.dpop.algorithms;
  if (typeof header.alg !== "string" || !algorithms.includes(header.alg)) {
    return invalid("alg_not_allowed");
  }
  if (!isPublicEcKey(header.jwk, header.alg)) return invalid("jwk_invalid");
  try {
    const { key, jkt } = await importProofKey(header.jwk, header.alg);
    // No time rules here: iat is judged below with the proof's own, much shorter window.
    const { payload } = await jwtVerify(proof, key, {
      algorithms: [...algorithms],
      typ: DPOP_PROOF_TYPE,
    });
    return { ok: true, jwk: header.jwk, jkt, payload };
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) return invalid("signature_invalid");
    if (error instanceof errors.JOSEError && error.code === "ERR_JWK_INVALID") {
      return invalid("jwk_invalid");
    }
    return invalid("proof_malformed");
  }
}

/**
 * Checks a DPoP proof for one request (RFC 9449 §4.3, and §7.1's `ath` for resource requests).
 * Never throws: whatever the bytes, a failure is an error and a reason.
 */
export async function verifyDpopProof(
  request: DpopRequest,
  policy: DpopPolicy,
): Promise<DpopVerification> {
  const { proof, method, url, accessToken, expectedJkt, now = Date.now() } = request;
  if (proof === null || proof === "") return invalid("proof_missing");
  // One proof, one compact JWS in its one spelling (two DPoP headers arrive joined by a comma).
  const shape = readCompactToken(proof, { kinds: ["jws"], maxBytes: config.dpop.maxProofBytes });
  if (!shape.ok) return invalid(SHAPE_REASONS[shape.reason]);
  const signed = await verifySignature(proof);
  if (!signed.ok) return signed;
  const { jwk, jkt, payload } = signed;
  if (!isProofClaims(payload)) return invalid("claims_invalid");
  if (payload.htm !== method) return invalid("htm_mismatch");
  const target = targetOf(url);
  if (target === null || targetOf(payload.htu) !== target) return invalid("htu_mismatch");
  const at = now / 1000;
  const { proofMaxAgeSeconds, clockToleranceSeconds } = config.dpop;
  if (at - payload.iat > proofMaxAgeSeconds || payload.iat - at > clockToleranceSeconds) {
    return invalid("iat_stale");
  }
  if (policy.nonceRequired) {
    if (payload.nonce === undefined)
      return { ok: false, error: "use_dpop_nonce", reason: "nonce_missing" };
    if (!isCurrentDpopNonce(payload.nonce, now)) {
      return { ok: false, error: "use_dpop_nonce", reason: "nonce_stale" };
    }
  }
  if (accessToken !== undefined) {
    if (payload.ath === undefined) return invalid("ath_missing");
    if (payload.ath !== accessTokenHash(accessToken)) return invalid("ath_mismatch");
  }
  if (expectedJkt !== undefined && jkt !== expectedJkt) return invalid("jkt_mismatch");
  // Held for as long as the proof could pass the iat rule above, and not a moment longer.
  const until = (payload.iat + proofMaxAgeSeconds + clockToleranceSeconds) * 1000 + 1000;
  const key = hashToken(`dpop:${jkt}:${payload.jti}`);
  if (!(await policy.claimOnce(key, until, now))) return invalid("jti_reused");
  return { ok: true, jkt, jwk, claims: payload };
}

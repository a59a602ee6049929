import "server-only";
import type { JWK, JWTPayload } from "jose";
import { config } from "@/config";
import { accessTokenHash } from "@/lib/auth/jwt/dpop-binding";
import { isCurrentDpopNonce } from "@/lib/auth/jwt/dpop-nonce";
import { verifyProofSignature, type ProofSignatureFailure } from "@/lib/auth/jwt/dpop-signature";
import { readCompactToken, type CompactShapeFailure } from "@/ground/compact-token";
import { haveSaneTimeClaims, isNumericDate } from "@/ground/numeric-date";
import { hashToken } from "@/ground/tokens";

/**
 * DPoP (RFC 9449): proof that the sender holds the private key a token is bound to. Every request
 * carries a fresh proof — a small JWT signed by the client's own key, naming this method and URL,
 * with the key's public half in its header — and the access token names that key's thumbprint
 * (`cnf.jkt`). A copied token without the key is useless; a copied proof is good for one request.
 * The checks follow §4.3 in order; the replay check (`jti`) comes last, so that a proof refused
 * for any other reason never takes a place in the cache. The proof's header and signature are
 * ./dpop-signature.ts, the two hashes that bind token, key and proof ./dpop-binding.ts, nonces
 * ./dpop-nonce.ts, and the current request's proof, checked once, ./dpop-check.ts.
 */

/** Why a proof was refused: RFC 9449's error (for WWW-Authenticate) and our precise reason. */
export type DpopReason =
  | "proof_missing"
  | "proof_malformed"
  | "proof_not_canonical"
  | "proof_too_large"
  | ProofSignatureFailure // the header, the embedded key, the signature: ./dpop-signature.ts
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

/** `htu` without its query and fragment, normalised by the URL parser (RFC 9449 §4.3 step 9). */
function targetOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return null;
  }
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
  const signed = await verifyProofSignature(proof);
  if (!signed.ok) return invalid(signed.reason);
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
  if (!(await claimProofOnce(policy, jkt, payload, now))) return invalid("jti_reused");
  return { ok: true, jkt, jwk, claims: payload };
}

/** The replay check: records the proof's `jti` for its key in the policy's cache; false if it was. */
function claimProofOnce(
  policy: DpopPolicy,
  jkt: string,
  claims: DpopProofClaims,
  now: number,
): Promise<boolean> {
  const { proofMaxAgeSeconds, clockToleranceSeconds } = config.dpop;
  // Held for as long as the proof could pass the iat rule above, and not a moment longer.
  const until = (claims.iat + proofMaxAgeSeconds + clockToleranceSeconds) * 1000 + 1000;
  const key = hashToken(`dpop:${jkt}:${claims.jti}`);
  return policy.claimOnce(key, until, now);
}

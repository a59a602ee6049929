import { decodeJwt, decodeProtectedHeader } from "jose";
import type { JwtAuth } from "@/lib/auth/check/jwt";

/**
 * The inspector's view of a compact JWT and of a DPoP proof: decoded as anyone holding them could
 * (no key), with the signature cut short and this server's verdict beside it.
 */

export interface TokenView {
  bytes: number;
  /** 3 for a signed token (JWS), 5 for an encrypted one (JWE, C28). */
  segmentCount: number;
  segments: { header: number; payload: number; signature: number };
  header: unknown;
  payload: unknown;
  signaturePreview: string;
  verified: boolean;
  reason: string;
}

/**
 * Decodes a compact JWS the way anyone could (no key), with this server's verdict on it (the
 * DAL's: signature, claims and, under a revoking strategy, revocation).
 */
export function tokenView(token: string, verdict: JwtAuth): TokenView {
  const [header = "", payload = "", signature = ""] = token.split(".");
  let decodedHeader: unknown = null;
  let decodedPayload: unknown = null;
  try {
    decodedHeader = decodeProtectedHeader(token);
    decodedPayload = decodeJwt(token);
  } catch {
    // Not decodable: shown as null, and the verification below says why.
  }
  return {
    bytes: token.length,
    segmentCount: token.split(".").length,
    segments: { header: header.length, payload: payload.length, signature: signature.length },
    header: decodedHeader,
    payload: decodedPayload,
    signaturePreview: `${signature.slice(0, 10)}…`,
    verified: verdict.ok,
    reason: verdict.ok ? "ok" : verdict.reason,
  };
}

export interface ProofView {
  header: unknown;
  claims: unknown;
  verified: boolean;
  reason: string;
  /** What checking it cost here (µs): the embedded key's signature, the rules, the jti record. */
  micros: number | null;
}

/** The request's own DPoP proof, decoded (a proof is good for one request: no secret). */
export function proofView(
  proof: string | null,
  micros: number | null,
  verdict: JwtAuth,
): ProofView | null {
  if (proof === null) return null;
  let header: unknown = null;
  let claims: unknown = null;
  try {
    header = decodeProtectedHeader(proof);
    claims = decodeJwt(proof);
  } catch {
    // Not decodable: the verdict says why.
  }
  const reason = verdict.ok ? "ok" : verdict.reason;
  return { header, claims, verified: verdict.ok, reason, micros };
}

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

/** A compact JWS's header and payload as anyone can read them (no key), or nulls. */
function decodedByAnyone(token: string): { header: unknown; payload: unknown } {
  try {
    return { header: decodeProtectedHeader(token), payload: decodeJwt(token) };
  } catch {
    // Not decodable: shown as null, and the server's verdict beside it says why.
    return { header: null, payload: null };
  }
}

/**
 * Decodes a compact JWS the way anyone could (no key), with this server's verdict on it (the
 * DAL's: signature, claims and, under a revoking strategy, revocation).
 */
export function tokenView(token: string, verdict: JwtAuth): TokenView {
  const parts = token.split(".");
  const [header = "", payload = "", signature = ""] = parts;
  const decoded = decodedByAnyone(token);
  return {
    bytes: token.length,
    segmentCount: parts.length,
    segments: { header: header.length, payload: payload.length, signature: signature.length },
    header: decoded.header,
    payload: decoded.payload,
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
  const { header, payload: claims } = decodedByAnyone(proof);
  const reason = verdict.ok ? "ok" : verdict.reason;
  return { header, claims, verified: verdict.ok, reason, micros };
}

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
 * A compact token's header and payload as anyone can read them (no key), each null where it
 * cannot be read — a JWE's header can, its payload cannot; the server's verdict beside them says
 * why.
 */
function decodedByAnyone(token: string): { header: unknown; payload: unknown } {
  return {
    header: orNull(() => decodeProtectedHeader(token)),
    payload: orNull(() => decodeJwt(token)),
  };
}

function orNull<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
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

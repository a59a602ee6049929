import "server-only";
import {
  decodeProtectedHeader,
  errors,
  importJWK,
  jwtVerify,
  type JWK,
  type JWTPayload,
} from "jose";
import { config } from "@/config";
import { thumbprintOf } from "@/lib/auth/jwt/dpop-binding";
import { processMemo } from "@/ground/memo";

/**
 * A DPoP proof's header and signature (RFC 9449 §4.3 steps 4–7): the proof's type, one allowed
 * algorithm, a public key embedded in the header, and a signature by that key. What the proof
 * says about the request is judged after, by ./dpop.ts.
 */

export const DPOP_PROOF_TYPE = "dpop+jwt";

/** Why a proof's header or signature was refused (a part of DpopReason). */
export type ProofSignatureFailure =
  "proof_malformed" | "typ_invalid" | "alg_not_allowed" | "jwk_invalid" | "signature_invalid";

export type ProofSignature =
  | { ok: true; jwk: JWK; jkt: string; payload: JWTPayload }
  | { ok: false; reason: ProofSignatureFailure };

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
export async function verifyProofSignature(proof: string): Promise<ProofSignature> {
  let header;
  try {
    header = decodeProtectedHeader(proof);
  } catch {
    return { ok: false, reason: "proof_malformed" };
  }
  if (header.typ !== DPOP_PROOF_TYPE) return { ok: false, reason: "typ_invalid" };
  const algorithms: readonly string[] = config.dpop.algorithms;
  if (typeof header.alg !== "string" || !algorithms.includes(header.alg)) {
    return { ok: false, reason: "alg_not_allowed" };
  }
  if (!isPublicEcKey(header.jwk, header.alg)) return { ok: false, reason: "jwk_invalid" };
  try {
    const { key, jkt } = await importProofKey(header.jwk, header.alg);
    // No time rules here: iat is judged after (./dpop.ts) with the proof's own, much shorter window.
    const { payload } = await jwtVerify(proof, key, {
      algorithms: [...algorithms],
      typ: DPOP_PROOF_TYPE,
    });
    return { ok: true, jwk: header.jwk, jkt, payload };
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) {
      return { ok: false, reason: "signature_invalid" };
    }
    if (error instanceof errors.JOSEError && error.code === "ERR_JWK_INVALID") {
      return { ok: false, reason: "jwk_invalid" };
    }
    return { ok: false, reason: "proof_malformed" };
  }
}

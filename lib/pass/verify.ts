import { createLocalJWKSet, errors, jwtVerify, type JSONWebKeySet } from "jose";
import { readCompactToken } from "@/ground/compact-token";
import { haveSaneTimeClaims, isNumericDate } from "@/ground/numeric-date";

/**
 * Checking a check-in pass (C30) — the same code on the server's tests and in the door's browser.
 * It needs the issuer's published keys (JWKS), fetched once; after that it needs no network and
 * no database: the signature proves who issued the pass, the claims say for whom and until when.
 */

export const PASS_TYPE = "checkin+jwt";
export const PASS_ISSUER = "session-vs-jwt-lab";
export const PASS_AUDIENCE = "session-vs-jwt-lab:checkin";
/** Only asymmetric algorithms: a door holding an HS256 secret could mint passes itself. */
export const PASS_ALGORITHMS = ["EdDSA", "ES256"];
/** A pass fits a QR code: far smaller than this. */
const MAX_PASS_BYTES = 4096;

export interface PassClaims {
  sub: string;
  name: string;
  evt: string;
  iat: number;
  exp: number;
  jti: string;
}

export type PassCheck =
  { ok: true; claims: PassClaims; kid: string } | { ok: false; reason: string };

function isPassClaims(
  payload: Record<string, unknown>,
): payload is PassClaims & Record<string, unknown> {
  return (
    typeof payload.sub === "string" &&
    typeof payload.name === "string" &&
    typeof payload.evt === "string" &&
    typeof payload.jti === "string" &&
    isNumericDate(payload.iat) &&
    isNumericDate(payload.exp) &&
    haveSaneTimeClaims(payload)
  );
}

/** Verifies a pass against a key set. Never throws: a failure is jose's error code or ours. */
export async function verifyPass(
  token: string,
  jwks: JSONWebKeySet,
  now = Date.now(),
): Promise<PassCheck> {
  // A scanned or pasted pass may end in a newline; past that, the one rule for compact tokens.
  const shape = readCompactToken(token.trim(), { kinds: ["jws"], maxBytes: MAX_PASS_BYTES });
  if (!shape.ok) {
    return {
      ok: false,
      reason: shape.reason === "token_too_large" ? "pass_too_large" : shape.reason,
    };
  }
  try {
    const { payload, protectedHeader } = await jwtVerify(token.trim(), createLocalJWKSet(jwks), {
      algorithms: PASS_ALGORITHMS,
      issuer: PASS_ISSUER,
      audience: PASS_AUDIENCE,
      typ: PASS_TYPE,
      requiredClaims: ["sub", "iat", "exp", "jti"],
      clockTolerance: 5,
      currentDate: new Date(now),
    });
    if (!isPassClaims(payload)) return { ok: false, reason: "claims_invalid" };
    return { ok: true, claims: payload, kid: protectedHeader.kid ?? "" };
  } catch (error) {
    return {
      ok: false,
      reason: error instanceof errors.JOSEError ? error.code : "ERR_JWT_INVALID",
    };
  }
}

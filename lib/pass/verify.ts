import { createLocalJWKSet, errors, jwtVerify, type JSONWebKeySet } from "jose";

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
    typeof payload.jti === "string"
  );
}

/** Verifies a pass against a key set. Never throws: a failure is jose's error code or ours. */
export async function verifyPass(
  token: string,
  jwks: JSONWebKeySet,
  now = Date.now(),
): Promise<PassCheck> {
  if (token.length > 4096) return { ok: false, reason: "pass_too_large" };
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

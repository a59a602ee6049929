import "server-only";
import crypto from "node:crypto";
import {
  decodeJwt,
  decodeProtectedHeader,
  SignJWT,
  type JWTPayload,
  type ProtectedHeaderParameters,
} from "jose";
import { config } from "@/config";
import { encryptToken } from "@/lib/auth/jwt/encryption";
import { getSigningKeys } from "@/lib/auth/jwt/keys";
import { getJwtSettings } from "@/lib/auth/jwt/settings";

/**
 * The JWT anatomy page's pair: one set of claims signed (a JWS, readable by anyone) and the same
 * JWS encrypted whole (a JWE, readable by this server alone) — made by the app's real signing key
 * and its real JWE envelope, on every view. It is an example, never a login: its own `typ` and
 * audience, which the access-token verifier refuses whatever the signature says.
 */

export const EXAMPLE_TOKEN_TYPE = "example+jwt";
export const EXAMPLE_AUDIENCE = `${config.jwt.audience}:example`;
export const EXAMPLE_SUBJECT = "example";

export interface ExampleTokens {
  /** Three segments: header, payload, signature. */
  jws: string;
  /** Five segments: protected header, encrypted key (empty with `dir`), IV, ciphertext, tag. */
  jwe: string;
  jwsHeader: ProtectedHeaderParameters;
  /** Decoded from the JWS's second segment, as anyone holding the token can. */
  payload: JWTPayload;
  jweHeader: ProtectedHeaderParameters;
}

/** Whose name the example carries: the reader's own (logged in) or a made-up visitor's. */
export interface ExampleHolder {
  name: string;
  role: string;
}

/** Signs the example claims with the current key and encrypts the result into a JWE. */
export async function makeExampleTokens(
  holder: ExampleHolder,
  now = Date.now(),
): Promise<ExampleTokens> {
  const { current } = await getSigningKeys();
  const iat = Math.floor(now / 1000);
  const jws = await new SignJWT({ name: holder.name, role: holder.role })
    .setProtectedHeader({ alg: current.alg, typ: EXAMPLE_TOKEN_TYPE, kid: current.kid })
    .setIssuer(config.jwt.issuer)
    .setAudience(EXAMPLE_AUDIENCE)
    .setSubject(EXAMPLE_SUBJECT)
    .setIssuedAt(iat)
    .setExpirationTime(iat + (await getJwtSettings()).accessTtlSeconds)
    .setJti(crypto.randomUUID())
    .sign(current.privateKey);
  const jwe = await encryptToken(jws);
  return {
    jws,
    jwe,
    jwsHeader: decodeProtectedHeader(jws),
    payload: decodeJwt(jws),
    jweHeader: decodeProtectedHeader(jwe),
  };
}

import "server-only";
import crypto, { type KeyObject } from "node:crypto";
import { CompactSign } from "jose";
import { ACCESS_TOKEN_TYPE } from "@/lib/auth/jwt/tokens";
import { PASS_TYPE } from "@/lib/pass/verify";
import {
  claimsText,
  CRITICAL_EXTENSION,
  rangeAccessClaims,
  TOY_USER,
} from "@/lib/threats/jwt-range/issue";
import {
  getRangeKeys,
  RANGE_AUDIENCE,
  RANGE_ISSUER,
  RANGE_PASS_AUDIENCE,
  SHORT_KID,
} from "@/lib/threats/jwt-range/keys";
import type { IssuedKind, RangeMaterial } from "@/lib/threats/jwt-range/recipe";

/**
 * What the library matrix attacks with: the attack range's own recipes and keys, but for the
 * signing key, which is the matrix's own. The range signs with Ed25519, which not every library verifies (jsonwebtoken and
 * jwt-simple do not), so here the genuine tokens are RS256 — the algorithm every library knows,
 * and the one the classic algorithm-confusion attack (the RSA public key used as an HMAC secret)
 * was found on.
 */

const MATRIX_ALG = "RS256";
const MATRIX_KID = "matrix-rs256";

/** The claims a verifier must hold a token of each target to. */
export interface Expectation {
  issuer: string;
  audience: string;
  typ: string;
}

export const EXPECT = {
  access: { issuer: RANGE_ISSUER, audience: RANGE_AUDIENCE, typ: ACCESS_TOKEN_TYPE },
  pass: { issuer: RANGE_ISSUER, audience: RANGE_PASS_AUDIENCE, typ: PASS_TYPE },
} as const satisfies Record<string, Expectation>;

/** The one public key every library is given, in the forms their quick-starts ask for. */
export interface VerifyingKey {
  pem: string;
  keyObject: KeyObject;
}

export interface MatrixMaterial {
  material: RangeMaterial;
  key: VerifyingKey;
}

const MINUTE = 60;

export async function matrixMaterial(now = Date.now()): Promise<MatrixMaterial> {
  const signing = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  const pem = signing.publicKey.export({ type: "spki", format: "pem" }).toString();
  // The attacker's key pair, the published encryption key and the one-byte HMAC key: the range's.
  const range = await getRangeKeys();
  const sign = (header: Record<string, unknown>, text: string, key: KeyObject | Uint8Array) =>
    new CompactSign(new TextEncoder().encode(text))
      .setProtectedHeader({ alg: MATRIX_ALG, ...header })
      .sign(key, header.crit ? { crit: { [CRITICAL_EXTENSION]: true } } : undefined);

  const issue = async (kind: IssuedKind): Promise<string> => {
    const header = { typ: ACCESS_TOKEN_TYPE, kid: MATRIX_KID };
    if (kind === "pass") {
      const at = Math.floor(now / 1000);
      const claims = {
        name: TOY_USER.name,
        evt: "range-demo",
        iss: RANGE_ISSUER,
        aud: RANGE_PASS_AUDIENCE,
        sub: TOY_USER.sub,
        iat: at,
        exp: at + 60 * MINUTE,
        jti: crypto.randomUUID(),
      };
      return sign({ typ: PASS_TYPE, kid: MATRIX_KID }, JSON.stringify(claims), signing.privateKey);
    }
    const text = claimsText(kind, rangeAccessClaims(kind, now));
    if (kind === "short_key")
      return sign({ ...header, alg: "HS256", kid: SHORT_KID }, text, range.shortKey);
    const crit = kind === "crit" ? { crit: [CRITICAL_EXTENSION], [CRITICAL_EXTENSION]: true } : {};
    return sign({ ...header, ...crit }, text, signing.privateKey);
  };

  return {
    key: { pem, keyObject: signing.publicKey },
    material: {
      issue,
      publicPem: pem,
      encryptionJwk: range.encryption.publicJwk,
      attacker: { privateJwk: range.attacker.privateJwk, jwksUrl: null },
    },
  };
}

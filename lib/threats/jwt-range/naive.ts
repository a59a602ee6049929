import "server-only";
import crypto from "node:crypto";
import path from "node:path";
import { config } from "@/lib/config";
import { isBoundToKey } from "@/lib/auth/jwt/dpop";
import { ACCESS_TOKEN_TYPE } from "@/lib/auth/jwt/tokens";
import { PASS_AUDIENCE, PASS_ISSUER, PASS_TYPE } from "@/lib/pass/verify";
import { splitToken } from "@/lib/threats/jwt-range/forge";
import {
  ATTACKER_JWKS_PATH,
  getRangeKeys,
  RANGE_AUDIENCE,
  RANGE_KID,
  WEAK_KID,
  type RangeKeys,
} from "@/lib/threats/jwt-range/keys";

/**
 * THE NAIVE VERIFIER — deliberately wrong, for the attack range only. It is hand-written the way
 * real code was before libraries got strict, and makes, one switch each, the mistakes found in
 * the wild. It knows only the range's toy keys, answers only its verdict, and nothing it accepts
 * is ever a credential anywhere: no route but /api/threats/jwt/verify calls it.
 */

export const MISTAKES = [
  "decode_only",
  "trust_alg",
  "trust_jwk",
  "trust_jku",
  "kid_as_path",
  "skip_time",
  "skip_audience",
  "ignore_cnf",
] as const;
export type Mistake = (typeof MISTAKES)[number];
/** What the token was checked as: an access token, or a check-in pass. */
export type RangeTarget = "access" | "pass";

export type NaiveVerdict =
  | { accepted: true; via: string[]; claims: Record<string, unknown> }
  | { accepted: false; reason: string };

interface Key {
  /** The algorithm the key is meant for. */
  alg: string;
  /** Asymmetric public key, when it is one. */
  publicKey?: crypto.KeyObject;
  /** The bytes an HMAC would use: a secret, or (the confusion) a public key's PEM text. */
  text?: string;
  source: string;
}

// The "key files" a kid-as-path server would read: lab-only names, never the real key store.
const KEY_DIR = "/range/keys";
function fakeKeyFiles(keys: RangeKeys): Record<string, string> {
  return {
    [`${KEY_DIR}/${RANGE_KID}`]: keys.signing.publicPem,
    [`${KEY_DIR}/${WEAK_KID}`]: keys.weakSecret,
    "/dev/null": "",
  };
}

function algOfJwk(jwk: Record<string, unknown>): string {
  if (typeof jwk.alg === "string") return jwk.alg;
  return jwk.kty === "OKP" ? "EdDSA" : jwk.kty === "EC" ? "ES256" : "RS256";
}

function publicKeyOf(jwk: unknown): crypto.KeyObject | null {
  try {
    // Only the public members: a jwk carrying a private part is still read as its public key.
    const { kty, crv, x, y, n, e } = jwk as crypto.JsonWebKey;
    return crypto.createPublicKey({ key: { kty, crv, x, y, n, e }, format: "jwk" });
  } catch {
    return null;
  }
}

/** The key the naive server picks — from wherever the token says, mistakes permitting. */
function pickKey(
  header: Record<string, unknown>,
  on: ReadonlySet<Mistake>,
  keys: RangeKeys,
  ownOrigins: string[],
): Key | string {
  if (on.has("trust_jwk") && header.jwk !== undefined) {
    const publicKey = publicKeyOf(header.jwk);
    if (publicKey === null) return "embedded_jwk_unreadable";
    return { alg: algOfJwk(header.jwk as Record<string, unknown>), publicKey, source: "trust_jwk" };
  }
  if (on.has("trust_jku") && typeof header.jku === "string") {
    // A naive server fetches whatever URL the token names. This range fetches nothing: it knows
    // one key set, the attacker's, served by itself, and refuses to pretend about any other URL.
    let url: URL | null = null;
    try {
      url = new URL(header.jku);
    } catch {}
    if (url === null || url.pathname !== ATTACKER_JWKS_PATH || !ownOrigins.includes(url.origin)) {
      return "jku_outside_range";
    }
    const jwk = keys.attacker.publicJwk;
    if (header.kid !== undefined && header.kid !== jwk.kid) return "unknown_kid";
    return { alg: "ES256", publicKey: publicKeyOf(jwk)!, source: "trust_jku" };
  }
  if (typeof header.kid !== "string") return "no_kid";
  if (on.has("kid_as_path")) {
    // The bug: readFileSync(KEY_DIR + "/" + kid). "../" walks out of the directory.
    const file = path.posix.resolve(KEY_DIR, header.kid);
    const content = fakeKeyFiles(keys)[file];
    if (content === undefined) return "no_such_key_file";
    const source = file.startsWith(`${KEY_DIR}/`) ? "kid_lookup" : "kid_as_path";
    return content.startsWith("-----BEGIN PUBLIC KEY")
      ? { alg: "EdDSA", publicKey: crypto.createPublicKey(content), text: content, source }
      : { alg: "HS256", text: content, source };
  }
  if (header.kid === RANGE_KID) {
    return {
      alg: "EdDSA",
      publicKey: crypto.createPublicKey(keys.signing.publicPem),
      // What `verify(token, publicKeyPem)` hands an HMAC when the header says HS256.
      text: keys.signing.publicPem,
      source: "kid_lookup",
    };
  }
  if (header.kid === WEAK_KID) return { alg: "HS256", text: keys.weakSecret, source: "kid_lookup" };
  return "unknown_kid";
}

const HMAC: Record<string, string> = { HS256: "sha256", HS384: "sha384", HS512: "sha512" };

function signatureHolds(alg: string, key: Key, input: string, signature: Buffer): boolean | null {
  const data = Buffer.from(input);
  if (HMAC[alg] !== undefined) {
    const expected = crypto
      .createHmac(HMAC[alg], key.text ?? "")
      .update(data)
      .digest();
    return expected.length === signature.length && crypto.timingSafeEqual(expected, signature);
  }
  if (key.publicKey === undefined) return false;
  if (alg === "EdDSA") return crypto.verify(null, data, key.publicKey, signature);
  if (alg === "ES256") {
    return crypto.verify(
      "sha256",
      data,
      { key: key.publicKey, dsaEncoding: "ieee-p1363" },
      signature,
    );
  }
  if (alg === "RS256") return crypto.verify("sha256", data, key.publicKey, signature);
  return null;
}

function claimsProblem(
  claims: Record<string, unknown>,
  header: Record<string, unknown>,
  on: ReadonlySet<Mistake>,
  target: RangeTarget,
  now: number,
): string | null {
  const at = now / 1000;
  if (!on.has("skip_time")) {
    if (typeof claims.exp !== "number" || claims.exp <= at) return "expired";
    if (typeof claims.nbf === "number" && claims.nbf > at) return "not_yet_valid";
  }
  if (!on.has("skip_audience")) {
    const want =
      target === "pass"
        ? { typ: PASS_TYPE, iss: PASS_ISSUER, aud: PASS_AUDIENCE }
        : { typ: ACCESS_TOKEN_TYPE, iss: config.jwt.issuer, aud: RANGE_AUDIENCE };
    if (header.typ !== want.typ) return "wrong_type";
    if (claims.iss !== want.iss) return "wrong_issuer";
    if (claims.aud !== want.aud) return "wrong_audience";
  }
  return null;
}

/** What the naive verifier, with the mistakes `on`, says about `token`. */
export async function naiveVerify(
  token: string,
  on: ReadonlySet<Mistake>,
  target: RangeTarget,
  ownOrigins: string[],
  now = Date.now(),
): Promise<NaiveVerdict> {
  if (token.length > config.limits.maxJwtBytes) return { accepted: false, reason: "too_large" };
  const parts = splitToken(token);
  if (parts === null) return { accepted: false, reason: "malformed" };
  const { header, payload: claims, signature } = parts;
  // The signature covers the bytes as sent, not a re-encoding of what they decode to.
  const input = token.trim().split(".", 2).join(".");
  const refusal = await refusalOf(header, claims, input, signature, on, target, ownOrigins, now);
  if (typeof refusal !== "string") return { accepted: true, via: refusal, claims };
  // "The middleware that only decodes": whatever a verifier would have said, it reads the claims.
  if (on.has("decode_only")) return { accepted: true, via: ["decode_only"], claims };
  return { accepted: false, reason: refusal };
}

/** The mistakes the token needed to pass (an array), or why it did not pass. */
async function refusalOf(
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  input: string,
  signature: string,
  on: ReadonlySet<Mistake>,
  target: RangeTarget,
  ownOrigins: string[],
  now: number,
): Promise<string[] | string> {
  const via: string[] = [];
  const alg = typeof header.alg === "string" ? header.alg : "";
  if (alg.toLowerCase() === "none") {
    if (!on.has("trust_alg")) return "alg_not_expected";
    via.push("trust_alg");
  } else {
    const key = pickKey(header, on, await getRangeKeys(), ownOrigins);
    if (typeof key === "string") return key;
    if (key.source !== "kid_lookup") via.push(key.source);
    if (alg !== key.alg) {
      if (!on.has("trust_alg")) return "alg_not_expected";
      via.push("trust_alg");
    }
    const holds = signatureHolds(alg, key, input, Buffer.from(signature, "base64url"));
    if (holds === null) return "alg_unsupported";
    if (!holds) return "signature_invalid";
    if (header.kid === WEAK_KID) via.push("weak_secret");
  }
  const problem = claimsProblem(claims, header, new Set(), target, now);
  if (problem !== null) {
    const skippedBy: Mistake = ["expired", "not_yet_valid"].includes(problem)
      ? "skip_time"
      : "skip_audience";
    if (!on.has(skippedBy)) return problem;
    via.push(skippedBy);
    const other = claimsProblem(claims, header, new Set([skippedBy]), target, now);
    if (other !== null) {
      const second: Mistake = skippedBy === "skip_time" ? "skip_audience" : "skip_time";
      if (!on.has(second)) return other;
      via.push(second);
    }
  }
  // A token bound to a DPoP key (cnf.jkt) needs a proof by that key; this one came without.
  if (isBoundToKey(claims)) {
    if (!on.has("ignore_cnf")) return "bound_to_a_key";
    via.push("ignore_cnf");
  }
  return via;
}

/**
 * The one line of configuration or code that stops each attack of the range (/threats/jwt):
 * for each mistake the naive verifier can make, and for each refusal of the real one.
 */

export const MISTAKE_LABEL: Record<string, string> = {
  decode_only: "decodes without verifying",
  trust_alg: "trusts the header's alg",
  trust_jwk: "trusts an embedded jwk",
  trust_jku: "fetches keys from the token's jku",
  kid_as_path: "uses kid as a file path",
  skip_time: "does not check exp / nbf",
  skip_audience: "does not check aud / iss / typ",
  ignore_cnf: "ignores cnf (a key-bound token taken as Bearer)",
  weak_secret: "signs with a guessable HMAC secret",
};

export const MISTAKE_DEFENCE: Record<string, string> = {
  decode_only: "Decide only on a verified token: jwtVerify, never decodeJwt.",
  trust_alg: "Pin one algorithm per key: algorithms: ['EdDSA'].",
  trust_jwk: "Find keys only by kid in your own key set; a header's jwk is never a key.",
  trust_jku: "Never fetch keys from a URL the token names (jku, x5u); use your own JWKS.",
  kid_as_path: "kid is a key into a map you own, never a path; an unknown kid is invalid.",
  skip_time: "Let the library check exp and nbf (jose does), with a small clockTolerance.",
  skip_audience: "Require audience, issuer and typ: an access token is not a pass, and back.",
  ignore_cnf:
    "A token with cnf.jkt travels only with a DPoP proof by that key (RFC 9449 §7.1): never as Bearer.",
  weak_secret: "HMAC secrets of ≥ 256 random bits (crypto.randomBytes(32)): 2²⁵⁶ guesses.",
};

/** What the real verifier's refusal means, by jose's error code (or the app's own). */
export const REFUSAL_MEANING: Record<string, string> = {
  ERR_JOSE_ALG_NOT_ALLOWED: "the header's alg is not the one this key is pinned to",
  ERR_JWKS_NO_MATCHING_KEY: "no key with this kid in the verifier's own key set",
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: "the signature does not match the header and payload",
  ERR_JWS_INVALID: "not a well-formed signed token",
  ERR_JWT_INVALID: "not a well-formed JWT",
  ERR_JWT_EXPIRED: "its exp (or maximum age) has passed",
  ERR_JWT_CLAIM_VALIDATION_FAILED: "a claim is wrong: nbf in the future, aud, iss or typ",
  claims_invalid: "the claims are not an access token's",
  claims_missing: "a required claim is missing",
  dpop_bound_token:
    "bound to a DPoP key (cnf.jkt): it needs a proof by that key, and the thief has none",
  secret_too_weak: "the app refuses to start with an HMAC secret under 256 random bits",
  token_too_large: "larger than any token the app issues",
};

/** The naive verifier's own refusals. */
export const NAIVE_REFUSAL_MEANING: Record<string, string> = {
  malformed: "not three base64url JSON segments",
  too_large: "too large",
  alg_not_expected: "the header's alg is not the key's (with 'trusts the header's alg' off)",
  alg_unsupported: "an algorithm it does not implement",
  signature_invalid: "the signature does not match",
  unknown_kid: "no key with this kid",
  no_kid: "no kid to find a key by",
  no_such_key_file: "no key file by that name",
  embedded_jwk_unreadable: "the embedded jwk is not a public key",
  jku_outside_range:
    "a naive server would fetch that URL; this range fetches nothing but its own attacker key set",
  expired: "exp has passed",
  not_yet_valid: "nbf is in the future",
  wrong_type: "typ is not the one expected",
  wrong_issuer: "iss is not the one expected",
  wrong_audience: "aud is not the one expected",
  bound_to_a_key: "cnf.jkt binds it to a key, and no proof by that key came with it",
};

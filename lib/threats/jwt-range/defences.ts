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
  trust_decryption: "trusts whatever decrypts (a JWE where a JWS is expected)",
  accept_json: "accepts the JSON serialization, and reads the claims from another copy",
  jwk_without_alg: "lets a header jwk with no alg pick the algorithm",
  short_hmac_key: "uses an HMAC key of any length, even empty",
  ignore_crit: "ignores crit (extensions it must understand)",
  no_size_limit: "splits and decodes a token of any size",
  unbounded_p2c: "runs as many PBES2 rounds (p2c) as the token asks",
  loose_numbers: "takes any JSON number as a time (Infinity, fractions)",
  lenient_base64: "decodes base64url leniently (padding, stray bits)",
  memo_by_signature: "remembers verified tokens by their signature alone",
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
  trust_decryption:
    "Decrypting proves nothing about who wrote it: allow one key-management algorithm (keyManagementAlgorithms: ['dir']) with a key only you hold, and verify the JWS inside.",
  accept_json:
    "Accept the compact serialization only (jwtVerify does), and read the claims from what was verified.",
  jwk_without_alg:
    "Never take a key from the token; pin the algorithm yourself (algorithms: ['EdDSA']): no alg, no token.",
  short_hmac_key:
    "HMAC keys of ≥ 256 random bits, checked at start-up: an empty or one-byte key is a broken configuration, not a key.",
  ignore_crit: "Refuse a crit extension you do not implement (RFC 7515 §4.1.11; jose does).",
  no_size_limit: "Check the length and count the dots before splitting or decoding anything.",
  unbounded_p2c:
    "No PBES2 for tokens (allow-list keyManagementAlgorithms), and a cap on p2c (jose: maxPBES2Count, 10,000).",
  loose_numbers:
    "Every numeric claim a finite integer in a sane range: Number.isSafeInteger(exp), never just typeof.",
  lenient_base64:
    "One spelling per token: canonical base64url only — no padding, no stray characters, no stray bits.",
  memo_by_signature:
    "Key a verification memo on the whole token (or its hash), never on a part of it.",
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
  claims_invalid:
    "the claims are not an access token's: every time a finite whole number of seconds, in order, and the rest of the right type",
  claims_missing: "a required claim is missing",
  dpop_bound_token:
    "bound to a DPoP key (cnf.jkt): it needs a proof by that key, and the thief has none",
  key_too_weak:
    "the key that would verify it is an HMAC secret under 256 bits: the app's verifier refuses to use it, and its key set to hold it",
  token_malformed:
    "not shaped like a compact token (three or five base64url parts): refused before any decoding",
  token_not_canonical:
    "a segment is spelled in a way the app never writes (padding, stray characters or bits): one token, one spelling",
  token_too_large:
    "larger than any token the app issues: refused by its length, before any decoding",
  ERR_JOSE_NOT_SUPPORTED:
    "a crit extension this verifier does not implement: refused, as RFC 7515 requires",
  ERR_JWE_INVALID: "not a well-formed encrypted token",
  ERR_JWE_DECRYPTION_FAILED: "it does not decrypt with the server's key",
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
  not_compact: "only the compact serialization (header.payload.signature) is accepted",
  not_canonical: "a segment is not in canonical base64url (padding, stray characters or bits)",
  crit_not_understood: "crit names an extension it does not implement",
  hmac_key_too_short: "its configured HMAC key is empty or one byte: it refuses to use it",
  p2c_too_large: "p2c is above the cap of 10,000 PBKDF2 rounds",
  pbes2_stopped:
    "it began the PBKDF2 rounds the token asked for; the range stopped it after a timed sample",
  undecryptable: "it does not decrypt with the range's encryption key",
  inner_not_signed: "what the JWE holds is not a signed token",
  number_not_an_integer: "a numeric claim is not a finite integer in a sane range",
};

/**
 * The one line of configuration or code that stops each attack of the range (/threats/jwt), for
 * each mistake the naive verifier can make. (What each mistake and each refusal means, in words,
 * is in the messages: jwtRange.mistakes, jwtRange.refusals, jwtRange.naiveRefusals.)
 */

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

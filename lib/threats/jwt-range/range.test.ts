import { describe, expect, it } from "vitest";
import { validateAccessToken } from "@/lib/auth/jwt/validation";
import { verifyPass } from "@/lib/pass/verify";
import { publicJwks } from "@/lib/auth/jwt/keys";
import { ATTACKS, type RangeMaterial } from "@/lib/threats/jwt-range/attacks";
import {
  crackHs256,
  hs256,
  joinToken,
  signingInput,
  splitToken,
} from "@/lib/threats/jwt-range/forge";
import { issueRangeToken, RANGE_TOKEN_KINDS } from "@/lib/threats/jwt-range/issue";
import { ATTACKER_JWKS_PATH, CRACK_WORDS, getRangeKeys } from "@/lib/threats/jwt-range/keys";
import { MISTAKES, naiveVerify, type Mistake } from "@/lib/threats/jwt-range/naive";
import { realVerify } from "@/lib/threats/jwt-range/real";

const SELF = "http://localhost:3000";
const TWIN = "http://127.0.0.1:3000";

async function material(): Promise<RangeMaterial> {
  const keys = await getRangeKeys();
  return {
    issue: (kind) => issueRangeToken(kind),
    publicPem: keys.signing.publicPem,
    encryptionJwk: keys.encryption.publicJwk as JsonWebKey,
    attacker: {
      privateJwk: keys.attacker.privateJwk as JsonWebKey,
      jwksUrl: `${TWIN}${ATTACKER_JWKS_PATH}`,
    },
  };
}

const ALL = new Set<Mistake>(MISTAKES);

/** The naive verdict on `token`, its memo warmed first by `warm` when the recipe has one. */
async function naiveAfter(
  warm: string | undefined,
  token: string,
  on: ReadonlySet<Mistake>,
  target: "access" | "pass",
) {
  const memo = new Set<string>();
  if (warm !== undefined) await naiveVerify(warm, on, target, [SELF, TWIN], Date.now(), memo);
  return naiveVerify(token, on, target, [SELF, TWIN], Date.now(), memo);
}

describe("the attack range: every classic attack, naive verifier vs the app's verification", () => {
  for (const attack of ATTACKS) {
    const falls = attack.harm === "work" ? "works for it" : "accepts it";
    it(`${attack.id}: the naive verifier ${falls} via ${attack.exploits ?? "nothing"}, the real one ${attack.exploits ? "refuses" : "accepts"} it`, async () => {
      const { token, target, warm } = await attack.build(await material());
      const naive = await naiveAfter(warm, token, ALL, target);
      // With every mistake on, each attack still gets in by its own (decode-only is the last resort).
      const via = attack.exploits === null ? [] : [attack.exploits];
      if (attack.harm === "accepted")
        expect(naive).toEqual(expect.objectContaining({ accepted: true, via }));
      else
        expect(naive).toEqual(
          expect.objectContaining({ accepted: false, via, work: expect.any(Object) }),
        );
      const real = await realVerify(token, target);
      expect(real.accepted).toBe(attack.exploits === null);
      if (attack.exploits !== null) {
        // Without the one mistake it exploits (and without decoding only), the naive verifier
        // refuses it too — and before any work the attacker sized.
        const careful = new Set(
          [...ALL].filter((m) => m !== attack.exploits && m !== "decode_only"),
        );
        const refused = await naiveAfter(warm, token, careful, target);
        expect(refused).toMatchObject({ accepted: false });
        expect(refused).not.toHaveProperty("work");
      }
    });
  }

  it("each attack's real refusal is jose's own code or the app's, not a generic failure", async () => {
    const reasons: Record<string, string> = {};
    for (const attack of ATTACKS) {
      const { token, target } = await attack.build(await material());
      const real = await realVerify(token, target);
      reasons[attack.id] = real.accepted ? "accepted" : real.reason;
    }
    expect(reasons).toEqual({
      role_admin: "ERR_JWS_SIGNATURE_VERIFICATION_FAILED",
      alg_none: "ERR_JOSE_ALG_NOT_ALLOWED",
      alg_None: "ERR_JOSE_ALG_NOT_ALLOWED",
      alg_NONE: "ERR_JOSE_ALG_NOT_ALLOWED",
      alg_confusion: "ERR_JOSE_ALG_NOT_ALLOWED",
      embedded_jwk: "ERR_JOSE_ALG_NOT_ALLOWED",
      jku: "ERR_JOSE_ALG_NOT_ALLOWED",
      kid_traversal: "ERR_JWKS_NO_MATCHING_KEY",
      expired: "ERR_JWT_EXPIRED",
      not_yet_valid: "ERR_JWT_CLAIM_VALIDATION_FAILED",
      pass_as_access: "ERR_JWT_CLAIM_VALIDATION_FAILED",
      access_as_pass: "ERR_JWT_CLAIM_VALIDATION_FAILED",
      stolen_bound: "dpop_bound_token",
      bit_flip: "token_not_canonical",
      jwe_bare_claims: "ERR_JOSE_ALG_NOT_ALLOWED",
      jwe_attacker_jws: "ERR_JOSE_ALG_NOT_ALLOWED",
      json_flattened: "token_malformed",
      json_general: "token_malformed",
      jwk_no_alg: "ERR_JWS_INVALID",
      hmac_empty_key: "key_too_weak",
      hmac_one_byte_key: "key_too_weak",
      crit_unknown: "ERR_JOSE_NOT_SUPPORTED",
      many_dots: "token_malformed",
      huge_segment: "token_too_large",
      pbes2_p2c: "ERR_JOSE_ALG_NOT_ALLOWED",
      exp_infinite: "claims_invalid",
      exp_fraction: "claims_invalid",
      padded_signature: "token_not_canonical",
      memo_collision: "ERR_JWS_SIGNATURE_VERIFICATION_FAILED",
    });
  });

  it("the decode-only mistake accepts anything that decodes, a tampered role included", async () => {
    const token = (await ATTACKS.find((a) => a.id === "role_admin")!.build(await material())).token;
    const naive = await naiveVerify(token, new Set(["decode_only"]), "access", []);
    expect(naive).toMatchObject({
      accepted: true,
      via: ["decode_only"],
      claims: { role: "admin" },
    });
  });

  it("a jku pointing anywhere but the range's own attacker key set is never fetched", async () => {
    const m = await material();
    m.attacker.jwksUrl = "http://169.254.169.254/latest/meta-data";
    const { token } = await ATTACKS.find((a) => a.id === "jku")!.build(m);
    const noDecodeOnly = new Set([...ALL].filter((m) => m !== "decode_only"));
    expect(await naiveVerify(token, noDecodeOnly, "access", [SELF, TWIN])).toEqual({
      accepted: false,
      reason: "jku_outside_range",
    });
  });

  it("the weak HS256 secret falls to the dictionary, and the forged admin token passes only the naive verifier", async () => {
    const keys = await getRangeKeys();
    const weak = await issueRangeToken("weak");
    const cracked = crackHs256(weak, CRACK_WORDS);
    expect(cracked.secret).toBe(keys.weakSecret);
    expect(cracked.tried).toBe(CRACK_WORDS.indexOf(keys.weakSecret) + 1);
    const { header, payload } = splitToken(weak)!;
    const forgedPayload = { ...payload, role: "admin" };
    const forged = joinToken({
      header,
      payload: forgedPayload,
      signature: hs256(signingInput(header, forgedPayload), cracked.secret!),
    });
    expect(await naiveVerify(forged, new Set(), "access", [])).toMatchObject({
      accepted: true,
      via: ["weak_secret"],
      claims: { role: "admin" },
    });
    expect(await realVerify(forged, "access")).toEqual({
      accepted: false,
      reason: "key_too_weak",
    });
  });

  it("the bit-flip changes the token's string but not its signature's bytes", async () => {
    const genuine = await issueRangeToken("fresh");
    const flipped = (
      await ATTACKS.find((a) => a.id === "bit_flip")!.build({
        ...(await material()),
        issue: async () => genuine,
      })
    ).token;
    expect(flipped).not.toBe(genuine);
    expect(Buffer.from(flipped.split(".")[2]!, "base64url")).toEqual(
      Buffer.from(genuine.split(".")[2]!, "base64url"),
    );
  });
});

describe("the range is isolated: nothing the naive verifier accepts authenticates in the real areas", () => {
  it("every token of the range, forged or genuine, is refused by the JWT area and the check-in desk", async () => {
    const appKeys = await publicJwks();
    const tokens = [
      ...(await Promise.all(ATTACKS.map(async (a) => (await a.build(await material())).token))),
      ...(await Promise.all(RANGE_TOKEN_KINDS.map((k) => issueRangeToken(k)))),
    ];
    for (const token of tokens) {
      expect(await validateAccessToken(token)).toMatchObject({ ok: false });
      expect(await verifyPass(token, appKeys)).toMatchObject({ ok: false });
    }
  });
});

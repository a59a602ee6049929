import "server-only";
import crypto from "node:crypto";
import { isBoundToKey } from "@/lib/auth/jwt/dpop-binding";
import { getRangeKeys } from "@/lib/threats/jwt-range/keys";
import type { Mistake, NaiveVerdict, RangeTarget } from "@/lib/threats/jwt-range/mistakes";
import { claimsProblem, looseNumber } from "@/lib/threats/jwt-range/naive-claims";
import { openJwe } from "@/lib/threats/jwt-range/naive-jwe";
import { pickKey, type Key } from "@/lib/threats/jwt-range/naive-keys";
import { readToken, type Read } from "@/lib/threats/jwt-range/naive-read";

/**
 * THE NAIVE VERIFIER — deliberately wrong, for the attack range only. It is hand-written the way
 * real code was before libraries got strict, and makes, one switch each, the mistakes found in
 * the wild (./mistakes.ts). It knows only the range's toy keys, answers only its verdict, and
 * nothing it accepts is ever a credential anywhere: no route but /api/threats/jwt/verify calls it.
 */

export { MISTAKES, type Mistake, type NaiveVerdict, type RangeTarget } from "./mistakes";

/**
 * What the naive server remembers of the tokens it verified (the exact token, or with
 * `memo_by_signature` their signature alone). One per request: a learner's "earlier" token
 * warms it, nobody else's.
 */
export type NaiveMemo = Set<string>;

const HMAC: Record<string, string> = { HS256: "sha256", HS384: "sha384", HS512: "sha512" };

function signatureHolds(alg: string, key: Key, input: string, signature: Buffer): boolean | null {
  const data = Buffer.from(input);
  if (HMAC[alg] !== undefined) {
    const expected = crypto
      .createHmac(HMAC[alg], key.secret ?? "")
      .update(data)
      .digest();
    return expected.length === signature.length && crypto.timingSafeEqual(expected, signature);
  }
  if (key.publicKey === undefined) return false;
  if (alg === "EdDSA") return crypto.verify(null, data, key.publicKey, signature);
  if (alg === "ES256") {
    const ieee = { key: key.publicKey, dsaEncoding: "ieee-p1363" } as const;
    return crypto.verify("sha256", data, ieee, signature);
  }
  if (alg === "RS256") return crypto.verify("sha256", data, key.publicKey, signature);
  return null;
}

type JwsRead = Extract<Read, { form: "jws" }>;

function refused({
  reason,
  via,
  work,
}: Omit<Extract<NaiveVerdict, { accepted: false }>, "accepted">): NaiveVerdict {
  return { accepted: false, reason, ...(via ? { via } : {}), ...(work ? { work } : {}) };
}

/** What the naive verifier, with the mistakes `on`, says about `token`. */
export async function naiveVerify(
  token: string,
  on: ReadonlySet<Mistake>,
  target: RangeTarget,
  ownOrigins: string[],
  now = Date.now(),
  memo: NaiveMemo = new Set(),
): Promise<NaiveVerdict> {
  const read = readToken(token, on);
  if (!read.ok) return refused(read);
  let header = read.header;
  let claims: Record<string, unknown>;
  let outcome: string[] | string;
  if (read.form === "jwe") {
    const opened = await openJwe(token, read.header, on, await getRangeKeys());
    if (!opened.ok) return refused(opened);
    // A signed token inside: verified like any other (the nested JWT the app issues).
    if (opened.inner !== null) return naiveVerify(opened.inner, on, target, ownOrigins, now, memo);
    ({ header, claims } = opened);
    outcome = claimsRefusal(claims, header, on, target, now, opened.via);
  } else {
    claims = read.claims;
    outcome = await refusalOf(read, token.trim(), on, target, ownOrigins, now, memo);
  }
  if (typeof outcome !== "string") return { accepted: true, via: outcome, claims };
  // "The middleware that only decodes": whatever a verifier would have said, it reads the claims.
  if (on.has("decode_only")) return { accepted: true, via: ["decode_only"], claims };
  return { accepted: false, reason: outcome };
}

/** The mistakes the token needed to pass (an array), or why it did not pass. */
async function refusalOf(
  read: JwsRead,
  token: string,
  on: ReadonlySet<Mistake>,
  target: RangeTarget,
  ownOrigins: string[],
  now: number,
  memo: NaiveMemo,
): Promise<string[] | string> {
  const { header, claims, input, signature } = read;
  const via: string[] = [...read.via];
  // crit lists header parameters the verifier must understand or refuse the token: it knows none.
  if (header.crit !== undefined) {
    if (!on.has("ignore_crit")) return "crit_not_understood";
    via.push("ignore_crit");
  }
  const alg = typeof header.alg === "string" ? header.alg : "";
  if (alg.toLowerCase() === "none") {
    if (!on.has("trust_alg")) return "alg_not_expected";
    via.push("trust_alg");
  } else {
    const key = await pickKey(header, on, ownOrigins);
    if (typeof key === "string") return key;
    if (key.source !== "kid_lookup") via.push(key.source);
    // No alg in the header: the key's own decides (the `jwk_without_alg` mistake's half).
    const used = alg === "" && key.source === "jwk_without_alg" ? key.alg : alg;
    if (used !== key.alg) {
      if (!on.has("trust_alg")) return "alg_not_expected";
      via.push("trust_alg");
    }
    if (key.tooShort && HMAC[used] !== undefined) {
      if (!on.has("short_hmac_key")) return "hmac_key_too_short";
      via.push("short_hmac_key");
    }
    const seen = on.has("memo_by_signature") ? signature : token;
    if (memo.has(seen)) {
      if (seen !== token) via.push("memo_by_signature");
    } else {
      const holds = signatureHolds(used, key, input, Buffer.from(signature, "base64url"));
      if (holds === null) return "alg_unsupported";
      if (!holds) return "signature_invalid";
      memo.add(seen);
    }
    if (key.weak) via.push("weak_secret");
  }
  return claimsRefusal(claims, header, on, target, now, via);
}

/** The claims' checks, after the key's: numbers, time, audience, a key binding. */
function claimsRefusal(
  claims: Record<string, unknown>,
  header: Record<string, unknown>,
  on: ReadonlySet<Mistake>,
  target: RangeTarget,
  now: number,
  via: string[],
): string[] | string {
  const passed = [...via];
  if (looseNumber(claims) !== null) {
    if (!on.has("loose_numbers")) return "number_not_an_integer";
    passed.push("loose_numbers");
  }
  const problem = claimsProblem(claims, header, new Set(), target, now);
  if (problem !== null) {
    const skippedBy: Mistake = ["expired", "not_yet_valid"].includes(problem)
      ? "skip_time"
      : "skip_audience";
    if (!on.has(skippedBy)) return problem;
    passed.push(skippedBy);
    const other = claimsProblem(claims, header, new Set([skippedBy]), target, now);
    if (other !== null) {
      const second: Mistake = skippedBy === "skip_time" ? "skip_audience" : "skip_time";
      if (!on.has(second)) return other;
      passed.push(second);
    }
  }
  // A token bound to a DPoP key (cnf.jkt) needs a proof by that key; this one came without.
  if (isBoundToKey(claims)) {
    if (!on.has("ignore_cnf")) return "bound_to_a_key";
    passed.push("ignore_cnf");
  }
  return passed;
}

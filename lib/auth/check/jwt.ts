import "server-only";
import type { CookieReader, HeaderReader } from "@/ground/readers";
import { readAccessToken, type JwtCredential, type JwtTransport } from "@/lib/auth/credentials";
import { judgingTime } from "@/lib/auth/clock";
import { isBoundToKey } from "@/lib/auth/jwt/dpop-binding";
import { checkRequestDpop } from "@/lib/auth/jwt/dpop-check";
import { checkRevocation, type RevocationFailure } from "@/lib/auth/jwt/revocation";
import { getJwtSettings } from "@/lib/auth/jwt/settings";
import type { AccessTokenClaims, AccessTokenValidation } from "@/lib/auth/jwt/tokens";
import { validateAccessToken } from "@/lib/auth/jwt/validation";
import { untraced, type CheckOptions, type StepRunner } from "@/lib/auth/check/steps";

/**
 * The access token of a request (Bearer header, DPoP or cookie). The proxy checks its signature
 * and claims (checkJwtSignature); the DAL adds, under a revoking strategy, the one lookup
 * (checkJwtCredential).
 */

export type JwtAuth =
  | (Extract<AccessTokenValidation, { ok: true }> & { transport: JwtTransport })
  | Extract<AccessTokenValidation, { ok: false }>
  | { ok: false; reason: "no_credential" | RevocationFailure };

/**
 * The DAL's check: signature and claims, then — under a revoking strategy (C23) — one lookup,
 * never memoised: a revocation takes effect on the very next request.
 */
export async function checkJwtCredential(
  cookies: CookieReader,
  headers: HeaderReader,
  options: CheckOptions = {},
): Promise<JwtAuth> {
  const result = await checkJwtSignature(cookies, headers, options);
  if (!result.ok) return result;
  const { revocation } = await getJwtSettings();
  if (revocation === "none") return result;
  const step = options.step ?? untraced;
  const check = await step("revocation_check", async () =>
    checkRevocation(result.claims, revocation),
  );
  return check.ok ? result : check;
}

/** The proxy's check, and the DAL's first stage: the signature and every claim, and a bound token's DPoP proof. */
export async function checkJwtSignature(
  cookies: CookieReader,
  headers: HeaderReader,
  { now = Date.now(), step = untraced }: CheckOptions = {},
): Promise<JwtAuth> {
  const credential = readAccessToken(cookies, headers);
  if (credential === null) return { ok: false, reason: "no_credential" };
  const result = await step("verify_signature", () =>
    validateAccessToken(credential.token, judgingTime(cookies, now)),
  );
  if (!result.ok) return result;
  const bound = await checkTokenBinding(credential, result.claims, headers, now, step);
  return bound.ok ? { ...result, transport: credential.transport } : bound;
}

/**
 * RFC 9449 §7: a DPoP-bound token (`cnf.jkt`) travels only as `Authorization: DPoP` with a proof
 * by that very key — never as a Bearer token or a cookie, or a copy would work without the key —
 * and a token that is not bound is no DPoP credential. The proof is judged in real time: it is
 * about this request, not about how old the login is (the fast-forward clock's business). Every
 * path that accepts an access token asks this (the JWT check here, logout in
 * lib/auth/login/logout.ts); the answer names the key the request proved it holds, if any.
 */
export async function checkTokenBinding(
  credential: JwtCredential,
  claims: AccessTokenClaims,
  headers: HeaderReader,
  now: number,
  step: StepRunner = untraced,
): Promise<{ ok: true; jkt: string | null } | { ok: false; reason: string }> {
  if (credential.transport !== "dpop") {
    return isBoundToKey(claims)
      ? { ok: false, reason: "dpop_bound_token" }
      : { ok: true, jkt: null };
  }
  const jkt = claims.cnf?.jkt;
  if (jkt === undefined) return { ok: false, reason: "dpop_token_unbound" };
  const proof = await step("verify_dpop_proof", () =>
    checkRequestDpop(headers, { accessToken: credential.token, expectedJkt: jkt }, now),
  );
  return proof.ok ? { ok: true, jkt } : { ok: false, reason: `dpop_${proof.reason}` };
}

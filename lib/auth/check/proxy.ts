import "server-only";
import type { CookieReader, HeaderReader } from "@/ground/readers";
import { isStoreUnavailable } from "@/lib/session-store/store";
import { checkBffCredential } from "@/lib/auth/check/bff";
import { checkJwtSignature } from "@/lib/auth/check/jwt";
import type { GateCredential } from "@/lib/auth/gates";
import { checkSealedCredential } from "@/lib/auth/check/sealed";
import { checkSessionForProxy } from "@/lib/auth/check/session";
import { untraced, type CheckOptions, type StepRunner } from "@/lib/auth/check/steps";

/**
 * The proxy's gate for an area, with the same checks as the DAL: the reason it refuses, or null.
 * A session is looked up (and the answer handed to the DAL); a sealed cookie is unsealed (the DAL
 * reuses the memoised unseal); a JWT's signature and claims are verified (the revocation lookup,
 * if any, is the DAL's); a BFF session cookie is looked up, as a session is.
 */

type Check = (
  cookies: CookieReader,
  headers: HeaderReader,
  options: CheckOptions,
) => Promise<{ ok: true } | { ok: false; reason: string }>;

const AREA_CHECKS: Record<GateCredential, Check> = {
  session: (cookies, _headers, options) => checkSessionForProxy(cookies, options),
  sealed: (cookies, _headers, options) => checkSealedCredential(cookies, options),
  jwt: checkJwtSignature,
  bff: (cookies, _headers, options) => checkBffCredential(cookies, options),
};

export async function proxyProblem(
  area: GateCredential,
  cookies: CookieReader,
  headers: HeaderReader,
  step: StepRunner = untraced,
): Promise<string | null> {
  try {
    const result = await AREA_CHECKS[area](cookies, headers, { now: Date.now(), step });
    return result.ok ? null : result.reason;
  } catch (error) {
    // A networked store that is away is not the proxy's to answer: it lets the request through
    // to the page or route, which says so (a 503). For a JWT that store is the DPoP replay cache.
    if (isStoreUnavailable(error)) return null;
    throw error;
  }
}

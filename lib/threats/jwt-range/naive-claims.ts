import "server-only";
import { ACCESS_TOKEN_TYPE } from "@/lib/auth/jwt/tokens";
import { PASS_TYPE } from "@/lib/pass/verify";
import { RANGE_AUDIENCE, RANGE_ISSUER, RANGE_PASS_AUDIENCE } from "@/lib/threats/jwt-range/keys";
import type { Mistake, RangeTarget } from "@/lib/threats/jwt-range/mistakes";

/** The naive verifier's checks of the claims themselves (./naive.ts). */

const NUMERIC_CLAIMS = ["exp", "nbf", "iat", "auth_time", "ver"] as const;
// Far beyond any date a token could mean (the year 5138), far below where doubles lose integers.
const LARGEST_NUMBER = 10 ** 11;

/**
 * The first numeric claim that is not a finite integer in a sane range: `1e400` parses as
 * Infinity (a token that never expires), `1.5` is no second. Null when they all are.
 */
export function looseNumber(claims: Record<string, unknown>): string | null {
  for (const name of NUMERIC_CLAIMS) {
    const value = claims[name];
    if (value === undefined) continue;
    if (
      !Number.isSafeInteger(value) ||
      (value as number) < 0 ||
      (value as number) > LARGEST_NUMBER
    ) {
      return name;
    }
  }
  return null;
}

/** What is wrong with the claims as `target`, the checks a mistake in `on` skips left out. */
export function claimsProblem(
  claims: Record<string, unknown>,
  header: Record<string, unknown>,
  on: ReadonlySet<Mistake>,
  target: RangeTarget,
  now: number,
): string | null {
  const at = now / 1000;
  if (!on.has("skip_time")) {
    if (typeof claims.exp !== "number" || claims.exp <= at) return "expired";
    if (typeof claims.nbf === "number" && claims.nbf > at) return "not_yet_valid";
  }
  if (!on.has("skip_audience")) {
    const want =
      target === "pass"
        ? { typ: PASS_TYPE, iss: RANGE_ISSUER, aud: RANGE_PASS_AUDIENCE }
        : { typ: ACCESS_TOKEN_TYPE, iss: RANGE_ISSUER, aud: RANGE_AUDIENCE };
    if (header.typ !== want.typ) return "wrong_type";
    if (claims.iss !== want.iss) return "wrong_issuer";
    if (claims.aud !== want.aud) return "wrong_audience";
  }
  return null;
}

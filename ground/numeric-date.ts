/**
 * Numbers in a token's claims. JSON has no integers, only numbers, and `1e400` parses to Infinity:
 * an `exp` of it never passes, and a memo keyed to it would never forget. So every time claim is
 * a NumericDate (RFC 7519 §2) as a verifier can trust one — a whole number of seconds, finite, not
 * negative, no later than the year 9999 — and the times agree with one another. No `server-only`:
 * the check-in door runs the pass check in the browser.
 */

/** 9999-12-31T23:59:59Z: past it, a date is a mistake or an attack, never a real expiry. */
export const MAX_NUMERIC_DATE = 253_402_300_799;

/** The registered claims that hold a NumericDate (RFC 7519 §4.1), and OIDC's `auth_time`. */
export const TIME_CLAIMS = ["exp", "nbf", "iat", "auth_time"] as const;

/** Whether `value` is a NumericDate: an integer number of seconds in [0, MAX_NUMERIC_DATE]. */
export function isNumericDate(value: unknown): value is number {
  return (
    Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_NUMERIC_DATE
  );
}

/** Whether `value` is a counter a token may carry (a version): a non-negative safe integer. */
export function isCounter(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

/**
 * Whether every time claim present in `claims` is a NumericDate, and they are in order:
 * `auth_time` ≤ `iat` ≤ `exp`, `nbf` ≤ `exp`. (Which of them are required is the caller's rule.)
 */
export function haveSaneTimeClaims(claims: Record<string, unknown>): boolean {
  if (!TIME_CLAIMS.every((name) => claims[name] === undefined || isNumericDate(claims[name]))) {
    return false;
  }
  const { exp, nbf, iat, auth_time } = claims as Partial<
    Record<(typeof TIME_CLAIMS)[number], number>
  >;
  if (exp !== undefined && ((iat !== undefined && iat > exp) || (nbf !== undefined && nbf > exp))) {
    return false;
  }
  return auth_time === undefined || iat === undefined || auth_time <= iat;
}

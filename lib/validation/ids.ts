import { z } from "zod";

/** The ids a path or a form names: a user, a seal password, a session handle, a signing key. */

/**
 * A positive whole number written as path segments and form fields write it: decimal digits, no
 * sign, no leading zero, no exponent, hex or spaces — one id, one spelling (`2e0`, `0x2` and ` 2`
 * would all name 2 to a coercing parser, and a rule or log comparing the text would miss it).
 */
function idText(max: number) {
  return z
    .string()
    .regex(/^[1-9][0-9]{0,15}$/, "An id is a positive whole number in decimal digits.")
    .transform(Number)
    .pipe(z.number().int().positive().max(max));
}

/** A seal password id (the admin's "remove this password"). */
export const sealPasswordIdSchema = idText(1_000_000);

export const userIdSchema = idText(Number.MAX_SAFE_INTEGER);

export const sessionHandleSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/);

/** A key id in a URL. */
export const kidSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

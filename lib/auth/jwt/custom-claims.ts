import { z } from "zod";

/**
 * Custom claims a user may add to their token to see what that costs (C26: size; the browser
 * refuses a cookie past ~4096 bytes) and what it risks (C35: anyone holding a JWT can read it, so a
 * secret must never be a claim). Registered claims cannot be overridden.
 */

export const COOKIE_LIMIT_BYTES = 4096;

const RESERVED = new Set([
  "iss",
  "sub",
  "aud",
  "exp",
  "nbf",
  "iat",
  "jti",
  "name",
  "role",
  "typ",
  "cty",
  "kid",
  "alg",
  // The server's own: a chosen auth_time would fake a fresh login (step-up), a chosen cnf a key.
  "ver",
  "fid",
  "auth_time",
  "cnf",
]);

export const customClaimsSchema = z.object({
  claims: z
    .record(
      z
        .string()
        .regex(
          /^[A-Za-z][A-Za-z0-9_]{0,31}$/,
          "Claim names: a letter, then letters, digits or _ (32 at most).",
        )
        .refine((name) => !RESERVED.has(name), "That claim is set by the server."),
      z.string().max(2000, "A claim value may be at most 2,000 characters."),
    )
    .refine((claims) => Object.keys(claims).length <= 10, "At most 10 custom claims."),
  padBytes: z.number().int().min(0).max(6000).default(0),
});
export type CustomClaimsInput = z.infer<typeof customClaimsSchema>;

const SECRET_NAMES =
  /pass(word)?|passwd|secret|token|api[_-]?key|private|ssn|credit|card|cvv|pin\b|iban/i;
const SECRET_VALUES: Array<[RegExp, string]> = [
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, "a private key"],
  [/\bAKIA[0-9A-Z]{16}\b/, "an AWS access key id"],
  [/\bey[A-Za-z0-9_-]{10,}\.ey[A-Za-z0-9_-]{10,}\./, "another token"],
  [/\b\d{3}-\d{2}-\d{4}\b/, "a US social security number"],
];

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Warnings for claims that look like secrets: a JWT is signed, not encrypted. */
export function secretWarnings(claims: Record<string, string>): string[] {
  const warnings: string[] = [];
  for (const [name, value] of Object.entries(claims)) {
    const digits = value.replace(/[ -]/g, "");
    const looksLike =
      SECRET_VALUES.find(([pattern]) => pattern.test(value))?.[1] ??
      (/^\d{13,19}$/.test(digits) && luhn(digits) ? "a payment card number" : null);
    if (SECRET_NAMES.test(name)) warnings.push(`"${name}" is named like a secret.`);
    if (looksLike) warnings.push(`"${name}" looks like ${looksLike}.`);
  }
  return warnings.map(
    (w) => `${w} Anyone holding the token can read it: secrets never belong in a JWT.`,
  );
}

/** The padding claim that makes a token `padBytes` bigger. */
export function padding(padBytes: number): Record<string, string> {
  return padBytes > 0 ? { pad: "x".repeat(padBytes) } : {};
}

import { z } from "zod";
import type { AuthArea } from "@/config";
import { isCommonPassword, isPasswordBasedOn } from "@/lib/validation/common-passwords";
import { REVOCATION_STRATEGIES, SIGNING_ALGORITHMS, USER_ROLES } from "@/db/schema";
import { LOCALES } from "@/lib/i18n/locales";

/**
 * Every input schema of the app, validated once at the boundary (form action or route handler).
 * Passwords are checked exactly as typed: no trimming, no truncation, a generous maximum.
 */
export const PASSWORD_MAX = 256;

const username = z
  .string({ error: "Username is required." })
  .trim()
  .toLowerCase()
  .min(3, "Username must be at least 3 characters.")
  .max(32, "Username must be at most 32 characters.")
  .regex(/^[a-z0-9_.-]+$/, "Use letters, digits, dot, dash or underscore.")
  // The compare view's throw-away accounts (lib/compare/lab-account.ts) own this prefix.
  .refine((name) => !name.startsWith("lab-"), "Names starting with lab- are reserved.");

export const loginSchema = z.object({
  // Lenient on shape (it is only looked up), strict on size.
  username: z.string({ error: "Username is required." }).trim().toLowerCase().min(1).max(64),
  password: z
    .string({ error: "Password is required." })
    .min(1, "Password is required.")
    .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters.`),
});
export type LoginInput = z.infer<typeof loginSchema>;

/** The rules for a new password (sign-up, password change). */
const newPassword = z
  .string({ error: "Password is required." })
  .min(8, "Password must be at least 8 characters.")
  .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters.`)
  .refine(
    (p) => !isCommonPassword(p),
    "This password is too common (or a common one with a few changes); choose another.",
  );

export const signupSchema = z
  .object({
    username,
    displayName: z
      .string({ error: "Display name is required." })
      .trim()
      .min(1, "Display name is required.")
      .max(64, "Display name must be at most 64 characters."),
    password: newPassword,
  })
  // The username in disguise ("Alice2024!") is as guessable as the username itself.
  .refine((v) => typeof v.password !== "string" || !isPasswordBasedOn(v.password, v.username), {
    path: ["password"],
    message: "Password must not be your username.",
  });
export type SignupInput = z.infer<typeof signupSchema>;

export type FieldErrors<T> = Partial<Record<keyof T, string[]>>;

/** State of a form rendered by useActionState: never carries a password back to the page. */
export type FormState<T> = {
  error?: string;
  fieldErrors?: FieldErrors<T>;
  values?: Partial<Record<Exclude<keyof T, "password">, string>>;
};

/** Flattens zod issues into per-field messages for a form or a 400 response. */
export function fieldErrorsOf<T>(error: z.ZodError<T>): FieldErrors<T> {
  return z.flattenError(error).fieldErrors as FieldErrors<T>;
}

export const THEMES = ["system", "light", "dark"] as const;
export const themeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof themeSchema>;

export const localeSchema = z.enum(LOCALES);

// "cookie" was the sealed area's name before it was called what the site calls it; a browser's old
// `lab_mode` cookie or a script written then still gets the area it meant.
export const modeSchema = z
  .enum(["session", "sealed", "jwt", "cookie"])
  .transform((mode): AuthArea => (mode === "cookie" ? "sealed" : mode));

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

/** The session area's cookie cache: 0 (off) to 5 minutes — a revocation waits at most that long. */
export const MAX_COOKIE_CACHE_SECONDS = 300;
export const cookieCacheSchema = z.coerce.number().int().min(0).max(MAX_COOKIE_CACHE_SECONDS);

export const userIdSchema = idText(Number.MAX_SAFE_INTEGER);

export const adminUserChangeSchema = z
  .object({ role: z.enum(USER_ROLES).optional(), disabled: z.boolean().optional() })
  .strict()
  .refine((v) => v.role !== undefined || v.disabled !== undefined, "Send role, disabled or both.");

export const reauthenticationSchema = z.object({
  password: z
    .string({ error: "Password is required." })
    .min(1, "Password is required.")
    .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters.`),
});
export type ReauthenticationInput = z.infer<typeof reauthenticationSchema>;

/** A sensitive action's body: the password, needed only when the login is no longer fresh. */
export const stepUpBodySchema = z
  .object({ password: reauthenticationSchema.shape.password.optional() })
  .strict();

export const sessionHandleSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/);

export const passwordChangeSchema = z
  .object({
    currentPassword: reauthenticationSchema.shape.password,
    newPassword,
    logoutOthers: z.boolean().default(true),
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one.",
  });
export type PasswordChangeInput = z.infer<typeof passwordChangeSchema>;

export const clockAdvanceSchema = z.object({
  // Forward only: the clock can make credentials expire sooner, never revive one.
  advanceSeconds: z
    .number()
    .int()
    .min(1)
    .max(30 * 24 * 60 * 60),
});

export const jwtLoginSchema = loginSchema.extend({
  // Where the client will keep the token: an HttpOnly cookie set by us (default), or its own
  // storage, sent back as `Authorization: Bearer` (C21) — then no cookie is set.
  // `dpop`: the client keeps them too, bound to its key by the DPoP proof sent with the login.
  transport: z.enum(["cookie", "bearer", "dpop"]).default("cookie"),
});

/** `POST /api/jwt/refresh` from a client that keeps its refresh token itself (Bearer). */
export const refreshRequestSchema = z.object({
  refreshToken: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/, "Not a refresh token."),
});

/** `POST /api/jwt/logout`, optionally with the refresh token a Bearer client keeps itself. */
export const logoutRequestSchema = z
  .object({ refreshToken: refreshRequestSchema.shape.refreshToken.optional() })
  .strict();

/** `PUT /api/admin/jwt-settings`: any subset of the knobs. */
export const jwtSettingsSchema = z
  .object({
    revocation: z.enum(REVOCATION_STRATEGIES),
    algorithm: z.enum(SIGNING_ALGORITHMS),
    // Long enough to outlast the verifier's clock tolerance, short enough to stay "short-lived".
    accessTtl: z
      .number()
      .int()
      .min(10)
      .max(24 * 60 * 60),
    encrypted: z.boolean(),
  })
  .partial()
  .strict();

/** A key id in a URL. */
export const kidSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** A transfer in the CSRF lab's toy bank (C31): what the lab page or an attacker's form sends. */
export const csrfTransferSchema = z.object({
  credential: z.enum(["none", "lax", "strict", "bearer"], {
    error: "credential must be none, lax, strict or bearer.",
  }),
  defence: z.enum(["none", "origin"], { error: "defence must be none or origin." }).default("none"),
  amount: z.coerce
    .number({ error: "amount must be a number." })
    .int("amount must be a whole number.")
    .min(1, "amount must be at least 1.")
    .max(100, "amount must be at most 100."),
  to: z
    .string({ error: "to is required." })
    .trim()
    .regex(/^[\w .-]{1,32}$/, "to must be 1–32 letters, digits, spaces, dots or dashes."),
});
export type CsrfTransferInput = z.infer<typeof csrfTransferSchema>;

/**
 * One field of a server action's form. An action is a public endpoint whose arguments the caller
 * chooses: a request made by hand can pass no FormData at all (`[]`), which must read as an empty
 * form — an expected failure with a message, never a TypeError and a 500.
 */
export function formField(formData: unknown, name: string): FormDataEntryValue | null {
  return formData instanceof FormData ? formData.get(name) : null;
}

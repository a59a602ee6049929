import { z } from "zod";
import { OPERATOR_USERNAME } from "@/config/lab";
import { isCommonPassword, isPasswordBasedOn } from "@/lib/validation/common-passwords";

/**
 * What a person types to log in, sign up, confirm who they are or change a password, validated once
 * at the boundary (form action or route handler). Passwords are checked exactly as typed: no
 * trimming, no truncation, a generous maximum.
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
  .refine((name) => !name.startsWith("lab-"), "Names starting with lab- are reserved.")
  // The operator's account is made at start-up (lib/lab/operator.ts), never by signing up.
  .refine((name) => name !== OPERATOR_USERNAME, "That name is reserved.");

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

/**
 * LAB_OPERATOR_PASSWORD: the sign-up rules, held higher — the operator's password guards every
 * visitor's lesson, so 16 characters at least, and not the operator's own name in disguise.
 */
export const operatorPasswordSchema = newPassword
  .refine((p) => p.length >= 16, "must be at least 16 characters")
  .refine((p) => !isPasswordBasedOn(p, OPERATOR_USERNAME), "must not be the username in disguise");

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

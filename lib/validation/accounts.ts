import { z } from "zod";
import { OPERATOR_USERNAME } from "@/config/lab";
import { isCommonPassword, isPasswordBasedOn } from "@/lib/validation/common-passwords";
import { sayInEnglish, type Say } from "@/lib/validation/messages";

/**
 * What a person types to log in, sign up, confirm who they are or change a password, validated once
 * at the boundary (form action or route handler). Passwords are checked exactly as typed: no
 * trimming, no truncation, a generous maximum.
 */
export const PASSWORD_MAX = 256;

const USERNAME = { min: 3, max: 32 } as const;
const LOGIN_USERNAME_MAX = 64;
export const PASSWORD_MIN = 8;
const DISPLAY_NAME_MAX = 64;

/**
 * The schemas, saying their refusals in one language: English for the API (the exports below),
 * the reader's for a form (lib/http/form-words.ts). The rules are the same whatever the words.
 */
export function accountSchemas(say: Say) {
  const password = z
    .string({ error: say("passwordRequired") })
    .min(1, say("passwordRequired"))
    .max(PASSWORD_MAX, say("passwordTooLong", { max: PASSWORD_MAX }));

  const username = z
    .string({ error: say("usernameRequired") })
    .trim()
    .toLowerCase()
    .min(USERNAME.min, say("usernameTooShort", { min: USERNAME.min }))
    .max(USERNAME.max, say("usernameTooLong", { max: USERNAME.max }))
    .regex(/^[a-z0-9_.-]+$/, say("usernameCharacters"))
    // The compare view's throw-away accounts (lib/compare/lab-account.ts) own this prefix.
    .refine((name) => !name.startsWith("lab-"), say("usernameLabReserved"))
    // The operator's account is made at start-up (lib/lab/operator.ts), never by signing up.
    .refine((name) => name !== OPERATOR_USERNAME, say("usernameReserved"));

  /** The rules for a new password (sign-up, password change). */
  const newPassword = z
    .string({ error: say("passwordRequired") })
    .min(PASSWORD_MIN, say("passwordTooShort", { min: PASSWORD_MIN }))
    .max(PASSWORD_MAX, say("passwordTooLong", { max: PASSWORD_MAX }))
    .refine((p) => !isCommonPassword(p), say("passwordCommon"));

  const loginSchema = z.object({
    // Lenient on shape (it is only looked up), strict on size.
    username: z
      .string({ error: say("usernameRequired") })
      .trim()
      .toLowerCase()
      .min(1, say("usernameRequired"))
      .max(LOGIN_USERNAME_MAX, say("usernameTooLong", { max: LOGIN_USERNAME_MAX })),
    password,
  });

  const signupSchema = z
    .object({
      username,
      displayName: z
        .string({ error: say("displayNameRequired") })
        .trim()
        .min(1, say("displayNameRequired"))
        .max(DISPLAY_NAME_MAX, say("displayNameTooLong", { max: DISPLAY_NAME_MAX })),
      password: newPassword,
    })
    // The username in disguise ("Alice2024!") is as guessable as the username itself.
    .refine((v) => typeof v.password !== "string" || !isPasswordBasedOn(v.password, v.username), {
      path: ["password"],
      message: say("passwordIsUsername"),
    });

  const reauthenticationSchema = z.object({ password });

  const passwordChangeSchema = z
    .object({
      currentPassword: password,
      newPassword,
      logoutOthers: z.boolean().default(true),
    })
    .refine((v) => v.newPassword !== v.currentPassword, {
      path: ["newPassword"],
      message: say("passwordUnchanged"),
    });

  return { newPassword, loginSchema, signupSchema, reauthenticationSchema, passwordChangeSchema };
}

const english = accountSchemas(sayInEnglish);

export const loginSchema = english.loginSchema;
export type LoginInput = z.infer<typeof loginSchema>;

export const signupSchema = english.signupSchema;
export type SignupInput = z.infer<typeof signupSchema>;

export const reauthenticationSchema = english.reauthenticationSchema;
export type ReauthenticationInput = z.infer<typeof reauthenticationSchema>;

export const passwordChangeSchema = english.passwordChangeSchema;
export type PasswordChangeInput = z.infer<typeof passwordChangeSchema>;

/**
 * LAB_OPERATOR_PASSWORD: the sign-up rules, held higher — the operator's password guards every
 * visitor's lesson, so 16 characters at least, and not the operator's own name in disguise.
 */
export const operatorPasswordSchema = english.newPassword
  .refine((p) => p.length >= 16, "must be at least 16 characters")
  .refine((p) => !isPasswordBasedOn(p, OPERATOR_USERNAME), "must not be the username in disguise");

/** A sensitive action's body: the password, needed only when the login is no longer fresh. */
export const stepUpBodySchema = z
  .object({ password: reauthenticationSchema.shape.password.optional() })
  .strict();

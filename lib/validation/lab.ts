import { z } from "zod";
import type { AuthArea } from "@/config";
import { LOCALES } from "@/lib/i18n/locales";

/** The lab's own controls: a visitor's theme, language and area, the lab clock, the CSRF toy bank. */

export const THEMES = ["system", "light", "dark"] as const;
export const themeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof themeSchema>;

export const localeSchema = z.enum(LOCALES);

// "cookie" was the sealed area's name before it was called what the site calls it; a browser's old
// `lab_mode` cookie or a script written then still gets the area it meant.
export const modeSchema = z
  .enum(["session", "sealed", "jwt", "cookie"])
  .transform((mode): AuthArea => (mode === "cookie" ? "sealed" : mode));

export const clockAdvanceSchema = z.object({
  // Forward only: the clock can make credentials expire sooner, never revive one.
  advanceSeconds: z
    .number()
    .int()
    .min(1)
    .max(30 * 24 * 60 * 60),
});

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

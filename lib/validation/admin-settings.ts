import { z } from "zod";
import { REVOCATION_STRATEGIES, SIGNING_ALGORITHMS, USER_ROLES } from "@/db/schema";

/** What an admin changes: a user's role or access, the session's cookie cache, the JWT's knobs. */

export const adminUserChangeSchema = z
  .object({ role: z.enum(USER_ROLES).optional(), disabled: z.boolean().optional() })
  .strict()
  .refine((v) => v.role !== undefined || v.disabled !== undefined, "Send role, disabled or both.");

/** The session area's cookie cache: 0 (off) to 5 minutes — a revocation waits at most that long. */
export const MAX_COOKIE_CACHE_SECONDS = 300;
export const cookieCacheSchema = z.coerce.number().int().min(0).max(MAX_COOKIE_CACHE_SECONDS);

/**
 * An access token's lifetime, in seconds: long enough to outlast the verifier's clock tolerance,
 * short enough to stay "short-lived".
 */
export const ACCESS_TTL_SECONDS = { min: 10, max: 24 * 60 * 60 } as const;

/** `PUT /api/admin/jwt-settings`: any subset of the knobs. */
export const jwtSettingsSchema = z
  .object({
    revocation: z.enum(REVOCATION_STRATEGIES),
    algorithm: z.enum(SIGNING_ALGORITHMS),
    accessTtl: z.number().int().min(ACCESS_TTL_SECONDS.min).max(ACCESS_TTL_SECONDS.max),
    encrypted: z.boolean(),
  })
  .partial()
  .strict();

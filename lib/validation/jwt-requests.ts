import { z } from "zod";
import { loginSchema } from "@/lib/validation/accounts";

/** What a JWT client sends beyond a plain login: where it keeps the tokens, and its refresh token. */

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

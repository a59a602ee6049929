import { cookies } from "next/headers";
import { readRefreshCookie } from "@/lib/auth/credentials";
import { refreshJwt } from "@/lib/auth/login";
import type { RefreshFailure } from "@/lib/auth/jwt/refresh";
import { readJsonBody } from "@/lib/http/request";
import { apiError, apiJson } from "@/lib/http/responses";
import { refreshRequestSchema } from "@/lib/validation";
import { route } from "@/lib/http/route";

const FAILURES: Record<RefreshFailure, string> = {
  refresh_invalid: "That is not a refresh token this server issued. Log in again.",
  refresh_expired: "The refresh token has expired. Log in again.",
  refresh_reused:
    "That refresh token was already used: someone may hold a copy, so its whole family is now revoked. Log in again.",
  refresh_revoked: "That refresh token's family was revoked (logout or reuse). Log in again.",
  user_disabled: "This account is disabled.",
};

/**
 * Spends a refresh token — the HttpOnly cookie (path-scoped to the JWT API), or
 * `{refreshToken}` from a Bearer client — for a fresh access token and the next refresh token.
 */
async function post(request: Request): Promise<Response> {
  const fromCookie = readRefreshCookie(await cookies());
  let presented = fromCookie;
  if (presented === null) {
    const body = await readJsonBody(request, refreshRequestSchema);
    if (!body.ok) return body.response;
    presented = body.data.refreshToken;
  }
  const transport = fromCookie === null ? "bearer" : "cookie";
  const refreshed = await refreshJwt(presented, transport);
  if (!refreshed.ok) return apiError(401, refreshed.reason, FAILURES[refreshed.reason]);
  return apiJson({
    accessToken: refreshed.token,
    tokenType: "Bearer",
    expiresIn: refreshed.claims.exp - refreshed.claims.iat,
    generation: refreshed.generation,
    ...(transport === "bearer" ? { refreshToken: refreshed.refreshToken } : {}),
  });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

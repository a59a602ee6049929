import { cookies } from "next/headers";
import { findUserById } from "@/db/queries/users";
import { judgingTime } from "@/lib/auth/clock";
import {
  clearAccessTokenCookie,
  clearRefreshTokenCookie,
  setAccessTokenCookie,
  setRefreshTokenCookie,
} from "@/lib/auth/cookies";
import { createAccessToken } from "@/lib/auth/jwt";
import { rotateRefreshToken, type RefreshFailure } from "@/lib/auth/refresh";
import { cookieSettings } from "@/lib/config";
import { methodNotAllowed, readJsonBody, rejectCrossSite } from "@/lib/http/request";
import { apiError, apiJson } from "@/lib/http/responses";
import { toPublicUser } from "@/lib/users";
import { refreshRequestSchema } from "@/lib/validation";

const FAILURES: Record<RefreshFailure, string> = {
  refresh_invalid: "That is not a refresh token this server issued. Log in again.",
  refresh_expired: "The refresh token has expired. Log in again.",
  refresh_reused:
    "That refresh token was already used: someone may hold a copy, so its whole family is now revoked. Log in again.",
  refresh_revoked: "That refresh token's family was revoked (logout or reuse). Log in again.",
  user_disabled: "This account is disabled.",
};

/**
 * Spends a refresh token — the HttpOnly cookie (path-scoped to this endpoint), or
 * `{refreshToken}` from a Bearer client — and answers with a fresh access token and the next
 * refresh token (C25). The access token is made from the database's user as it is now: a role
 * change is picked up here, and only here (C27).
 */
export async function POST(request: Request): Promise<Response> {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  const jar = await cookies();
  const fromCookie = jar.get(cookieSettings.refreshToken.name)?.value || null;
  let presented = fromCookie;
  if (presented === null) {
    const body = await readJsonBody(request, refreshRequestSchema);
    if (!body.ok) return body.response;
    presented = body.data.refreshToken;
  }
  const now = Date.now();
  const rotated = rotateRefreshToken(presented, now, judgingTime(jar, now));
  const user = rotated.ok ? findUserById(rotated.userId) : null;
  if (!rotated.ok || user === null) {
    const reason = rotated.ok ? "refresh_invalid" : rotated.reason;
    if (fromCookie !== null) {
      await clearRefreshTokenCookie();
      await clearAccessTokenCookie();
    }
    return apiError(401, reason, FAILURES[reason]);
  }
  const { token, claims } = await createAccessToken(toPublicUser(user), now, {
    familyId: rotated.familyId,
  });
  if (fromCookie !== null) {
    await setAccessTokenCookie(token, claims);
    await setRefreshTokenCookie(rotated.token);
  }
  return apiJson({
    accessToken: token,
    tokenType: "Bearer",
    expiresIn: claims.exp - claims.iat,
    generation: rotated.generation,
    ...(fromCookie === null ? { refreshToken: rotated.token } : {}),
  });
}

export const GET = methodNotAllowed("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;

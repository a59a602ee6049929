import { setAccessTokenCookie } from "@/lib/auth/cookies";
import {
  COOKIE_LIMIT_BYTES,
  customClaimsSchema,
  padding,
  secretWarnings,
} from "@/lib/auth/jwt/custom-claims";
import { getJwtAuth } from "@/lib/auth/dal";
import { createAccessToken } from "@/lib/auth/jwt/tokens";
import { userFromClaims } from "@/lib/auth/jwt/validation";
import { cookieSettings, config } from "@/config";
import { readJsonBody } from "@/lib/http/request";
import { apiError, apiJson, unauthorized } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

/**
 * Re-issues this user's access token with custom claims (and optional padding). The cookie is
 * set whatever its size: past ~4096 bytes the browser silently drops it and keeps the old one,
 * which is the lesson (C26). The token is also returned for `Authorization: Bearer`, which has no
 * such limit. Claims that look like secrets are warned about (C35).
 */
async function post(request: Request): Promise<Response> {
  const auth = await getJwtAuth();
  if (!auth.ok) return unauthorized("jwt", auth.reason);
  const body = await readJsonBody(request, customClaimsSchema);
  if (!body.ok) return body.response;
  // Same user, same role, same exp as the token presented: only the custom claims change.
  const custom = { ...body.data.claims, ...padding(body.data.padBytes) };
  const { token, claims } = await createAccessToken(userFromClaims(auth.claims), Date.now(), {
    custom,
    exp: auth.claims.exp,
    familyId: auth.claims.fid,
    // Re-issuing is not logging in again, nor a new key: both carry over.
    authTime: auth.claims.auth_time === undefined ? undefined : auth.claims.auth_time * 1000,
    jkt: auth.claims.cnf?.jkt,
  });
  if (token.length > config.limits.maxJwtBytes) {
    return apiError(
      413,
      "token_too_large",
      `Tokens over ${config.limits.maxJwtBytes} bytes are refused here; use fewer claims.`,
    );
  }
  // A DPoP-bound token is never a cookie: the browser would send it without a proof.
  if (auth.transport !== "dpop") await setAccessTokenCookie(token, claims);
  const cookieBytes = cookieSettings.accessToken.name.length + 1 + token.length;
  return apiJson({
    accessToken: token,
    tokenType: auth.transport === "dpop" ? "DPoP" : "Bearer",
    expiresIn: claims.exp - claims.iat,
    claims,
    bytes: token.length,
    cookieBytes,
    fitsInCookie: cookieBytes <= COOKIE_LIMIT_BYTES,
    warnings: secretWarnings(body.data.claims),
  });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

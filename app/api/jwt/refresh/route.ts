import { cookies, headers } from "next/headers";
import { checkRequestDpop, hasDpopProof } from "@/lib/auth/jwt/dpop-check";
import { readRefreshCookie } from "@/lib/auth/credentials";
import { refreshJwt } from "@/lib/auth/login/login";
import type { RefreshFailure } from "@/lib/auth/jwt/refresh";
import { readJsonBody } from "@/lib/http/request";
import { apiError, apiJson, dpopProofRefused } from "@/lib/http/responses";
import { refreshRequestSchema } from "@/lib/validation/jwt-requests";
import { route } from "@/lib/http/route";

const FAILURES: Record<RefreshFailure, string> = {
  refresh_invalid: "That is not a refresh token this server issued. Log in again.",
  refresh_expired: "The refresh token has expired. Log in again.",
  refresh_reused:
    "That refresh token was already used: someone may hold a copy, so its whole family is now revoked. Log in again.",
  refresh_revoked: "That refresh token's family was revoked (logout or reuse). Log in again.",
  refresh_key_mismatch:
    "That refresh token is bound to a DPoP key, and this request's proof was not made with it.",
  user_disabled: "This account is disabled.",
};

/**
 * Spends a refresh token — the HttpOnly cookie (path-scoped to the JWT API), or
 * `{refreshToken}` from a Bearer client — for a fresh access token and the next refresh token.
 */
async function post(request: Request): Promise<Response> {
  const fromCookie = readRefreshCookie(await cookies());
  const requestHeaders = await headers();
  let presented = fromCookie;
  if (presented === null) {
    const body = await readJsonBody(request, refreshRequestSchema);
    if (!body.ok) return body.response;
    presented = body.data.refreshToken;
  }
  // A DPoP client proves its key with the refresh; its family refreshes with no other key.
  let proofJkt: string | null = null;
  if (fromCookie === null && hasDpopProof(requestHeaders)) {
    const proof = await checkRequestDpop(requestHeaders);
    if (!proof.ok) return dpopProofRefused(proof.error);
    proofJkt = proof.jkt;
  }
  const transport = fromCookie !== null ? "cookie" : proofJkt !== null ? "dpop" : "bearer";
  const refreshed = await refreshJwt(presented, transport, proofJkt);
  if (!refreshed.ok) return apiError(401, refreshed.reason, FAILURES[refreshed.reason]);
  return apiJson({
    accessToken: refreshed.token,
    tokenType: transport === "dpop" ? "DPoP" : "Bearer",
    expiresIn: refreshed.claims.exp - refreshed.claims.iat,
    exp: refreshed.claims.exp,
    generation: refreshed.generation,
    // The successor a racing request already got (the grace window), not a new generation.
    graced: refreshed.graced,
    ...(transport !== "cookie" ? { refreshToken: refreshed.refreshToken } : {}),
  });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

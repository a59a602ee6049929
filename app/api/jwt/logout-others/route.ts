import { getJwtAuth } from "@/lib/auth/dal";
import { revokeOtherRefreshTokens } from "@/lib/auth/jwt/refresh";
import { judgeNow, tokenFreshness } from "@/lib/auth/step-up";
import { apiJson, stepUpRequired, unauthorized } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

/**
 * "Log out my other logins" for the JWT area — a sensitive action (step-up): the token's
 * `auth_time` must be recent. Ends every other refresh family of the user; their access tokens
 * stay valid until they expire (nothing else was kept to end).
 */
async function post(): Promise<Response> {
  const auth = await getJwtAuth();
  if (!auth.ok) return unauthorized("jwt", auth.reason);
  const freshness = tokenFreshness(auth.claims, await judgeNow());
  if (!freshness.fresh) {
    return stepUpRequired(
      "jwt",
      freshness.maxAgeSeconds,
      auth.transport === "dpop" ? "DPoP" : "Bearer",
    );
  }
  const ended = revokeOtherRefreshTokens(Number(auth.claims.sub), auth.claims.fid ?? null);
  return apiJson({ endedFamilies: ended });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

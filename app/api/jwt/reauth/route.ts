import { getJwtAuth } from "@/lib/auth/dal";
import { reauthenticateJwt } from "@/lib/auth/step-up/reauth";
import { readJsonBody } from "@/lib/http/request";
import { apiJson, reauthenticationRefused, unauthorized } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { reauthenticationSchema } from "@/lib/validation/accounts";

/**
 * Types the password again (step-up): a new access token with `auth_time` now and a new refresh
 * family, bound to the same DPoP key if the login was (this request's proof has proved it).
 */
async function post(request: Request): Promise<Response> {
  const auth = await getJwtAuth();
  if (!auth.ok) return unauthorized("jwt", auth.reason);
  const body = await readJsonBody(request, reauthenticationSchema);
  if (!body.ok) return body.response;
  const result = await reauthenticateJwt(auth, body.data.password);
  if (!result.ok) {
    if (result.reason === "user_not_found") return unauthorized("jwt");
    return reauthenticationRefused(result);
  }
  const keepsTokens = auth.transport !== "cookie";
  return apiJson({
    accessToken: result.token,
    tokenType: auth.transport === "dpop" ? "DPoP" : "Bearer",
    expiresIn: result.claims.exp - result.claims.iat,
    ...(keepsTokens ? { refreshToken: result.refreshToken } : {}),
    authTime: Math.floor(result.authTime / 1000),
  });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

import { logInWithJwt } from "@/lib/auth/login";
import { methodNotAllowed, readJsonBody, rejectCrossSite } from "@/lib/http/request";
import { apiJson, loginRefused } from "@/lib/http/responses";
import { jwtLoginSchema } from "@/lib/validation";

export async function POST(request: Request): Promise<Response> {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  const body = await readJsonBody(request, jwtLoginSchema);
  if (!body.ok) return body.response;
  const login = await logInWithJwt(body.data, body.data.transport);
  if (!login.ok) return loginRefused(login);
  // The tokens are returned for clients that send them themselves (C05, C21); a cookie client
  // gets its refresh token only as an HttpOnly cookie, never where page script could read it.
  const bearer = body.data.transport === "bearer";
  return apiJson({
    accessToken: login.token,
    tokenType: "Bearer",
    expiresIn: login.claims.exp - login.claims.iat,
    ...(bearer ? { refreshToken: login.refreshToken } : {}),
    user: login.user,
  });
}

export const GET = methodNotAllowed("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;

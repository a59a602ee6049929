import { logInWithJwt } from "@/lib/auth/login";
import { readJsonBody } from "@/lib/http/request";
import { apiJson, loginRefused } from "@/lib/http/responses";
import { jwtLoginSchema } from "@/lib/validation";
import { route } from "@/lib/http/route";

async function post(request: Request): Promise<Response> {
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
    clockReset: login.clockReset,
  });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

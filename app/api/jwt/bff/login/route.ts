import { logInWithBff } from "@/lib/auth/login/login";
import { rotateInspectorId } from "@/lib/inspect/rotate-id";
import { readJsonBody } from "@/lib/http/request";
import { apiJson, loginRefused } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { loginSchema } from "@/lib/validation/accounts";

/**
 * The backend-for-frontend's login: the JWT login, but the tokens stay on the server. The answer
 * carries the user and when the access token ends — never a token; the browser gets an HttpOnly,
 * SameSite=Strict cookie naming the BFF session.
 */
async function post(request: Request): Promise<Response> {
  const body = await readJsonBody(request, loginSchema);
  if (!body.ok) return body.response;
  const login = await logInWithBff(body.data);
  if (!login.ok) return loginRefused(login);
  await rotateInspectorId();
  return apiJson({
    user: login.user,
    accessExpiresIn: login.claims.exp - login.claims.iat,
    tokensKeptBy: "server",
    clockReset: login.clockReset,
  });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

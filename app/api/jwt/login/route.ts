import { logInWithJwt } from "@/lib/auth/login";
import { config } from "@/lib/config";
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
  // The token is returned for clients that send it as `Authorization: Bearer` (C05, C21).
  return apiJson({
    accessToken: login.token,
    tokenType: "Bearer",
    expiresIn: config.jwt.accessTtlSeconds,
    user: login.user,
  });
}

export const GET = methodNotAllowed("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;

import { logOutOfJwt } from "@/lib/auth/login/logout";
import { readJsonBody } from "@/lib/http/request";
import { route } from "@/lib/http/route";
import { logoutHeaders } from "@/lib/http/responses";
import { logoutRequestSchema } from "@/lib/validation/jwt-requests";

/**
 * Ends this login: the access token (cookie or Bearer, expired or not), the refresh cookie, or a
 * Bearer client's `{refreshToken}` — whichever arrive — each leads to the family to end.
 */
async function post(request: Request): Promise<Response> {
  const body = await readJsonBody(request, logoutRequestSchema, { whenEmpty: {} });
  if (!body.ok) return body.response;
  await logOutOfJwt(body.data.refreshToken);
  return new Response(null, { status: 204, headers: logoutHeaders() });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

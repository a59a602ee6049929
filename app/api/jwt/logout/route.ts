import { logOutOfJwt } from "@/lib/auth/login";
import { methodNotAllowed, readJsonBody, rejectCrossSite } from "@/lib/http/request";
import { logoutHeaders } from "@/lib/http/responses";
import { logoutRequestSchema } from "@/lib/validation";

/**
 * Ends this login: the access token (cookie or Bearer, expired or not), the refresh cookie, or a
 * Bearer client's `{refreshToken}` — whichever arrive — each leads to the family to end.
 */
export async function POST(request: Request): Promise<Response> {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  const body = await readJsonBody(request, logoutRequestSchema, { whenEmpty: {} });
  if (!body.ok) return body.response;
  await logOutOfJwt(body.data.refreshToken);
  return new Response(null, { status: 204, headers: logoutHeaders() });
}

export const GET = methodNotAllowed("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;

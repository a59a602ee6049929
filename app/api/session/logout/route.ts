import { logOutOfSession } from "@/lib/auth/login";
import { methodNotAllowed, rejectCrossSite } from "@/lib/http/request";
import { logoutHeaders } from "@/lib/http/responses";
import { storeAware } from "@/lib/http/store-aware";

async function post(request: Request): Promise<Response> {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  await logOutOfSession();
  return new Response(null, { status: 204, headers: logoutHeaders() });
}

export const POST = storeAware(post);

export const GET = methodNotAllowed("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;

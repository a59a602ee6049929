import { cookies } from "next/headers";
import { logOutOfJwt, logOutOfSession } from "@/lib/auth/login";
import { cookieSettings } from "@/lib/config";
import { methodNotAllowed, rejectCrossSite } from "@/lib/http/request";
import { apiJson } from "@/lib/http/responses";
import { storeAware } from "@/lib/http/store-aware";

/**
 * Back to real time. Going back could revive a token judged expired, so the reset also logs this
 * browser out of both areas: nothing it held survives the trip back.
 */
async function post(request: Request): Promise<Response> {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  await logOutOfSession();
  await logOutOfJwt();
  const { name, options } = cookieSettings.clock;
  (await cookies()).set(name, "", { ...options, maxAge: 0 });
  return apiJson({ offsetSeconds: 0, loggedOut: true });
}

export const POST = storeAware(post);

export const GET = methodNotAllowed("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;

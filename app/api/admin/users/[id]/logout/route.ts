import { forceLogoutUser } from "@/lib/admin";
import { adminFailure, adminTarget } from "@/lib/http/admin";
import { methodNotAllowed } from "@/lib/http/request";
import { apiJson } from "@/lib/http/responses";
import { storeAware } from "@/lib/http/store-aware";

/** Force logout: every session of the user ends now; their next request is refused. */
async function post(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const target = await adminTarget(request, params);
  if (target instanceof Response) return target;
  const result = await forceLogoutUser(target.userId);
  return result.ok ? apiJson({ revokedSessions: result.revoked }) : adminFailure(result.reason);
}

export const POST = storeAware(post);

export const GET = methodNotAllowed("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;

import { forceLogoutUser } from "@/lib/accounts/admin";
import { adminFailure, adminTarget } from "@/lib/http/admin";
import { apiJson } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

/**
 * Force logout: every session of the user ends now; their next request is refused. Sensitive
 * (step-up): the admin's own login must be fresh.
 */
async function post(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const target = await adminTarget(params);
  if (target instanceof Response) return target;
  const result = await forceLogoutUser(target.proof, target.userId);
  return result.ok ? apiJson({ revokedSessions: result.revoked }) : adminFailure(result.reason);
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

import { forceLogoutUser } from "@/lib/admin";
import { adminFailure, adminOrError, userIdOrError } from "@/lib/http/admin";
import { methodNotAllowed, rejectCrossSite } from "@/lib/http/request";
import { apiJson } from "@/lib/http/responses";

/** Force logout: every session of the user ends now; their next request is refused. */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  const admin = await adminOrError();
  if (admin instanceof Response) return admin;
  const userId = userIdOrError((await params).id);
  if (userId instanceof Response) return userId;
  const result = forceLogoutUser(userId);
  return result.ok ? apiJson({ revokedSessions: result.revoked }) : adminFailure(result.reason);
}

export const GET = methodNotAllowed("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;

import { updateUserAsAdmin } from "@/lib/admin";
import { adminFailure, adminOrError, userIdOrError } from "@/lib/http/admin";
import { methodNotAllowed, readJsonBody, rejectCrossSite } from "@/lib/http/request";
import { apiJson } from "@/lib/http/responses";
import { adminUserChangeSchema } from "@/lib/validation";

/** Changes a user's role and/or disables (ending their sessions) or enables the account. */
export async function PATCH(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  const admin = await adminOrError();
  if (admin instanceof Response) return admin;
  const userId = userIdOrError((await params).id);
  if (userId instanceof Response) return userId;
  const body = await readJsonBody(request, adminUserChangeSchema);
  if (!body.ok) return body.response;
  const result = updateUserAsAdmin(admin.auth.user.id, userId, body.data);
  return result.ok
    ? apiJson({ user: result.user, revokedSessions: result.revoked })
    : adminFailure(result.reason);
}

export const GET = methodNotAllowed("PATCH");
export const POST = GET;
export const PUT = GET;
export const DELETE = GET;

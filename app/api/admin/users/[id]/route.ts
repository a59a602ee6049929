import { updateUserAsAdmin } from "@/lib/accounts/admin";
import { adminFailure, adminTarget } from "@/lib/http/admin";
import { readJsonBody } from "@/lib/http/request";
import { apiJson } from "@/lib/http/responses";
import { adminUserChangeSchema } from "@/lib/validation/admin-settings";
import { route } from "@/lib/http/route";

/**
 * Changes a user's role and/or disables (ending their sessions) or enables the account.
 * Sensitive (step-up); the admin's rights are read again inside the write's transaction, after
 * the body has arrived, and the last admin can be neither demoted nor disabled.
 */
async function patch(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const target = await adminTarget(params);
  if (target instanceof Response) return target;
  const body = await readJsonBody(request, adminUserChangeSchema);
  if (!body.ok) return body.response;
  const result = await updateUserAsAdmin(target.proof, target.userId, body.data);
  return result.ok
    ? apiJson({ user: result.user, revokedSessions: result.revoked })
    : adminFailure(result.reason);
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ PATCH: patch });

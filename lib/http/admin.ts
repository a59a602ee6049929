import "server-only";
import { authorizeAdmin, type AdminAuthorization } from "@/lib/auth/dal";
import type { AdminFailure } from "@/lib/accounts/admin";
import type { FreshAuthentication } from "@/lib/auth/step-up/proof";
import { freshSessionOrStepUp } from "@/lib/http/step-up";
import { apiError } from "@/lib/http/responses";
import { userIdSchema } from "@/lib/validation/ids";

type Admin = Extract<AdminAuthorization, { ok: true }>;

/** The admin API's gate for reading: the caller's session must belong to an admin now. */
export async function adminOrError(): Promise<Admin | Response> {
  const authorization = await authorizeAdmin();
  if (authorization.ok) return authorization;
  return authorization.status === 401
    ? apiError(401, "unauthenticated", "Authentication required.")
    : apiError(403, "forbidden", "Only an admin may do this.");
}

/**
 * The gate of every admin route that changes anything sensitive (users, keys, settings, seal
 * passwords, restart): an admin now, with a login fresh enough (step-up) — else 401
 * insufficient_user_authentication. The proof it returns is what the operation demands; the
 * operation reads the admin's rights again when it writes.
 */
export async function freshAdminOrError(): Promise<
  (Admin & { proof: FreshAuthentication }) | Response
> {
  const admin = await adminOrError();
  if (admin instanceof Response) return admin;
  const proof = await freshSessionOrStepUp(admin.auth);
  return proof instanceof Response ? proof : { ...admin, proof };
}

/** The `:id` of an admin route, or a 404 for anything that is not a user id. */
export function userIdOrError(raw: string): number | Response {
  const parsed = userIdSchema.safeParse(raw);
  return parsed.success ? parsed.data : apiError(404, "user_not_found", "No such user.");
}

const FAILURES: Record<AdminFailure, [number, string]> = {
  user_not_found: [404, "No such user."],
  cannot_change_self: [
    409,
    "Admins cannot change their own account here (someone must stay admin).",
  ],
  last_admin: [409, "That is the last admin: make someone else admin first."],
  forbidden: [403, "Only an admin may do this."],
};

export function adminFailure(reason: AdminFailure): Response {
  const [status, message] = FAILURES[reason];
  return apiError(status, reason, message);
}

/**
 * The common gate of the admin routes on one user (every one of them sensitive): a fresh admin
 * session and a valid `:id` (the cross-site rule is the proxy's). Returns the proof and the user
 * id, or the error response.
 */
export async function adminTarget(
  params: Promise<{ id: string }>,
): Promise<{ proof: FreshAuthentication; userId: number } | Response> {
  const admin = await freshAdminOrError();
  if (admin instanceof Response) return admin;
  const userId = userIdOrError((await params).id);
  return userId instanceof Response ? userId : { proof: admin.proof, userId };
}

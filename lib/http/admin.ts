import "server-only";
import { authorizeAdmin, type AdminAuthorization } from "@/lib/auth/dal";
import type { AdminFailure } from "@/lib/admin";
import { apiError, stepUpRequired } from "@/lib/http/responses";
import { judgeNow, sessionFreshness } from "@/lib/auth/step-up";
import { userIdSchema } from "@/lib/validation";

/** The admin API's gate: the caller's session must belong to an admin now; else 401 or 403. */
export async function adminOrError(): Promise<
  Extract<AdminAuthorization, { ok: true }> | Response
> {
  const authorization = await authorizeAdmin();
  if (authorization.ok) return authorization;
  return authorization.status === 401
    ? apiError(401, "unauthenticated", "Authentication required.")
    : apiError(403, "forbidden", "Only an admin may do this.");
}

/**
 * The gate of the admin's sensitive routes (force logout, retiring a key or a seal password): an
 * admin now, with a login fresh enough (step-up) — else 401 insufficient_user_authentication.
 */
export async function freshAdminOrError(): Promise<
  Extract<AdminAuthorization, { ok: true }> | Response
> {
  const admin = await adminOrError();
  if (admin instanceof Response) return admin;
  const freshness = sessionFreshness(admin.auth.session, await judgeNow());
  return freshness.fresh ? admin : stepUpRequired("session", freshness.maxAgeSeconds);
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
};

export function adminFailure(reason: AdminFailure): Response {
  const [status, message] = FAILURES[reason];
  return apiError(status, reason, message);
}

/**
 * The common gate of the admin routes on one user: an admin session now, and a valid `:id` (the
 * cross-site rule is the proxy's). Returns the acting admin and the user id, or the error response.
 */
export async function adminTarget(
  params: Promise<{ id: string }>,
  { sensitive = false }: { sensitive?: boolean } = {},
): Promise<{ admin: Extract<AdminAuthorization, { ok: true }>; userId: number } | Response> {
  const admin = sensitive ? await freshAdminOrError() : await adminOrError();
  if (admin instanceof Response) return admin;
  const userId = userIdOrError((await params).id);
  return userId instanceof Response ? userId : { admin, userId };
}

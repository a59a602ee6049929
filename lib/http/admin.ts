import "server-only";
import { redirect } from "next/navigation";
import {
  authorizeAdmin,
  authorizeServerWide,
  type AdminAuthorization,
  type ServerWideAuthorization,
  type SessionAuth,
} from "@/lib/auth/dal";
import { requireFreshAdmin } from "@/lib/auth/step-up/step-up";
import type { AdminFailure } from "@/lib/accounts/admin";
import type { FreshAuthentication } from "@/lib/auth/step-up/proof";
import { freshSessionOrStepUp } from "@/lib/http/step-up";
import { apiError } from "@/lib/http/responses";
import { userIdSchema } from "@/lib/validation/ids";

type Admin = Extract<AdminAuthorization, { ok: true }>;

/** The admin API's gate for reading: the caller's session must belong to an admin now. */
export async function adminOrError(): Promise<Admin | Response> {
  return admittedOrError(await authorizeAdmin());
}

/**
 * The gate for reading what belongs to other visitors (the accounts and their sessions): an admin
 * locally, the operator alone on a hosted instance, where the demo admin's password is public.
 */
export async function serverWideAdminOrError(): Promise<Admin | Response> {
  return admittedOrError(await authorizeServerWide());
}

const OPERATOR_ONLY =
  "On this hosted instance, only the operator may change what every visitor sees.";

function admittedOrError(authorization: ServerWideAuthorization): Admin | Response {
  if (authorization.ok) return authorization;
  if (authorization.status === 401) {
    return apiError(401, "unauthenticated", "Authentication required.");
  }
  return "reason" in authorization
    ? apiError(403, "operator_only", OPERATOR_ONLY)
    : apiError(403, "forbidden", "Only an admin may do this.");
}

/**
 * The gate of every admin route that changes anything (users, keys, settings, seal passwords,
 * restart — all of it server-wide): an admin now, the operator on a hosted instance (else 403
 * operator_only), with a login fresh enough (step-up) — else 401 insufficient_user_authentication.
 * The proof it returns is what the operation demands; the operation reads the admin's rights
 * again when it writes.
 */
export async function freshServerWideAdminOrError(): Promise<
  (Admin & { proof: FreshAuthentication }) | Response
> {
  const admin = admittedOrError(await authorizeServerWide());
  if (admin instanceof Response) return admin;
  const proof = await freshSessionOrStepUp(admin.auth);
  return proof instanceof Response ? proof : { ...admin, proof };
}

/**
 * The same gate for the admin page's actions: not the operator on a hosted instance, back to the
 * page saying why; a stale login, off to re-authenticate and back.
 */
export async function requireFreshServerWideAdmin(
  next = "/admin",
): Promise<{ auth: Extract<SessionAuth, { ok: true }>; proof: FreshAuthentication }> {
  const authorization = await authorizeServerWide();
  if (!authorization.ok && "reason" in authorization) {
    redirect("/admin?done=error&reason=operator_only");
  }
  return requireFreshAdmin(next);
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
  too_many_keys: [
    409,
    "Your lab already has as many keys that verify as it may: retire an old one first.",
  ],
  too_many_passwords: [
    409,
    "Your lab already has as many seal passwords as it may: retire an old one first.",
  ],
};

export function adminFailure(reason: AdminFailure): Response {
  const [status, message] = FAILURES[reason];
  return apiError(status, reason, message);
}

/**
 * The common gate of the admin routes on one user (every one of them sensitive, and server-wide:
 * someone else's account): freshServerWideAdminOrError and a valid `:id` (the cross-site rule is the proxy's). Returns the proof and the user
 * id, or the error response.
 */
export async function adminTarget(
  params: Promise<{ id: string }>,
): Promise<{ proof: FreshAuthentication; userId: number } | Response> {
  const admin = await freshServerWideAdminOrError();
  if (admin instanceof Response) return admin;
  const userId = userIdOrError((await params).id);
  return userId instanceof Response ? userId : { proof: admin.proof, userId };
}

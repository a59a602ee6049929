import { cookies } from "next/headers";
import { z } from "zod";
import { isThrowawayAccount, labAccountOf } from "@/lib/compare/lab-account";
import { forceLogoutUser, updateUserAsAdmin } from "@/lib/accounts/admin";
import { getSealedAuth, getJwtAuth, getSessionAuth } from "@/lib/auth/dal";
import { adminFailure } from "@/lib/http/admin";
import { readJsonBody } from "@/lib/http/request";
import { apiError, apiJson, loginRefused } from "@/lib/http/responses";
import { proveByLogin } from "@/lib/auth/step-up/proof";
import { loginSchema } from "@/lib/validation/accounts";
import { currentLoginClient } from "@/lib/auth/login/device-cookie";
import { route } from "@/lib/http/route";

const adminStepSchema = z.object({
  action: z.enum(["logout", "toggle_role"]),
  admin: loginSchema,
});

/**
 * The compare page's admin steps (C11, C15 vs C27): an admin — authenticated by their own
 * username and password in this request, throttled like any login — force-logs-out, or changes
 * the role of, the user this browser is logged in as. Only ever this browser's throw-away
 * account: a shared demo user changed here would be changed for every visitor.
 */
async function post(request: Request): Promise<Response> {
  const body = await readJsonBody(request, adminStepSchema);
  if (!body.ok) return body.response;

  const [session, cookie, jwt] = await Promise.all([
    getSessionAuth(),
    getSealedAuth(),
    getJwtAuth(),
  ]);
  // Whose account: the session's (read from the store), else what a stateless credential says.
  const target = session.ok
    ? session.user.id
    : cookie.ok
      ? cookie.data.uid
      : jwt.ok
        ? Number(jwt.claims.sub)
        : null;
  if (target === null) {
    return apiError(
      409,
      "not_logged_in",
      "Log in first, with a throw-away account (the button at the top): this step changes the account you are logged in as.",
    );
  }
  // The signed cookie names this browser's account; the mark says it is still a throw-away one.
  if (target !== labAccountOf(await cookies()) || !(await isThrowawayAccount(target))) {
    return apiError(
      409,
      "lab_account_required",
      "This step changes the account you are logged in as, so it runs only on a throw-away account of this browser (the button at the top), never on a shared one.",
    );
  }
  // The admin's password, typed for this very request, is the step-up these operations demand.
  const admin = await proveByLogin(body.data.admin, await currentLoginClient());
  if (!admin.ok) return loginRefused(admin);
  if (admin.user.role !== "admin") return apiError(403, "forbidden", "Only an admin may do this.");

  if (body.data.action === "logout") {
    const result = await forceLogoutUser(admin.proof, target);
    return result.ok
      ? apiJson({ action: "logout", revokedSessions: result.revoked })
      : adminFailure(result.reason);
  }
  const current = session.ok
    ? session.user.role
    : cookie.ok
      ? cookie.data.role
      : jwt.ok
        ? jwt.claims.role
        : "user";
  const result = await updateUserAsAdmin(admin.proof, target, {
    role: current === "admin" ? "user" : "admin",
  });
  return result.ok
    ? apiJson({ action: "toggle_role", role: result.user.role })
    : adminFailure(result.reason);
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

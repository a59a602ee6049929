import { z } from "zod";
import { forceLogoutUser, updateUserAsAdmin } from "@/lib/admin";
import { getJwtAuth, getSessionAuth } from "@/lib/auth/dal";
import { adminFailure } from "@/lib/http/admin";
import { readJsonBody } from "@/lib/http/request";
import { apiError, apiJson, loginRefused } from "@/lib/http/responses";
import { authenticateUser } from "@/lib/auth/authenticate";
import { loginSchema } from "@/lib/validation";
import { currentLoginClient } from "@/lib/auth/device-cookie";
import { route } from "@/lib/http/route";

const adminStepSchema = z.object({
  action: z.enum(["logout", "toggle_role"]),
  admin: loginSchema,
});

/**
 * The compare page's admin steps (C11, C15 vs C27): an admin — authenticated by their own
 * username and password in this request, throttled like any login — force-logs-out, or changes
 * the role of, the user this browser is logged in as.
 */
async function post(request: Request): Promise<Response> {
  const body = await readJsonBody(request, adminStepSchema);
  if (!body.ok) return body.response;
  const admin = await authenticateUser(body.data.admin, await currentLoginClient());
  if (!admin.ok) return loginRefused(admin);
  if (admin.user.role !== "admin") return apiError(403, "forbidden", "Only an admin may do this.");

  const [session, jwt] = await Promise.all([getSessionAuth(), getJwtAuth()]);
  const target = session.ok ? session.user.id : jwt.ok ? Number(jwt.claims.sub) : null;
  if (target === null) return apiError(409, "not_logged_in", "Log in to the compare page first.");

  if (body.data.action === "logout") {
    const result = await forceLogoutUser(target);
    return result.ok
      ? apiJson({ action: "logout", revokedSessions: result.revoked })
      : adminFailure(result.reason);
  }
  const current = session.ok ? session.user.role : jwt.ok ? jwt.claims.role : "user";
  const result = await updateUserAsAdmin(admin.user.id, target, {
    role: current === "admin" ? "user" : "admin",
  });
  return result.ok
    ? apiJson({ action: "toggle_role", role: result.user.role })
    : adminFailure(result.reason);
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

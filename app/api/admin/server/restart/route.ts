import { config } from "@/config";
import { adminFailure, freshServerWideAdminOrError } from "@/lib/http/admin";
import { apiError, apiJson } from "@/lib/http/responses";
import { canRestartServer, restartEffect, scheduleServerRestart } from "@/lib/lab/server-restart";
import { route } from "@/lib/http/route";

/**
 * Restarts the server process (admin only, under the supervisor): the C07 demonstration.
 * Sensitive (step-up): with the memory store it ends every session.
 */
async function post(): Promise<Response> {
  const admin = await freshServerWideAdminOrError();
  if (admin instanceof Response) return admin;
  if (!canRestartServer()) {
    return apiError(
      409,
      "not_supervised",
      "This server was not started by npm start's supervisor, so it cannot restart itself.",
    );
  }
  if (!(await scheduleServerRestart(admin.proof))) return adminFailure("forbidden");
  return apiJson({ restarting: true, store: config.session.store, effect: restartEffect() }, 202);
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

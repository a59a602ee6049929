import { config } from "@/lib/config";
import { adminOrError } from "@/lib/http/admin";
import { methodNotAllowed, rejectCrossSite } from "@/lib/http/request";
import { apiError, apiJson } from "@/lib/http/responses";
import { canRestartServer, restartEffect, scheduleServerRestart } from "@/lib/server-restart";
import { storeAware } from "@/lib/http/store-aware";

/** Restarts the server process (admin only, under the supervisor): the C07 demonstration. */
async function post(request: Request): Promise<Response> {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  const admin = await adminOrError();
  if (admin instanceof Response) return admin;
  if (!canRestartServer()) {
    return apiError(
      409,
      "not_supervised",
      "This server was not started by npm start's supervisor, so it cannot restart itself.",
    );
  }
  scheduleServerRestart();
  return apiJson({ restarting: true, store: config.session.store, effect: restartEffect() }, 202);
}

export const POST = storeAware(post);

export const GET = methodNotAllowed("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;

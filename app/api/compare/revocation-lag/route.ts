import { cookies, headers } from "next/headers";
import { z } from "zod";
import { clientAddress } from "@/ground/client-address";
import { currentLoginClient } from "@/lib/auth/login/device-cookie";
import { proveByLogin } from "@/lib/auth/step-up/proof";
import { claimRun } from "@/lib/compare/revocation-lag/pace";
import { startRevocationLag } from "@/lib/compare/revocation-lag/start";
import { ADMIN_EVENTS, LAG_EVENTS } from "@/lib/compare/revocation-lag/types";
import { readJsonBody } from "@/lib/http/request";
import {
  apiError,
  apiJson,
  labUnavailable,
  loginRefused,
  tooManyAttempts,
} from "@/lib/http/responses";
import { readInspectorId } from "@/lib/inspect/browser-id";
import { route } from "@/lib/http/route";
import { loginSchema } from "@/lib/validation/accounts";

const lagSchema = z.strictObject({ event: z.enum(LAG_EVENTS), admin: loginSchema.optional() });

/**
 * Starts a revocation-lag run (lib/compare/revocation-lag): fresh logins of this browser's meter
 * account, copies kept on the server, the event done for real; answers the copies' handles. The
 * visitor's own login is never touched. A role change or a disabling is an admin's act: the
 * admin's username and password come with this very request, checked and throttled like a login.
 */
async function post(request: Request): Promise<Response> {
  const inspectorId = readInspectorId(await cookies());
  if (inspectorId === null) return apiError(400, "no_inspector", "Load a page of the lab first.");
  const body = await readJsonBody(request, lagSchema);
  if (!body.ok) return body.response;
  const { event, admin: adminLogin } = body.data;
  const needsAdmin = ADMIN_EVENTS.includes(event);
  if (needsAdmin && adminLogin === undefined) {
    return apiError(
      400,
      "admin_required",
      "This event is an admin's: send the admin's username and password.",
    );
  }
  let admin = null;
  if (needsAdmin && adminLogin !== undefined) {
    const proved = await proveByLogin(adminLogin, await currentLoginClient());
    if (!proved.ok) return loginRefused(proved);
    if (proved.user.role !== "admin")
      return apiError(403, "forbidden", "Only an admin may do this.");
    admin = proved.proof;
  }
  const slot = claimRun(inspectorId);
  if (!slot.ok) return tooManyAttempts(slot.retryAfterSeconds);
  const started = await startRevocationLag(inspectorId, event, {
    client: clientAddress(await headers()),
    admin,
  });
  if (started.ok) return apiJson(started.run);
  switch (started.reason) {
    case "throttled":
      return tooManyAttempts(started.retryAfterSeconds);
    case "lab_full":
    case "lab_unavailable":
      return labUnavailable(started.retryAfterSeconds);
    case "session_limit":
      return apiError(
        409,
        "session_limit",
        "The meter's account has too many sessions; try again in a moment.",
      );
    case "event_failed":
      return apiError(
        502,
        "event_failed",
        `The event was refused (${started.status}); nothing to measure.`,
      );
  }
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

import { getSessionAuth } from "@/lib/auth/dal";
import { revokeOtherDevices } from "@/lib/auth/session/devices";
import { currentLoginClient } from "@/lib/auth/device-cookie";
import { judgeNow, sessionFreshness } from "@/lib/auth/step-up";
import { readJsonBody } from "@/lib/http/request";
import {
  apiJson,
  reauthenticationRefused,
  stepUpRequired,
  unauthorized,
} from "@/lib/http/responses";
import { confirmPassword } from "@/lib/auth/authenticate";
import { stepUpBodySchema } from "@/lib/validation";
import { route } from "@/lib/http/route";

/**
 * "Log out all other devices" — a sensitive action (step-up): straight away while the login is
 * fresh, else with `{password}`; a password that is sent is always checked.
 */
async function post(request: Request): Promise<Response> {
  const auth = await getSessionAuth();
  if (!auth.ok) return unauthorized("session");
  const body = await readJsonBody(request, stepUpBodySchema, { whenEmpty: {} });
  if (!body.ok) return body.response;
  const { password } = body.data;
  const freshness = sessionFreshness(auth.session, await judgeNow());
  if (password === undefined && !freshness.fresh) {
    return stepUpRequired("session", freshness.maxAgeSeconds);
  }
  if (password !== undefined) {
    const confirmed = await confirmPassword(auth.user, password, await currentLoginClient());
    if (!confirmed.ok) return reauthenticationRefused(confirmed);
  }
  return apiJson({ revokedSessions: await revokeOtherDevices(auth.user.id, auth.session.id) });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

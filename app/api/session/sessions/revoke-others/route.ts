import { getSessionAuth } from "@/lib/auth/dal";
import { revokeOtherDevices } from "@/lib/auth/session/devices";
import { currentLoginClient } from "@/lib/auth/device-cookie";
import { readJsonBody } from "@/lib/http/request";
import { apiJson, reauthenticationRefused, unauthorized } from "@/lib/http/responses";
import { confirmPassword } from "@/lib/auth/authenticate";
import { reauthenticationSchema } from "@/lib/validation";
import { route } from "@/lib/http/route";

/** "Log out all other devices", after re-entering the password. */
async function post(request: Request): Promise<Response> {
  const auth = await getSessionAuth();
  if (!auth.ok) return unauthorized("session");
  const body = await readJsonBody(request, reauthenticationSchema);
  if (!body.ok) return body.response;
  const confirmed = await confirmPassword(
    auth.user,
    body.data.password,
    await currentLoginClient(),
  );
  if (!confirmed.ok) return reauthenticationRefused(confirmed);
  return apiJson({ revokedSessions: await revokeOtherDevices(auth.user.id, auth.session.id) });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

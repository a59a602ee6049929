import { changePassword } from "@/lib/accounts/self-service";
import { setSessionCookie } from "@/lib/auth/cookies";
import { getSessionAuth } from "@/lib/auth/dal";
import { readJsonBody } from "@/lib/http/request";
import { requestMetadata } from "@/ground/client-address";
import { apiJson, reauthenticationRefused, unauthorized } from "@/lib/http/responses";
import { passwordChangeSchema } from "@/lib/validation/accounts";
import { currentLoginClient } from "@/lib/auth/login/device-cookie";
import { route } from "@/lib/http/route";

/** Changes the password; other sessions end (unless `logoutOthers: false`), this one gets a new token. */
async function post(request: Request): Promise<Response> {
  const auth = await getSessionAuth();
  if (!auth.ok) return unauthorized("session");
  const body = await readJsonBody(request, passwordChangeSchema);
  if (!body.ok) return body.response;
  const result = await changePassword(
    auth.user,
    auth.session,
    body.data,
    await currentLoginClient(),
    requestMetadata(request.headers),
  );
  if (!result.ok) return reauthenticationRefused(result);
  await setSessionCookie(result.token);
  return apiJson({ revokedSessions: result.revokedOthers });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

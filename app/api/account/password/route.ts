import { changePassword } from "@/lib/account";
import { setSessionCookie } from "@/lib/auth/cookies";
import { getSessionAuth } from "@/lib/auth/dal";
import { sealSessionToken } from "@/lib/auth/session";
import {
  methodNotAllowed,
  readJsonBody,
  rejectCrossSite,
  requestMetadata,
} from "@/lib/http/request";
import { apiJson, reauthenticationRefused, unauthorized } from "@/lib/http/responses";
import { passwordChangeSchema } from "@/lib/validation";
import { storeAware } from "@/lib/http/store-aware";
import { currentLoginClient } from "@/lib/auth/login-client";

/** Changes the password; other sessions end (unless `logoutOthers: false`), this one gets a new token. */
async function post(request: Request): Promise<Response> {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  const auth = await getSessionAuth();
  if (!auth.ok) return unauthorized(false);
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
  await setSessionCookie(await sealSessionToken(result.token));
  return apiJson({ revokedSessions: result.revokedOthers });
}

export const POST = storeAware(post);

export const GET = methodNotAllowed("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;

import { getSessionAuth } from "@/lib/auth/dal";
import { reauthenticateSession } from "@/lib/auth/step-up/reauth";
import { config } from "@/config";
import { readJsonBody } from "@/lib/http/request";
import { apiJson, reauthenticationRefused, unauthorized } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { reauthenticationSchema } from "@/lib/validation/accounts";

/** Types the password again (step-up): a fresh session and cookie, authenticated now. */
async function post(request: Request): Promise<Response> {
  const auth = await getSessionAuth();
  if (!auth.ok) return unauthorized("session");
  const body = await readJsonBody(request, reauthenticationSchema);
  if (!body.ok) return body.response;
  const result = await reauthenticateSession(auth, body.data.password);
  if (!result.ok) return reauthenticationRefused(result);
  return apiJson({
    authTime: new Date(result.authTime).toISOString(),
    maxAge: config.stepUp.maxAgeSeconds,
  });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

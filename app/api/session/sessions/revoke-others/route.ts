import { revokeOtherDevices } from "@/lib/accounts/self-service";
import { getSessionAuth } from "@/lib/auth/dal";
import { readJsonBody } from "@/lib/http/request";
import { apiJson, unauthorized } from "@/lib/http/responses";
import { freshSessionOrPassword } from "@/lib/http/step-up";
import { stepUpBodySchema } from "@/lib/validation/accounts";
import { route } from "@/lib/http/route";

/**
 * "Log out all other devices" — a sensitive action (step-up): straight away while the login is
 * fresh, else with `{password}`; a password that is sent is always checked. Of two devices asking
 * at once, one wins: the other's own session is gone by then, and it is answered 401.
 */
async function post(request: Request): Promise<Response> {
  const auth = await getSessionAuth();
  if (!auth.ok) return unauthorized("session");
  const body = await readJsonBody(request, stepUpBodySchema, { whenEmpty: {} });
  if (!body.ok) return body.response;
  const proof = await freshSessionOrPassword(auth, body.data.password);
  if (proof instanceof Response) return proof;
  const result = await revokeOtherDevices(proof, auth.session);
  return result.ok ? apiJson({ revokedSessions: result.revoked }) : unauthorized("session");
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

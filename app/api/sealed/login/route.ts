import { logInWithSealed } from "@/lib/auth/login/login";
import { rotateInspectorId } from "@/lib/inspect/rotate-id";
import { readJsonBody } from "@/lib/http/request";
import { apiJson, loginRefused } from "@/lib/http/responses";
import { loginSchema } from "@/lib/validation/accounts";
import { route } from "@/lib/http/route";

async function post(request: Request): Promise<Response> {
  const body = await readJsonBody(request, loginSchema);
  if (!body.ok) return body.response;
  const login = await logInWithSealed(body.data);
  if (!login.ok) return loginRefused(login);
  await rotateInspectorId();
  return apiJson({ user: login.user, sealed: login.data, clockReset: login.clockReset });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

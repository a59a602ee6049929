import { logInWithSession } from "@/lib/auth/login/login";
import { rotateInspectorId } from "@/lib/inspect/rotate-id";
import { config } from "@/config";
import { readJsonBody } from "@/lib/http/request";
import { apiJson, loginRefused } from "@/lib/http/responses";
import { loginSchema } from "@/lib/validation/accounts";
import { route } from "@/lib/http/route";

async function post(request: Request): Promise<Response> {
  const body = await readJsonBody(request, loginSchema);
  if (!body.ok) return body.response;
  const login = await logInWithSession(body.data);
  if (!login.ok) return loginRefused(login);
  await rotateInspectorId();
  const { limit, limitPolicy: policy } = config.session;
  return apiJson({
    user: login.user,
    sessionLimit: { limit, policy, evicted: login.evicted },
    clockReset: login.clockReset,
  });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

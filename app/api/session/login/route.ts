import { logInWithSession } from "@/lib/auth/login";
import { config } from "@/lib/config";
import { methodNotAllowed, readJsonBody, rejectCrossSite } from "@/lib/http/request";
import { apiJson, loginRefused } from "@/lib/http/responses";
import { loginSchema } from "@/lib/validation";

export async function POST(request: Request): Promise<Response> {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  const body = await readJsonBody(request, loginSchema);
  if (!body.ok) return body.response;
  const login = await logInWithSession(body.data);
  if (!login.ok) return loginRefused(login);
  const { limit, limitPolicy: policy } = config.session;
  return apiJson({ user: login.user, sessionLimit: { limit, policy, evicted: login.evicted } });
}

export const GET = methodNotAllowed("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;

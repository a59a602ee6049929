import { getSessionAuth } from "@/lib/auth/dal";
import { methodNotAllowed } from "@/lib/http/request";
import { apiJson, unauthorized } from "@/lib/http/responses";
import { storeAware } from "@/lib/http/store-aware";

async function get(): Promise<Response> {
  const auth = await getSessionAuth();
  if (!auth.ok) return unauthorized(false);
  const { createdAt, lastSeenAt, idleExpiresAt, expiresAt } = auth.session;
  return apiJson({ user: auth.user, session: { createdAt, lastSeenAt, idleExpiresAt, expiresAt } });
}

export const GET = storeAware(get);

export const POST = methodNotAllowed("GET");
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;

import { getSessionAuth } from "@/lib/auth/dal";
import { apiJson, unauthorized } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

async function get(): Promise<Response> {
  const auth = await getSessionAuth();
  if (!auth.ok) return unauthorized("session");
  const { createdAt, lastSeenAt, idleExpiresAt, expiresAt } = auth.session;
  return apiJson({ user: auth.user, session: { createdAt, lastSeenAt, idleExpiresAt, expiresAt } });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get });

import { getSessionAuth } from "@/lib/auth/dal";
import { listDevices } from "@/lib/auth/session/devices";
import { apiJson, unauthorized } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

/** This user's active sessions (C12); `id` is a public handle, never the token or its hash. */
async function get(): Promise<Response> {
  const auth = await getSessionAuth();
  if (!auth.ok) return unauthorized("session");
  return apiJson({ sessions: await listDevices(auth.user.id, auth.session.id) });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get });

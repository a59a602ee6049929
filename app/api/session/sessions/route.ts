import { getSessionAuth } from "@/lib/auth/dal";
import { listDevices } from "@/lib/auth/devices";
import { methodNotAllowed } from "@/lib/http/request";
import { apiJson, unauthorized } from "@/lib/http/responses";
import { storeAware } from "@/lib/http/store-aware";

/** This user's active sessions (C12); `id` is a public handle, never the token or its hash. */
async function get(): Promise<Response> {
  const auth = await getSessionAuth();
  if (!auth.ok) return unauthorized(false);
  return apiJson({ sessions: await listDevices(auth.user.id, auth.session.id) });
}

export const GET = storeAware(get);

export const POST = methodNotAllowed("GET");
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;

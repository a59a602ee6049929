import { getSessionAuth } from "@/lib/auth/dal";
import { revokeDevice } from "@/lib/auth/session/devices";
import { apiError, unauthorized } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { sessionHandleSchema } from "@/lib/validation";

/** Ends one of this user's sessions; its device is logged out on its next request. */
async function deleteSession(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const auth = await getSessionAuth();
  if (!auth.ok) return unauthorized("session");
  const handle = sessionHandleSchema.safeParse((await params).id);
  if (!handle.success || !(await revokeDevice(auth.user.id, handle.data))) {
    return apiError(404, "session_not_found", "You have no such session.");
  }
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ DELETE: deleteSession });

import { getSessionAuth } from "@/lib/auth/dal";
import { revokeDevice } from "@/lib/auth/devices";
import { methodNotAllowed, rejectCrossSite } from "@/lib/http/request";
import { apiError, unauthorized } from "@/lib/http/responses";
import { sessionHandleSchema } from "@/lib/validation";
import { storeAware } from "@/lib/http/store-aware";

/** Ends one of this user's sessions; its device is logged out on its next request. */
async function deleteSession(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  const auth = await getSessionAuth();
  if (!auth.ok) return unauthorized(false);
  const handle = sessionHandleSchema.safeParse((await params).id);
  if (!handle.success || !(await revokeDevice(auth.user.id, handle.data))) {
    return apiError(404, "session_not_found", "You have no such session.");
  }
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}

export const DELETE = storeAware(deleteSession);

export const GET = methodNotAllowed("DELETE");
export const POST = GET;
export const PUT = GET;
export const PATCH = GET;

import { getSessionAuth } from "@/lib/auth/dal";
import { revokeDevice } from "@/lib/accounts/self-service";
import { freshSessionOrStepUp } from "@/lib/http/step-up";
import { apiError, unauthorized } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { sessionHandleSchema } from "@/lib/validation/ids";

/**
 * Ends one of this user's sessions; its device is logged out on its next request. Sensitive
 * (step-up), like "log out all other devices": ending them one by one reaches the same effect.
 */
async function deleteSession(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const auth = await getSessionAuth();
  if (!auth.ok) return unauthorized("session");
  const proof = await freshSessionOrStepUp(auth);
  if (proof instanceof Response) return proof;
  const handle = sessionHandleSchema.safeParse((await params).id);
  const result = handle.success
    ? await revokeDevice(proof, auth.session, handle.data)
    : ({ ok: false, reason: "session_not_found" } as const);
  if (!result.ok && result.reason === "caller_gone") return unauthorized("session");
  if (!result.ok) return apiError(404, "session_not_found", "You have no such session.");
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ DELETE: deleteSession });

import { cookies } from "next/headers";
import { z } from "zod";
import { replayCapture } from "@/lib/compare/replay";
import { readJsonBody } from "@/lib/http/request";
import { apiError, apiJson } from "@/lib/http/responses";
import { readInspectorId } from "@/lib/inspect/browser-id";
import { route } from "@/lib/http/route";

const replaySchema = z.object({
  handle: z.string().regex(/^[A-Za-z0-9_-]{16}$/, "Not a capture handle."),
});

/**
 * Replays a captured credential from a client with no cookie jar; answers the raw result, when
 * the server answered and, for the revocation-lag meter's copies, what the replay cost.
 */
async function post(request: Request): Promise<Response> {
  const body = await readJsonBody(request, replaySchema);
  if (!body.ok) return body.response;
  const inspectorId = readInspectorId(await cookies());
  const result =
    inspectorId === null
      ? { ok: false as const }
      : await replayCapture(inspectorId, body.data.handle);
  if (!result.ok)
    return apiError(404, "capture_not_found", "No such copy for this browser (or it expired).");
  const { area, status, body: answer, at, queries } = result;
  return apiJson({ area, status, body: answer, at, queries });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

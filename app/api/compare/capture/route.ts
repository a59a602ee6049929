import { cookies } from "next/headers";
import { captureCredentials } from "@/lib/compare/captures";
import { methodNotAllowed, rejectCrossSite } from "@/lib/http/request";
import { apiError, apiJson } from "@/lib/http/responses";
import { readInspectorId } from "@/lib/inspect/browser-id";

/** Keeps a server-side copy of this browser's credentials; answers handles, never the values. */
export async function POST(request: Request): Promise<Response> {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  const jar = await cookies();
  const inspectorId = readInspectorId(jar);
  if (inspectorId === null) return apiError(400, "no_inspector", "Load a page of the lab first.");
  return apiJson(captureCredentials(inspectorId, jar));
}

export const GET = methodNotAllowed("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;

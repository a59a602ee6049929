import { cookies } from "next/headers";
import { captureCredentials } from "@/lib/compare/captures";
import { apiError, apiJson } from "@/lib/http/responses";
import { readInspectorId } from "@/lib/inspect/browser-id";
import { route } from "@/lib/http/route";

/** Keeps a server-side copy of this browser's credentials; answers handles, never the values. */
async function post(): Promise<Response> {
  const jar = await cookies();
  const inspectorId = readInspectorId(jar);
  if (inspectorId === null) return apiError(400, "no_inspector", "Load a page of the lab first.");
  return apiJson(captureCredentials(inspectorId, jar));
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

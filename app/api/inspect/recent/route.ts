import { cookies } from "next/headers";
import { apiJson } from "@/lib/http/responses";
import { readInspectorId } from "@/lib/inspect/browser-id";
import { recentTraces } from "@/lib/inspect/traces";
import { route } from "@/lib/http/route";

/** This browser's latest request traces, newest first (only its own: keyed by its cookie). */
async function get(): Promise<Response> {
  const id = readInspectorId(await cookies());
  return apiJson({ traces: id === null ? [] : recentTraces(id) });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get });

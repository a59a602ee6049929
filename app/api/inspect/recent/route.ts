import { cookies } from "next/headers";
import { methodNotAllowed } from "@/lib/http/request";
import { apiJson } from "@/lib/http/responses";
import { readInspectorId } from "@/lib/inspect/browser-id";
import { recentTraces } from "@/lib/inspect/traces";

/** This browser's latest request traces, newest first (only its own: keyed by its cookie). */
export async function GET(): Promise<Response> {
  const id = readInspectorId(await cookies());
  return apiJson({ traces: id === null ? [] : recentTraces(id) });
}

export const POST = methodNotAllowed("GET");
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;

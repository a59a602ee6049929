import { cookies, headers } from "next/headers";
import { methodNotAllowed } from "@/lib/http/request";
import { apiJson } from "@/lib/http/responses";
import { inspectorState } from "@/lib/inspect/state";

/** What this browser holds and what the server keeps for it (no credential values). */
export async function GET(): Promise<Response> {
  return apiJson(await inspectorState(await cookies(), await headers()));
}

export const POST = methodNotAllowed("GET");
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;

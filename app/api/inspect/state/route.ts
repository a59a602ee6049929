import { cookies, headers } from "next/headers";
import { apiJson } from "@/lib/http/responses";
import { inspectorState } from "@/lib/inspect/state";
import { route } from "@/lib/http/route";

/** What this browser holds and what the server keeps for it (no credential values). */
async function get(): Promise<Response> {
  return apiJson(await inspectorState(await cookies(), await headers()));
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get });

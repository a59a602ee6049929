import { cookies, headers } from "next/headers";
import { methodNotAllowed } from "@/lib/http/request";
import { apiJson } from "@/lib/http/responses";
import { inspectorState } from "@/lib/inspect/state";
import { storeAware } from "@/lib/http/store-aware";

/** What this browser holds and what the server keeps for it (no credential values). */
async function get(): Promise<Response> {
  return apiJson(await inspectorState(await cookies(), await headers()));
}

export const GET = storeAware(get);

export const POST = methodNotAllowed("GET");
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;

import { adminOverview } from "@/lib/admin";
import { adminOrError } from "@/lib/http/admin";
import { methodNotAllowed } from "@/lib/http/request";
import { apiJson } from "@/lib/http/responses";
import { storeAware } from "@/lib/http/store-aware";

/** Every user with their session count, and what the session store holds in total. */
async function get(): Promise<Response> {
  const admin = await adminOrError();
  if (admin instanceof Response) return admin;
  return apiJson(await adminOverview());
}

export const GET = storeAware(get);

export const POST = methodNotAllowed("GET");
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;

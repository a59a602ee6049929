import { adminOverview } from "@/lib/accounts/admin";
import { adminOrError } from "@/lib/http/admin";
import { apiJson } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

/** Every user with their session count, and what the session store holds in total. */
async function get(): Promise<Response> {
  const admin = await adminOrError();
  if (admin instanceof Response) return admin;
  return apiJson(await adminOverview());
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get });

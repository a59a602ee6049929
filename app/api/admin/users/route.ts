import { adminOverview } from "@/lib/accounts/admin";
import { serverWideAdminOrError } from "@/lib/http/admin";
import { apiJson } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

/**
 * Every user with their session count, and what the session store holds in total. The accounts
 * are other visitors' on a hosted instance: listed to the operator alone there.
 */
async function get(): Promise<Response> {
  const admin = await serverWideAdminOrError();
  if (admin instanceof Response) return admin;
  return apiJson(await adminOverview());
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get });

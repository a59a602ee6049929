import { rotateSealPassword } from "@/lib/auth/cookie/settings";
import { adminOrError } from "@/lib/http/admin";
import { apiJson } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

/** A new seal password for new cookies; cookies sealed before still unseal (no one logged out). */
async function post(): Promise<Response> {
  const admin = await adminOrError();
  if (admin instanceof Response) return admin;
  return apiJson(rotateSealPassword());
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

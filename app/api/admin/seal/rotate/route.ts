import { rotateSealPasswordAsAdmin } from "@/lib/accounts/admin";
import { adminFailure, freshServerWideAdminOrError } from "@/lib/http/admin";
import { apiJson } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

/**
 * A new seal password for new cookies; cookies sealed before still unseal (no one logged out).
 * Sensitive (step-up): a key change.
 */
async function post(): Promise<Response> {
  const admin = await freshServerWideAdminOrError();
  if (admin instanceof Response) return admin;
  const rotated = await rotateSealPasswordAsAdmin(admin.proof);
  return rotated.ok ? apiJson(rotated.settings) : adminFailure(rotated.reason);
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

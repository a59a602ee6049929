import { jwtAdminOverview, rotateKeys } from "@/lib/auth/jwt/admin";
import { adminFailure, freshServerWideAdminOrError } from "@/lib/http/admin";
import { apiJson } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

/**
 * Graceful rotation (C24): a new current key; tokens signed by the old one keep verifying.
 * Sensitive (step-up): a key change.
 */
async function post(): Promise<Response> {
  const admin = await freshServerWideAdminOrError();
  if (admin instanceof Response) return admin;
  const rotated = await rotateKeys(admin.proof);
  if (!rotated.ok) return adminFailure(rotated.reason);
  const { kid, alg } = rotated;
  return apiJson({ rotated: { kid, alg }, ...(await jwtAdminOverview()) });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

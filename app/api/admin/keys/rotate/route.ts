import { jwtAdminOverview, rotateKeys } from "@/lib/auth/jwt/admin";
import { adminOrError } from "@/lib/http/admin";
import { apiJson } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

/** Graceful rotation (C24): a new current key; tokens signed by the old one keep verifying. */
async function post(): Promise<Response> {
  const admin = await adminOrError();
  if (admin instanceof Response) return admin;
  const rotated = await rotateKeys();
  return apiJson({ rotated, ...(await jwtAdminOverview()) });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

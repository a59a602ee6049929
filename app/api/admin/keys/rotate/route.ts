import { jwtAdminOverview, rotateKeys } from "@/lib/jwt-admin";
import { adminOrError } from "@/lib/http/admin";
import { methodNotAllowed, rejectCrossSite } from "@/lib/http/request";
import { apiJson } from "@/lib/http/responses";
import { storeAware } from "@/lib/http/store-aware";

/** Graceful rotation (C24): a new current key; tokens signed by the old one keep verifying. */
async function post(request: Request): Promise<Response> {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  const admin = await adminOrError();
  if (admin instanceof Response) return admin;
  const rotated = await rotateKeys();
  return apiJson({ rotated, ...(await jwtAdminOverview()) });
}

export const POST = storeAware(post);

export const GET = methodNotAllowed("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;

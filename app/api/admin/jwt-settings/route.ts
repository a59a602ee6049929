import { changeJwtSettings, jwtAdminOverview } from "@/lib/jwt-admin";
import { adminOrError } from "@/lib/http/admin";
import { methodNotAllowed, readJsonBody, rejectCrossSite } from "@/lib/http/request";
import { apiJson } from "@/lib/http/responses";
import { jwtSettingsSchema } from "@/lib/validation";
import { storeAware } from "@/lib/http/store-aware";

/** The JWT settings, the key set (public facts only) and the deny-list size. */
async function get(): Promise<Response> {
  const admin = await adminOrError();
  if (admin instanceof Response) return admin;
  return apiJson(await jwtAdminOverview());
}

/** `{revocation?, algorithm?, accessTtl?, encrypted?}`: applied at once, for every new request. */
async function put(request: Request): Promise<Response> {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  const admin = await adminOrError();
  if (admin instanceof Response) return admin;
  const body = await readJsonBody(request, jwtSettingsSchema);
  if (!body.ok) return body.response;
  await changeJwtSettings(body.data);
  return apiJson(await jwtAdminOverview());
}

export const GET = storeAware(get);
export const PUT = storeAware(put);

export const POST = methodNotAllowed("GET", "PUT");
export const PATCH = POST;
export const DELETE = POST;

import { changeJwtSettings, jwtAdminOverview } from "@/lib/auth/jwt/admin";
import { adminFailure, adminOrError, freshServerWideAdminOrError } from "@/lib/http/admin";
import { readJsonBody } from "@/lib/http/request";
import { apiJson } from "@/lib/http/responses";
import { jwtSettingsSchema } from "@/lib/validation/admin-settings";
import { route } from "@/lib/http/route";

/** The JWT settings, the key set (public facts only) and the deny-list size. */
async function get(): Promise<Response> {
  const admin = await adminOrError();
  if (admin instanceof Response) return admin;
  return apiJson(await jwtAdminOverview());
}

/**
 * `{revocation?, algorithm?, accessTtl?, encrypted?}`: applied at once, for every new request.
 * Sensitive (step-up): they decide which key signs and whether a revoked token stays revoked.
 */
async function put(request: Request): Promise<Response> {
  const admin = await freshServerWideAdminOrError();
  if (admin instanceof Response) return admin;
  const body = await readJsonBody(request, jwtSettingsSchema);
  if (!body.ok) return body.response;
  const changed = await changeJwtSettings(admin.proof, body.data);
  if (!changed.ok) return adminFailure(changed.reason);
  return apiJson(await jwtAdminOverview());
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get, PUT: put });

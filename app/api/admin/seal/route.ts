import { z } from "zod";
import { setCookieCacheAsAdmin } from "@/lib/accounts/admin";
import { getSealSettings } from "@/lib/auth/sealed/settings";
import { adminFailure, adminOrError, freshServerWideAdminOrError } from "@/lib/http/admin";
import { readJsonBody } from "@/lib/http/request";
import { apiJson } from "@/lib/http/responses";
import { cookieCacheSchema } from "@/lib/validation/admin-settings";
import { route } from "@/lib/http/route";

const sealSettingsSchema = z.strictObject({ cookieCacheSeconds: cookieCacheSchema });

/** The seal password ids (never a password) and the session area's cookie cache. */
async function get(): Promise<Response> {
  const admin = await adminOrError();
  if (admin instanceof Response) return admin;
  return apiJson(await getSealSettings());
}

/**
 * `{cookieCacheSeconds}` (0 = off … 300): applies from each session's next lookup. Sensitive
 * (step-up): it decides how long a revoked session still works.
 */
async function put(request: Request): Promise<Response> {
  const admin = await freshServerWideAdminOrError();
  if (admin instanceof Response) return admin;
  const body = await readJsonBody(request, sealSettingsSchema);
  if (!body.ok) return body.response;
  const saved = await setCookieCacheAsAdmin(admin.proof, body.data.cookieCacheSeconds);
  return saved.ok ? apiJson(saved.settings) : adminFailure(saved.reason);
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get, PUT: put });

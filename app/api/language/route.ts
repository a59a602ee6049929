import { cookies } from "next/headers";
import { cookieSettings } from "@/config";
import { readFormChoice, sameSiteReturnPath } from "@/lib/http/request";
import { apiError } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { localeSchema } from "@/lib/validation/lab";

/**
 * The header's language switch posts here (a plain form, no JavaScript needed): the choice is a
 * preference cookie (C04), and the page comes back rendered in that language by the server.
 */
async function post(request: Request): Promise<Response> {
  const choice = await readFormChoice(request, "locale", localeSchema);
  if (choice === null) return apiError(400, "invalid_locale", 'Choose "en" or "ko".');
  const { name, options } = cookieSettings.language;
  (await cookies()).set(name, choice, options);
  return new Response(null, { status: 303, headers: { Location: sameSiteReturnPath(request) } });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

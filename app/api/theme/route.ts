import { cookies } from "next/headers";
import { cookieSettings } from "@/config";
import { readFormChoice, sameSiteReturnPath } from "@/lib/http/request";
import { apiError } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { themeSchema } from "@/lib/validation/lab";

/**
 * The header's theme switch posts here (a plain form: no JavaScript needed, no flash — the
 * server renders the chosen theme). "system" forgets the choice and follows the OS again.
 */
async function post(request: Request): Promise<Response> {
  const choice = await readFormChoice(request, "theme", themeSchema);
  if (choice === null) return apiError(400, "invalid_theme", 'Choose "system", "light" or "dark".');
  const { name, options } = cookieSettings.theme;
  const jar = await cookies();
  if (choice === "system") jar.set(name, "", { ...options, maxAge: 0 });
  else jar.set(name, choice, options);
  return new Response(null, { status: 303, headers: { Location: sameSiteReturnPath(request) } });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

import { cookies } from "next/headers";
import { cookieSettings } from "@/config";
import { readFormChoice } from "@/lib/http/request";
import { apiError } from "@/lib/http/responses";
import { modeSchema } from "@/lib/validation/lab";
import { route } from "@/lib/http/route";

/**
 * The header's mode toggle posts here (a plain HTML form, so it works without JavaScript): the
 * choice is remembered in a preference cookie — not a credential (C04) — and the browser is sent
 * to that area with a real navigation, so the proxy gates it like any other visit.
 */
async function post(request: Request): Promise<Response> {
  const choice = await readFormChoice(request, "mode", modeSchema);
  if (choice === null) return apiError(400, "invalid_mode", 'Choose "session", "sealed" or "jwt".');
  const { name, options } = cookieSettings.mode;
  (await cookies()).set(name, choice, options);
  return new Response(null, { status: 303, headers: { Location: `/${choice}` } });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

import { cookies } from "next/headers";
import { cookieSettings } from "@/lib/config";
import { isLocale } from "@/lib/i18n/locales";
import { readBodyText, sameSiteReturnPath } from "@/lib/http/request";
import { apiError } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

/**
 * The header's language switch posts here (a plain form, no JavaScript needed): the choice is a
 * preference cookie (C04), and the page comes back rendered in that language by the server.
 */
async function post(request: Request): Promise<Response> {
  const text = await readBodyText(request, 1024);
  const locale = new URLSearchParams(text ?? "").get("locale");
  if (text === null || !isLocale(locale)) {
    return apiError(400, "invalid_locale", 'Choose "en" or "ko".');
  }
  const { name, options } = cookieSettings.language;
  (await cookies()).set(name, locale, options);
  return new Response(null, { status: 303, headers: { Location: sameSiteReturnPath(request) } });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

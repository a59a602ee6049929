import { cookies } from "next/headers";
import { cookieSettings } from "@/lib/config";
import { readBodyText } from "@/lib/http/request";
import { apiError } from "@/lib/http/responses";
import { modeSchema } from "@/lib/validation";
import { route } from "@/lib/http/route";

/**
 * The header's mode toggle posts here (a plain HTML form, so it works without JavaScript): the
 * choice is remembered in a preference cookie — not a credential (C04) — and the browser is sent
 * to that area with a real navigation, so the proxy gates it like any other visit.
 */
async function post(request: Request): Promise<Response> {
  const text = await readBodyText(request, 1024);
  const parsed = modeSchema.safeParse(new URLSearchParams(text ?? "").get("mode"));
  if (text === null || !parsed.success) {
    return apiError(400, "invalid_mode", 'Choose "session" or "jwt".');
  }
  const { name, options } = cookieSettings.mode;
  (await cookies()).set(name, parsed.data, options);
  return new Response(null, {
    status: 303,
    headers: { Location: `/${parsed.data}` },
  });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

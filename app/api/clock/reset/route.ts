import { cookies } from "next/headers";
import { logOutOfJwt, logOutOfSession } from "@/lib/auth/login";
import { cookieSettings } from "@/lib/config";
import { apiJson } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

/**
 * Back to real time. Going back could revive a token judged expired, so the reset also logs this
 * browser out of both areas: nothing it held survives the trip back.
 */
async function post(): Promise<Response> {
  await logOutOfSession();
  await logOutOfJwt();
  const { name, options } = cookieSettings.clock;
  (await cookies()).set(name, "", { ...options, maxAge: 0 });
  return apiJson({ offsetSeconds: 0, loggedOut: true });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

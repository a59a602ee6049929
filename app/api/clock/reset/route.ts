import { logOutOfEveryArea } from "@/lib/auth/login/logout";
import { clearClockCookie } from "@/lib/auth/cookies";
import { apiJson } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

/**
 * Back to real time. Going back could revive a token judged expired, so the reset also logs this
 * browser out of every area: nothing it held survives the trip back.
 */
async function post(): Promise<Response> {
  await logOutOfEveryArea();
  await clearClockCookie();
  return apiJson({ offsetSeconds: 0, loggedOut: true });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

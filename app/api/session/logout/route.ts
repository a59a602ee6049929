import { logOutOfSession } from "@/lib/auth/login/logout";
import { logoutHeaders } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

async function post(): Promise<Response> {
  await logOutOfSession();
  return new Response(null, { status: 204, headers: logoutHeaders() });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

import { logOutOfSealed } from "@/lib/auth/login/logout";
import { logoutHeaders } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

/** Clears the cookie; there is nothing on the server to end (a copy still works, C40). */
async function post(): Promise<Response> {
  await logOutOfSealed();
  return new Response(null, { status: 204, headers: logoutHeaders() });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

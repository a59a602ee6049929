import { logOutOfBff } from "@/lib/auth/login/logout";
import { readJsonBody } from "@/lib/http/request";
import { route } from "@/lib/http/route";
import { logoutHeaders } from "@/lib/http/responses";
import { z } from "zod";

/**
 * Ends the BFF session: its row (the only copies of the tokens) is deleted before the answer, the
 * refresh family is revoked, the cookie cleared. Harmless and idempotent without a session.
 */
async function post(request: Request): Promise<Response> {
  const body = await readJsonBody(request, z.object({}).strict(), { whenEmpty: {} });
  if (!body.ok) return body.response;
  await logOutOfBff();
  return new Response(null, { status: 204, headers: logoutHeaders() });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

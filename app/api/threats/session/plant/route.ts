import { z } from "zod";
import { readJsonBody } from "@/lib/http/request";
import { apiJson } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { plantSessionCookie } from "@/lib/threats/fixation";

/**
 * The fixation exercise's "attacker": sets a session cookie whose value it hands back — a value
 * that is no credential (no session has it), and that the login that follows will replace.
 */
async function post(request: Request): Promise<Response> {
  const body = await readJsonBody(request, z.object({}));
  if (!body.ok) return body.response;
  return apiJson({ planted: await plantSessionCookie() }, 201);
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

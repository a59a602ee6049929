import { z } from "zod";
import { readJsonBody } from "@/lib/http/request";
import { apiJson } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { issueRangeToken, RANGE_TOKEN_KINDS } from "@/lib/threats/jwt-range/issue";

/** A genuine range token for the toy user (signed by the range's keys only, never the app's). */
async function post(request: Request): Promise<Response> {
  const body = await readJsonBody(request, z.object({ kind: z.enum(RANGE_TOKEN_KINDS) }));
  if (!body.ok) return body.response;
  return apiJson({ token: await issueRangeToken(body.data.kind) }, 201);
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

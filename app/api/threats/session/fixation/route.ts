import { z } from "zod";
import { readJsonBody } from "@/lib/http/request";
import { apiError, apiJson } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { judgeFixation } from "@/lib/threats/fixation";

/** After the login: is the planted value a session now? Is it still this browser's cookie? */
async function post(request: Request): Promise<Response> {
  const body = await readJsonBody(request, z.object({ planted: z.string().max(64) }));
  if (!body.ok) return body.response;
  const view = await judgeFixation(body.data.planted);
  if (view === null) {
    return apiError(400, "planted_value_malformed", "That is not a value the lab planted.");
  }
  return apiJson(view);
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

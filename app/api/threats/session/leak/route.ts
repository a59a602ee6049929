import { z } from "zod";
import { readJsonBody } from "@/lib/http/request";
import { clientAddress } from "@/ground/client-address";
import { apiJson, tooManyAttempts } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { stealToyDatabase } from "@/lib/threats/leak";

/** "Steal the database": the toy rows the app's own logins wrote, and each one tried. */
async function post(request: Request): Promise<Response> {
  const body = await readJsonBody(request, z.object({}));
  if (!body.ok) return body.response;
  const result = await stealToyDatabase(clientAddress(request.headers));
  if (!result.ok) {
    return tooManyAttempts(result.retryAfterSeconds);
  }
  return apiJson(result.leak, 201);
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

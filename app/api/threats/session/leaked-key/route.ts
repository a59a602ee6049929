import { z } from "zod";
import { config } from "@/config";
import { readJsonBody } from "@/lib/http/request";
import { clientAddress } from "@/ground/client-address";
import { apiError, apiJson } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { leakKey, retireLeakedKey, verifyWithLeakedKey } from "@/lib/threats/leaked-key";

/** The leaked-signing-key exercise: leak a throw-away key, verify a forgery with it, retire it. */

const labId = z.string().regex(/^[A-Za-z0-9_-]{22}$/);
const schema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("leak") }),
  z.object({
    action: z.literal("verify"),
    labId,
    token: z.string().max(config.limits.maxJwtBytes),
  }),
  z.object({ action: z.literal("retire"), labId }),
]);

const noSuchLab = () =>
  apiError(
    404,
    "lab_not_found",
    "That key is gone (an hour passed, or the server restarted): leak a new one.",
  );

async function post(request: Request): Promise<Response> {
  const body = await readJsonBody(request, schema);
  if (!body.ok) return body.response;
  const input = body.data;
  if (input.action === "leak") return apiJson(await leakKey(clientAddress(request.headers)), 201);
  if (input.action === "retire")
    return retireLeakedKey(input.labId) ? apiJson({ retired: true }) : noSuchLab();
  const verdict = await verifyWithLeakedKey(input.labId, input.token);
  return verdict === null ? noSuchLab() : apiJson(verdict);
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

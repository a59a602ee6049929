import { z } from "zod";
import { config } from "@/lib/config";
import { readJsonBody } from "@/lib/http/request";
import { apiJson } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { MISTAKES, naiveVerify } from "@/lib/threats/jwt-range/naive";
import { requestOrigins } from "@/lib/threats/sites";
import { realVerify } from "@/lib/threats/jwt-range/real";

/**
 * The attack range's "Send": one token, two verifiers — the naive one with the mistakes the
 * learner switched on, and the app's real verification with the range's keys. It answers their
 * verdicts and nothing else: no cookie, no session, no grant of any kind.
 */

const schema = z.object({
  token: z.string().max(config.limits.maxJwtBytes),
  target: z.enum(["access", "pass"]),
  mistakes: z.array(z.enum(MISTAKES)).max(MISTAKES.length),
});

async function post(request: Request): Promise<Response> {
  const body = await readJsonBody(request, schema);
  if (!body.ok) return body.response;
  const { token, target, mistakes } = body.data;
  const { self, twin } = requestOrigins(request.headers, config.secure ? "https" : "http");
  const origins = [self, twin].filter((o): o is string => o !== null);
  const [naive, real] = await Promise.all([
    naiveVerify(token, new Set(mistakes), target, origins),
    realVerify(token, target),
  ]);
  return apiJson({ naive, real });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

import { z } from "zod";
import { config } from "@/config";
import { readJsonBody } from "@/lib/http/request";
import { apiJson } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { MISTAKES, naiveVerify, type NaiveMemo } from "@/lib/threats/jwt-range/naive";
import { requestOrigins } from "@/lib/threats/sites";
import { realVerify } from "@/lib/threats/jwt-range/real";

// Past the app's token limit on purpose: the oversized-token recipes must reach both verifiers,
// whose own limits are the lesson. The body limit (16 KB) still bounds it.
const tokenText = z.string().max(config.limits.maxJsonBodyBytes);

/**
 * The attack range's "Send": one token, two verifiers — the naive one with the mistakes the
 * learner switched on, and the app's real verification with the range's keys. It answers their
 * verdicts and nothing else: no cookie, no session, no grant of any kind.
 */

const schema = z.object({
  token: tokenText,
  /** A token the naive server saw just before (the memo recipe's genuine one). */
  warm: tokenText.optional(),
  target: z.enum(["access", "pass"]),
  mistakes: z.array(z.enum(MISTAKES)).max(MISTAKES.length),
});

async function post(request: Request): Promise<Response> {
  const body = await readJsonBody(request, schema);
  if (!body.ok) return body.response;
  const { token, warm, target, mistakes } = body.data;
  const { self, twin } = requestOrigins(request.headers, config.secure ? "https" : "http");
  const origins = [self, twin].filter((o): o is string => o !== null);
  const on = new Set(mistakes);
  // The naive server's memo lives for this request only: what it remembers is this learner's.
  const memo: NaiveMemo = new Set();
  // (The app's verifier keeps no memo here; the JWT area's is keyed on the whole token.)
  if (warm !== undefined) await naiveVerify(warm, on, target, origins, Date.now(), memo);
  const [naive, real] = await Promise.all([
    naiveVerify(token, on, target, origins, Date.now(), memo),
    realVerify(token, target),
  ]);
  return apiJson({ naive, real });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

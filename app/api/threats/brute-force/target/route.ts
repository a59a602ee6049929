import crypto from "node:crypto";
import { z } from "zod";
import { createLabAccount, LAB_ACCOUNT_PREFIX } from "@/lib/compare/lab-account";
import { readJsonBody } from "@/lib/http/request";
import { clientAddress } from "@/ground/client-address";
import { apiJson, tooManyAttempts, labUnavailable } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

/**
 * The brute-force lab's targets: a new throw-away account whose random password nobody is told
 * (so every guess is wrong; deleted within two hours, like the compare view's), and a username
 * that cannot exist (sign-up refuses the `lab-` prefix). Making one is a sign-up like any other,
 * so the sign-up throttle bounds how often.
 */
async function post(request: Request): Promise<Response> {
  const body = await readJsonBody(request, z.object({}));
  if (!body.ok) return body.response;
  const made = await createLabAccount(clientAddress(request.headers), { remember: false });
  if (!made.ok) {
    return made.reason === "lab_unavailable"
      ? labUnavailable(made.retryAfterSeconds)
      : tooManyAttempts(made.retryAfterSeconds);
  }
  const unknown = `${LAB_ACCOUNT_PREFIX}nobody-${crypto.randomBytes(5).toString("hex")}`;
  return apiJson({ username: made.credentials.username, unknownUsername: unknown }, 201);
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

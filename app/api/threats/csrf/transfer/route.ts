import type { NextRequest } from "next/server";
import { rejectCrossSite } from "@/lib/http/csrf";
import { readFormOrJsonBody } from "@/lib/http/request";
import { apiError, apiJson } from "@/lib/http/responses";
import { attemptTransfer, type Attempt, type AttemptOutcome } from "@/lib/threats/csrf-bank";
import { readBearerToken } from "@/lib/auth/credentials";
import { labCookie } from "@/lib/threats/csrf-cookies";
import { csrfTransferSchema } from "@/lib/validation/lab";
import { route } from "@/lib/http/route";

/**
 * The CSRF lab's exhibit (C31): a state change that accepts an HTML form from any site, as a
 * vulnerable app would. It only moves the lab's toy coins. `credential` picks which of the lab's
 * credentials authenticates the transfer; `defence: "origin"` switches on the check the rest of
 * the app always applies (Origin / Sec-Fetch-Site). Every attempt is recorded with what arrived,
 * and a form is answered with a redirect to the lab page showing that record.
 */

const FAILURES: Record<Exclude<AttemptOutcome, "transferred">, [number, string]> = {
  no_credential: [401, "The chosen credential did not come with the request."],
  cross_site_request: [403, "Cross-site requests may not change state here."],
  insufficient_funds: [409, "The account does not hold that many coins."],
};

function answer(attempt: Attempt, form: boolean): Response {
  if (form) {
    const location = `/threats/csrf?attempt=${attempt.id}#result`;
    return new Response(null, {
      status: 303,
      headers: { Location: location, "Cache-Control": "no-store" },
    });
  }
  if (attempt.outcome === "transferred") return apiJson({ attempt });
  const [status, message] = FAILURES[attempt.outcome];
  return apiError(status, attempt.outcome, message, { extra: { attempt } });
}

async function post(request: NextRequest): Promise<Response> {
  const body = await readFormOrJsonBody(request, csrfTransferSchema);
  if (!body.ok) return body.response;
  const { credential, defence, amount, to } = body.data;
  const bearer = readBearerToken(request.headers);
  const token = credential === "bearer" ? bearer : labCookie(request.cookies, credential);
  const attempt = attemptTransfer({
    credential,
    defence,
    amount,
    to,
    token,
    arrived: {
      none: labCookie(request.cookies, "none") !== null,
      lax: labCookie(request.cookies, "lax") !== null,
      strict: labCookie(request.cookies, "strict") !== null,
      bearer: bearer !== null,
    },
    origin: request.headers.get("origin"),
    secFetchSite: request.headers.get("sec-fetch-site"),
    crossSite: rejectCrossSite(request) !== null,
  });
  return answer(attempt, body.form === true);
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });

import { type NextRequest, type NextResponse } from "next/server";
import { cookieSettings } from "@/config";
import { proxyProblem } from "@/lib/auth/check/proxy";
import { readSessionCacheCookie } from "@/lib/auth/credentials";
import { gateCredential, gateFor, type Gate } from "@/lib/auth/gates";
import { loginUrl } from "@/lib/auth/login/redirects";
import { sessionCacheUpdate } from "@/lib/auth/session/cookie-cache";
import { redirectFor, unauthorized } from "@/lib/http/responses";
import { isServerActionCall } from "@/lib/http/server-action";
import { traceCheck, traceDecision } from "@/ground/trace-recorder";

/** The gate a path stands behind (null for a public one) and, if its check failed, the answer. */
export interface AreaCheck {
  gate: Gate | null;
  refusal: Response | null;
}

/**
 * Checks the request's credential by its area's own mechanism (proxyProblem, traced for the
 * inspector): a page without a valid one is sent to its area's login, an API answers 401.
 * A server action sent from a gated page goes on to the action, which asks the DAL itself (as it
 * must: an action can be called at any URL, so a page's gate never guarded it) and answers a
 * lapsed credential with its own redirect — the one answer a form's caller understands, by
 * script or without. Refused here, the action's caller got the login page's HTML (the page's error
 * screen), and a public action such as Start over did not run at all.
 */
export async function checkArea(request: NextRequest): Promise<AreaCheck> {
  const { pathname, search } = request.nextUrl;
  const gate = gateFor(pathname);
  const problem =
    gate === null
      ? null
      : await proxyProblem(gateCredential(gate), request.cookies, request.headers, (step, run) =>
          traceCheck("proxy", step, run),
        );
  traceDecision(problem === null, problem ?? (gate === null ? "public" : "ok"));
  if (gate === null || problem === null) return { gate, refusal: null };
  if (gate.kind === "api") return { gate, refusal: unauthorized(gateCredential(gate), problem) };
  if (await isServerActionCall(request)) return { gate, refusal: null };
  const login = new URL(loginUrl(gate.area, `${pathname}${search}`, problem), request.url);
  return { gate, refusal: redirectFor(request.method, login) };
}

/**
 * What a gated answer carries on its way on: it is never cached, and a session's carries the
 * cookie cache (off by default): a sealed copy of the lookup just made.
 */
export async function markGated(
  gate: Gate | null,
  request: NextRequest,
  response: NextResponse,
): Promise<void> {
  if (gate === null) return;
  response.headers.set("Cache-Control", "private, no-store");
  if (gate.area !== "session") return;
  const update = await sessionCacheUpdate(readSessionCacheCookie(request.cookies) !== null);
  const { name, options } = cookieSettings.sessionCache;
  if (update !== null)
    response.cookies.set(name, update.value, { ...options, maxAge: update.maxAge });
}

import { NextResponse, type NextRequest } from "next/server";
import { cookieSettings } from "@/config";
import { proxyProblem } from "@/lib/auth/check/proxy";
import { readSessionCacheCookie } from "@/lib/auth/credentials";
import { gateFor, type Gate } from "@/lib/auth/gates";
import { loginUrl } from "@/lib/auth/login/redirects";
import { sessionCacheUpdate } from "@/lib/auth/session/cookie-cache";
import { unauthorized } from "@/lib/http/responses";
import { traceCheck, traceDecision } from "@/ground/trace-recorder";

/** The gate a path stands behind (null for a public one) and, if its check failed, the answer. */
export interface AreaCheck {
  gate: Gate | null;
  refusal: Response | null;
}

/**
 * Checks the request's credential by its area's own mechanism (proxyProblem, traced for the
 * inspector): a page without a valid one is sent to its area's login, an API answers 401.
 */
export async function checkArea(request: NextRequest): Promise<AreaCheck> {
  const { pathname, search } = request.nextUrl;
  const gate = gateFor(pathname);
  const problem =
    gate === null
      ? null
      : await proxyProblem(gate.area, request.cookies, request.headers, (step, run) =>
          traceCheck("proxy", step, run),
        );
  traceDecision(problem === null, problem ?? (gate === null ? "public" : "ok"));
  if (gate === null || problem === null) return { gate, refusal: null };
  if (gate.kind === "api") return { gate, refusal: unauthorized(gate.area, problem) };
  const login = new URL(loginUrl(gate.area, `${pathname}${search}`, problem), request.url);
  return { gate, refusal: NextResponse.redirect(login) };
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

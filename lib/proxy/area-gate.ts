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
  return { gate, refusal: toLogin(request, login) };
}

/**
 * The way to the login page for a page request without a valid credential (one whose session
 * ended while the page was open, say). A page asked for is redirected (307). A form posted without
 * script gets 303 See Other: a 307 keeps the method, and the browser would post the form — its
 * server action and all — to the login page. A server action called by script (its `Next-Action`
 * header) gets what Next's own `redirect()` answers such a call: 200 with `x-action-redirect`,
 * since fetch follows any HTTP redirect and would hand the caller a page of HTML (the app's "an
 * unexpected response" error screen).
 */
function toLogin(request: NextRequest, login: URL): Response {
  if (request.method === "GET" || request.method === "HEAD") return NextResponse.redirect(login);
  if (!request.headers.has("next-action")) return NextResponse.redirect(login, 303);
  return new Response(null, {
    status: 200,
    headers: {
      "x-action-redirect": `${login.pathname}${login.search};push`,
      "Content-Type": "text/plain",
    },
  });
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

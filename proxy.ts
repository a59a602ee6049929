import { NextResponse, type NextRequest } from "next/server";
import type { Gate } from "@/lib/auth/gates";
import { csrfProblem } from "@/lib/http/csrf";
import { nextWithNonce, withSecurityHeaders } from "@/lib/http/security-headers";
import { serverActionProblem } from "@/lib/http/server-action";
import { checkArea, markGated } from "@/lib/proxy/area-gate";
import { documentPolicy } from "@/lib/proxy/document-policy";
import { offerDpopNonce } from "@/lib/proxy/dpop-nonce";
import { traceForInspector, withInspectorId } from "@/lib/proxy/inspector";
import { rememberLabChoices } from "@/lib/proxy/lab-cookies";
import { isDocument } from "@/lib/proxy/request-kind";
import { clearStaleLabCookie, enterVisitorLab } from "@/lib/proxy/visitor-lab";
import { EXPOSED_TRANSFER } from "@/lib/threats/sites";
import { xssLabOriginProblem } from "@/lib/threats/xss-origin-gate";

/**
 * The first gate, before any page or route runs. It checks each area by its own mechanism:
 * - /session: the token is looked up (one hash, one indexed get) — where logout and revocation
 *   take effect — and the answer handed to the DAL of the same request in its own memory, so a
 *   request costs one lookup, not two. With the cookie cache on, it also refreshes the
 *   sealed copy of that answer.
 * - /sealed: the sealed session must unseal; there is nothing on the server to look up.
 * - /jwt: the signature and claims are verified in full; the deny-list (if any) is the DAL's.
 * The crypto done here is memoised per exact credential, so the DAL does not repeat it. The proxy
 * is never the only check: every page, route handler and server action asks the DAL again.
 * Before that, one CSRF rule for every state change (csrfProblem). It also starts the
 * inspector's trace of the request and sets the security headers on every response, its own
 * refusals included.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  // Readiness probe (Playwright's webServer waits on it); answered before any other work.
  if (request.nextUrl.pathname === "/ping") {
    return withSecurityHeaders(new Response("ok", { headers: { "Cache-Control": "no-store" } }));
  }
  // The XSS lab's own origin answers only the lab, before anything could set a credential there.
  const refused =
    xssLabOriginProblem(request) ??
    csrfProblem(request, { except: EXPOSED_TRANSFER }) ??
    (await serverActionProblem(request));
  if (refused !== null) return withSecurityHeaders(refused);

  // Hosted, the visitor's own lab first: every check below reads its accounts, settings and keys.
  const staleLab = await enterVisitorLab(request);
  const newInspectorId = traceForInspector(request);
  const { gate, refusal } = await checkArea(request);
  const response = withSecurityHeaders(refusal ?? (await passOn(request, gate)));
  offerDpopNonce(request, response);
  // Last: setting the inspector's cookie rewrites the response's Set-Cookie list.
  const answered = withInspectorId(response, newInspectorId);
  if (staleLab) clearStaleLabCookie(answered);
  return answered;
}

/** The way on for a request the proxy lets through to its page or route. */
async function passOn(request: NextRequest, gate: Gate | null): Promise<NextResponse> {
  const response = isDocument(request.nextUrl.pathname)
    ? nextWithNonce(request, (nonce) => documentPolicy(request, nonce))
    : NextResponse.next();
  await markGated(gate, request, response);
  rememberLabChoices(request, response);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};

import type { NextRequest } from "next/server";
import { config } from "@/config";
import { contentSecurityPolicy } from "@/lib/http/security-headers";
import { ATTACKER_PAGE, requestOrigins } from "@/lib/threats/sites";
import { servesFlawedPage } from "@/lib/threats/xss-origin-gate";
import { relaxedXssPolicy } from "@/lib/threats/xss-policy";

/** The Content-Security-Policy of the page this request asks for, around its nonce. */
export function documentPolicy(request: NextRequest, nonce: string): string {
  const dev = process.env.NODE_ENV === "development";
  // The XSS lab's victim page, on the lab's own origin, is the one page with a relaxed policy.
  return servesFlawedPage(request)
    ? relaxedXssPolicy(dev)
    : contentSecurityPolicy(nonce, { dev, formTargets: formTargetsOf(request) });
}

/**
 * The CSRF lab's attacker page posts its forms to this server's twin name (another site): the one
 * page whose CSP lets a form leave. Every other page may only post to itself.
 */
function formTargetsOf(request: NextRequest): string[] {
  if (request.nextUrl.pathname !== ATTACKER_PAGE) return [];
  const { twin } = requestOrigins(request.headers, config.secure ? "https" : "http");
  return twin === null ? [] : [twin];
}

import { NextResponse, type NextRequest } from "next/server";
import { config } from "@/config";

/**
 * Security headers for every response. The Content-Security-Policy is nonce-based: only scripts
 * carrying this request's random nonce run, so an injected <script> does not.
 */
export function contentSecurityPolicy(
  nonce: string,
  { dev, formTargets = [] }: { dev: boolean; formTargets?: readonly string[] },
): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets Next's nonce-bearing bootstrap load its chunks; dev needs eval for HMR.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // Same-origin Workers only (the attack range's cracking Worker); 'strict-dynamic' would
    // otherwise decide for them through the script-src fallback.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    ["form-action 'self'", ...formTargets].join(" "),
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The policy of a response that is not a page (a 401, a redirect, JSON): nothing in it may load,
 * run, be framed or post anywhere.
 */
export const NO_CONTENT_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Sets the headers OWASP asks for on every response; HSTS only when served over HTTPS. */
export function applySecurityHeaders(
  headers: Headers,
  { csp, secure }: { csp: string; secure: boolean },
): void {
  headers.set("Content-Security-Policy", csp);
  headers.set("X-Content-Type-Options", "nosniff");
  headers.set("X-Frame-Options", "DENY");
  headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  headers.set("Cross-Origin-Opener-Policy", "same-origin");
  headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (secure) headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
}

/** The header that names the instance that answered (config/instance.ts). */
export const INSTANCE_HEADER = "X-Lab-Instance";

/**
 * The security headers on a response the proxy made itself (a refusal, a redirect, /ping), and
 * on every response it lets through: a page already has its own, with its nonce. Every answer the
 * proxy gives passes here once, so this is also where it says which instance answered — behind a
 * load balancer, the one fact a client cannot otherwise see.
 */
export function withSecurityHeaders(response: Response): Response {
  response.headers.set(INSTANCE_HEADER, config.instanceName);
  if (!response.headers.has("Content-Security-Policy")) {
    applySecurityHeaders(response.headers, { csp: NO_CONTENT_POLICY, secure: config.secure });
  }
  return response;
}

/**
 * A document's way on: a fresh nonce, written into the request's CSP header too (Next.js reads it
 * there to mark its own scripts), which costs a copy of the request's headers. Only documents pay
 * it: an API answer runs no script and gets the no-content policy from withSecurityHeaders.
 */
export function nextWithNonce(
  request: NextRequest,
  policyFor: (nonce: string) => string,
): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = policyFor(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  applySecurityHeaders(response.headers, { csp, secure: config.secure });
  return response;
}

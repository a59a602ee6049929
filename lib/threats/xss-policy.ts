/**
 * The XSS lab's victim page (/threats/xss/victim), served only from the lab's own origin
 * (lib/threats/xss-origin.ts), so that the app's real cookies, storage and keys are on another. It is the one page served with a relaxed CSP,
 * stated on the page: inline script runs there, so what the learner types into its comment box
 * runs. With `?csp=app` it gets the app's own nonce policy, and the same payload is blocked.
 */

export const XSS_VICTIM_PAGE = "/threats/xss/victim";

/** The relaxed policy: `'unsafe-inline'` and no nonce (a nonce would switch it off). */
export function relaxedXssPolicy(dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Whether this request for the victim page asked for the app's own policy. */
export function wantsAppPolicy(search: URLSearchParams): boolean {
  return search.get("csp") === "app";
}

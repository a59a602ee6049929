import { originOf } from "@/lib/threats/sites";
import { XSS_VICTIM_PAGE } from "@/lib/threats/xss-policy";

/**
 * The XSS lab's own origin. Its victim page runs whatever the learner types, so it must never share
 * an origin with a credential of the real app: cookies ignore paths for this (a refresh cookie
 * scoped to /api/jwt is still sent by a same-origin fetch to /api/jwt/refresh), and storage and
 * IndexedDB are per origin. So the page is served from a host name of its own — LAB_ORIGIN, or on
 * loopback `lab.localhost`, which browsers resolve to this machine — and on that name the server
 * answers nothing but the lab: no login, no refresh, no page of the app. No cookie, storage entry or
 * key of the real app can then ever exist where the injected script runs.
 */

/** The toy API the victim page logs in to: its only credential is a toy. */
export const XSS_TOY_API = "/api/threats/xss/toy";
/** The toy backend-for-frontend: it keeps the toy's token server-side; the page holds a cookie. */
export const XSS_TOY_BFF_API = "/api/threats/xss/toy-bff";
/** Every toy API: answered only on the lab's origin. */
export const XSS_TOY_APIS: ReadonlySet<string> = new Set([XSS_TOY_API, XSS_TOY_BFF_API]);
/** The lab's origin on loopback when LAB_ORIGIN is not set. */
export const LOOPBACK_LAB_HOSTNAME = "lab.localhost";

const LOOPBACK_NAMES = /^(localhost|127\.0\.0\.1|\[::1\])$|\.localhost$/;
// What the site header around the victim page asks for, so it works like on every other page:
// the theme and language switches (form posts that set a preference cookie, never a credential)
// and the login status, read-only (here always nobody: no login can exist on this origin).
const HEADER_FORMS = new Set(["/api/theme", "/api/language"]);
const HEADER_STATUS = "/api/inspect/whoami";

/**
 * A Host header's name in its one spelling: lower case (URL does that) and without the trailing
 * dot of a fully qualified name — `lab.localhost.` is the same host to DNS, the browser and the
 * front door (server/front-door.mjs accepts both), so it must be the same name here too, or the
 * lab's origin would serve the whole app under its dotted spelling.
 */
function hostnameOf(host: string | null): string | null {
  const origin = originOf(host);
  return origin === null ? null : new URL(origin).hostname.replace(/\.$/, "");
}

/** Whether a request's Host header names the lab's origin (`lab.localhost` or LAB_ORIGIN's host). */
export function isXssLabHost(host: string | null, labOrigin: string | null): boolean {
  const name = hostnameOf(host);
  if (name === null) return false;
  return (
    name === LOOPBACK_LAB_HOSTNAME || (labOrigin !== null && name === new URL(labOrigin).hostname)
  );
}

/**
 * Where the lab's origin is, for a request that came to `host`: LAB_ORIGIN when set; else, when
 * the request came over a loopback name, `lab.localhost` on the same port; else null (a hosted
 * instance without LAB_ORIGIN has no second origin, and the flawed page is then served nowhere).
 */
export function xssLabOriginFor(
  host: string | null,
  labOrigin: string | null,
  protocol: "http" | "https",
): string | null {
  if (labOrigin !== null) return new URL(labOrigin).origin;
  const origin = originOf(host, protocol);
  if (origin === null) return null;
  const url = new URL(origin);
  if (!LOOPBACK_NAMES.test(hostnameOf(host) ?? "")) return null;
  url.hostname = LOOPBACK_LAB_HOSTNAME;
  return url.origin;
}

/** What the lab's origin does with a request: serve it, or refuse it as not the lab's (404/405). */
export function xssLabOriginAnswer(method: string, pathname: string): "serve" | 404 | 405 {
  if (pathname === XSS_VICTIM_PAGE) return method === "GET" || method === "HEAD" ? "serve" : 405;
  if (XSS_TOY_APIS.has(pathname) || HEADER_FORMS.has(pathname)) return "serve";
  if (pathname === HEADER_STATUS) return method === "GET" || method === "HEAD" ? "serve" : 405;
  return 404;
}

/**
 * The lab's "other site". CSRF needs a page on another *site* (scheme + registrable domain; the
 * port does not count), and browsers treat `localhost` and `127.0.0.1` as two sites even when one
 * server answers both. So the attacker's page is this same server reached under its twin name: no
 * second server, and to the browser a different site all the same.
 */

/** The page playing the attacker's site. */
export const ATTACKER_PAGE = "/threats/csrf/attacker";

/**
 * The lab's one deliberately exposed state change: it must take forms from the attacker's page,
 * so the proxy's cross-site and content-type rules let it through (it applies its own, on demand).
 */
export const EXPOSED_TRANSFER = "/api/threats/csrf/transfer";

const TWINS: Record<string, string> = {
  localhost: "127.0.0.1",
  "127.0.0.1": "localhost",
  "[::1]": "localhost",
};

/** `http://host[:port]` for a Host header, or null when it is not a plain host[:port]. */
export function originOf(host: string | null, protocol: "http" | "https" = "http"): string | null {
  if (host === null || !/^[\w.-]+(:\d{1,5})?$|^\[[\d:a-f]+\](:\d{1,5})?$/i.test(host)) return null;
  try {
    return new URL(`${protocol}://${host}`).origin;
  } catch {
    return null;
  }
}

/** The same server under the other loopback name (same port), or null when there is none. */
export function twinOrigin(origin: string | null): string | null {
  if (origin === null) return null;
  const url = new URL(origin);
  const twin = TWINS[url.hostname.toLowerCase()];
  if (twin === undefined) return null;
  url.hostname = twin;
  return url.origin;
}

/** This request's own origin (from its Host header) and its twin, the lab's "other site". */
export function requestOrigins(
  headers: { get(name: string): string | null },
  protocol: "http" | "https",
): { self: string | null; twin: string | null } {
  const self = originOf(headers.get("host"), protocol);
  return { self, twin: twinOrigin(self) };
}

import type { AuthArea } from "@/config";

/**
 * Every redirect built from client input (`?next=`, a form field, `Referer`) goes through
 * rebuildLocalPath: the input is parsed against a placeholder origin and only its path and query
 * are written back out, so what the browser gets is a path this server rebuilt — never the
 * input's own bytes, which a browser may read as another site (`//evil`, `/\evil`, `/\t/evil`).
 */

const PLACEHOLDER = "http://lab.invalid";
const MAX_INPUT = 2048;
// What a URL parser drops or turns into a slash without a word (C0 controls, tab, newline, space,
// DEL, backslash): an input holding one was written to fool a parser, and is refused, not repaired.
const SILENTLY_REWRITTEN = /[\u0000-\u0020\u007f\\]/;
// The same, percent-encoded in the path: a hop that decodes once more (a proxy, a naive router)
// would see `//evil` or `/\evil`. The query may hold them (a `next=%2F…` of its own).
const ENCODED_IN_PATH = /%(2f|5c|[01][0-9a-f]|20|7f)/i;

/**
 * The same-origin path (`/…` and query, no fragment) `raw` names, rebuilt by the URL parser;
 * null for anything else — another origin, a scheme, `//…`, `/\…`, control characters, their
 * encoded forms, or a path that only *becomes* `//…` once dot segments go (`/.//evil`).
 */
export function rebuildLocalPath(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length > MAX_INPUT) return null;
  if (!raw.startsWith("/") || raw.startsWith("//") || SILENTLY_REWRITTEN.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER);
  } catch {
    return null;
  }
  if (url.origin !== PLACEHOLDER || ENCODED_IN_PATH.test(url.pathname)) return null;
  const rebuilt = `${url.pathname}${url.search}`;
  if (rebuilt.startsWith("//") || SILENTLY_REWRITTEN.test(rebuilt)) return null;
  return rebuilt;
}

/**
 * Where to go after login. Only a path inside the same area is accepted, so `?next=` can never
 * send a user to another site (open redirect) or to the other area's pages.
 */
export function safeNextPath(next: unknown, area: AuthArea): string {
  const home = `/${area}`;
  const path = rebuildLocalPath(next);
  if (path === null) return home;
  const { pathname } = new URL(path, PLACEHOLDER);
  // The admin and account pages are authenticated by the session, so they count as its area.
  const prefixes = area === "session" ? [home, "/admin", "/account"] : [home];
  const inArea = prefixes.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (!inArea || pathname === `${home}/login`) return home;
  return path;
}

/** The area's login page, remembering where the user was going and why they were sent back. */
export function loginUrl(area: AuthArea, from: string, reason?: string): string {
  const params = new URLSearchParams({ next: safeNextPath(from, area) });
  if (reason) params.set("reason", reason);
  return `/${area}/login?${params.toString()}`;
}

import type { AuthArea } from "@/lib/config";

/**
 * Where to go after login. Only a path inside the same area is accepted, so `?next=` can never
 * send a user to another site (open redirect) or to the other area's pages.
 */
export function safeNextPath(next: unknown, area: AuthArea): string {
  const home = `/${area}`;
  if (typeof next !== "string" || next.length > 512) return home;
  // Reject protocol-relative ("//evil"), backslash tricks ("/\evil") and control characters.
  if (!next.startsWith("/") || next.startsWith("//") || /[\\\u0000-\u001f]/.test(next)) return home;
  let url: URL;
  try {
    url = new URL(next, "http://lab.invalid");
  } catch {
    return home;
  }
  if (url.origin !== "http://lab.invalid") return home;
  // The admin and account pages are authenticated by the session, so they count as its area.
  const prefixes = area === "session" ? [home, "/admin", "/account"] : [home];
  const inArea = prefixes.some((p) => url.pathname === p || url.pathname.startsWith(`${p}/`));
  if (!inArea || url.pathname === `${home}/login`) return home;
  return `${url.pathname}${url.search}`;
}

/** The area's login page, remembering where the user was going and why they were sent back. */
export function loginUrl(area: AuthArea, from: string, reason?: string): string {
  const params = new URLSearchParams({ next: safeNextPath(from, area) });
  if (reason) params.set("reason", reason);
  return `/${area}/login?${params.toString()}`;
}

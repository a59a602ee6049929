import type { NextRequest, NextResponse } from "next/server";
import { cookieSettings } from "@/config";
import { pageArea } from "@/lib/auth/gates";
import { isPrefetch } from "@/lib/proxy/request-kind";

/**
 * The cookies a visit sets for the lab's own use, preferences rather than credentials: the area
 * chosen and the tour's step. A prefetch is no visit, so it sets neither.
 */
export function rememberLabChoices(request: NextRequest, response: NextResponse): void {
  if (isPrefetch(request)) return;
  const { pathname } = request.nextUrl;
  rememberArea(pathname, request, response);
  rememberTourStep(pathname, request, response);
}

/**
 * Visiting an area's pages is choosing that area: remember it in the preference cookie the header
 * toggle shows (a cookie carrying a preference, not a credential — C04).
 */
function rememberArea(pathname: string, request: NextRequest, response: NextResponse): void {
  const area = pageArea(pathname);
  const { name, options } = cookieSettings.mode;
  if (area !== undefined && request.cookies.get(name)?.value !== area) {
    response.cookies.set(name, area, options);
  }
}

/** The tour remembers its step server-side, so it resumes without JavaScript too. */
function rememberTourStep(pathname: string, request: NextRequest, response: NextResponse): void {
  const step = /^\/tour\/([1-9]\d?)$/.exec(pathname)?.[1];
  const { name, options } = cookieSettings.tour;
  if (step !== undefined && request.cookies.get(name)?.value !== step) {
    response.cookies.set(name, step, options);
  }
}

import "server-only";
import type { NextRequest } from "next/server";
import { config, cookieSettings } from "@/config";
import { isLocale } from "@/lib/i18n/locales";
import { apiError, redirectFor } from "@/lib/http/responses";
import {
  isXssLabHost,
  xssLabOriginAnswer,
  xssLabOriginFor,
  XSS_TOY_APIS,
} from "@/lib/threats/xss-origin";
import { wantsAppPolicy, XSS_VICTIM_PAGE } from "@/lib/threats/xss-policy";

/** The address parameter that carries the visitor's language to the lab's origin. */
export const LANGUAGE_PARAM = "lang";

/**
 * The proxy's step for the XSS lab's own origin (lib/threats/xss-origin.ts), before any other:
 * on the lab's name, only the lab is answered; on the app's names, the flawed page is sent to the
 * lab's name and its toy API is not there. The Host header decides, not a forwarding header:
 * it is the one name a script in the page cannot change.
 */
export function xssLabOriginProblem(request: NextRequest): Response | null {
  const host = request.headers.get("host");
  const { pathname } = request.nextUrl;
  if (isXssLabHost(host, config.labOrigin)) {
    const carried = carriedLanguage(request);
    if (carried !== null) return carried;
    const answer = xssLabOriginAnswer(request.method, pathname);
    if (answer === "serve") return null;
    if (answer === 405) {
      return apiError(405, "method_not_allowed", "On the lab's origin this is only ever read.", {
        headers: { Allow: "GET, HEAD" },
      });
    }
    return apiError(404, "not_on_lab_origin", "This name serves only the XSS lab's toy page.");
  }
  if (XSS_TOY_APIS.has(pathname)) {
    return apiError(404, "not_on_lab_origin", "The toy API answers only on the XSS lab's origin.");
  }
  if (pathname !== XSS_VICTIM_PAGE) return null;
  const lab = xssLabOriginFor(host, config.labOrigin, config.secure ? "https" : "http");
  // No lab origin here (a hosted name without LAB_ORIGIN): the page says so, and runs nothing.
  if (lab === null) return null;
  const target = new URL(XSS_VICTIM_PAGE, lab);
  if (wantsAppPolicy(request.nextUrl.searchParams)) target.searchParams.set("csp", "app");
  const language = request.cookies.get(cookieSettings.language.name)?.value;
  if (isLocale(language)) target.searchParams.set(LANGUAGE_PARAM, language);
  return redirectFor(request.method, target);
}

/**
 * The visitor's language, carried to the lab's origin in the address (`?lang=ko`): the lab's name
 * is another host, so the language cookie chosen on the app's name does not go there. The page is
 * answered with the same address without it, and the language kept in the lab name's own cookie —
 * a preference, never a credential, so the flawed page may read it. Null when nothing is carried.
 */
function carriedLanguage(request: NextRequest): Response | null {
  const { pathname, searchParams } = request.nextUrl;
  const language = searchParams.get(LANGUAGE_PARAM);
  // Only a read carries it: the lab's origin refuses anything else (405), language or not.
  const read = request.method === "GET" || request.method === "HEAD";
  if (!read || pathname !== XSS_VICTIM_PAGE || !isLocale(language)) return null;
  const target = request.nextUrl.clone();
  target.searchParams.delete(LANGUAGE_PARAM);
  const response = redirectFor(request.method, target);
  const { name, options } = cookieSettings.language;
  response.cookies.set(name, language, options);
  return response;
}

/** Whether this request is for the flawed page on the lab's origin: the one relaxed CSP. */
export function servesFlawedPage(request: NextRequest): boolean {
  return (
    request.nextUrl.pathname === XSS_VICTIM_PAGE &&
    isXssLabHost(request.headers.get("host"), config.labOrigin) &&
    !wantsAppPolicy(request.nextUrl.searchParams)
  );
}

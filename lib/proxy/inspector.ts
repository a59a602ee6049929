import { NextResponse, type NextRequest } from "next/server";
import { cookieSettings } from "@/config";
import { newInspectorId, readInspectorId } from "@/lib/inspect/browser-id";
import { traceRequest } from "@/lib/inspect/request-trace";
import { isDocument, isPrefetch } from "@/lib/proxy/request-kind";

/**
 * Starts the inspector's trace of this request. The inspector traces the requests of browsers
 * that carry its cookie (given out with pages, not to API clients nor with the public, cacheable
 * JWKS), except its own polling and prefetches. Returns the id this browser is given now, or null
 * when it has one already or gets none.
 */
export function traceForInspector(request: NextRequest): string | null {
  const { pathname } = request.nextUrl;
  const knownId = readInspectorId(request.cookies);
  const inspectorId = knownId ?? (isDocument(pathname) ? newInspectorId() : null);
  const traced = !pathname.startsWith("/api/inspect/") && !pathname.startsWith("/.well-known/");
  if (inspectorId !== null && traced && !isPrefetch(request)) {
    traceRequest(inspectorId, {
      method: request.method,
      pathname,
      cookies: request.cookies,
      headers: request.headers,
    });
  }
  return knownId === null ? inspectorId : null;
}

/** The inspector's cookie with a new id, on whatever the proxy answers (its refusals included). */
export function withInspectorId(response: Response, newId: string | null): Response {
  if (newId === null) return response;
  const withCookie =
    response instanceof NextResponse ? response : new NextResponse(response.body, response);
  const { name, options } = cookieSettings.inspector;
  withCookie.cookies.set(name, newId, options);
  return withCookie;
}

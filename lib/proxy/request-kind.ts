import type { NextRequest } from "next/server";
import { isPrefetching } from "@/ground/context";

/** A prefetch is the router guessing, not the user asking: not traced, not a choice of area. */
export function isPrefetch(request: NextRequest): boolean {
  const purpose = request.headers.get("sec-purpose") ?? request.headers.get("purpose") ?? "";
  return isPrefetching() || purpose.includes("prefetch");
}

/** A page (or anything Next may render as HTML) rather than a JSON API or the JWKS. */
export function isDocument(pathname: string): boolean {
  return !pathname.startsWith("/api/") && !pathname.startsWith("/.well-known/");
}

// Copied in as proxy.ts for the "bare + pass-through proxy" baseline: the lab's matcher, no work.
import { NextResponse } from "next/server";

export function proxy(): Response {
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};

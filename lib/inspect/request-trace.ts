import { areaOf } from "@/lib/auth/gates";
import {
  readAccessToken,
  readSealedSessionCookie,
  readSessionCookie,
} from "@/lib/auth/credentials";
import type { Trace } from "@/lib/inspect/trace";
import { beginTrace } from "@/lib/inspect/traces";
import type { CookieReader } from "@/ground/readers";

interface IncomingRequest {
  method: string;
  pathname: string;
  cookies: CookieReader;
  headers: { get(name: string): string | null };
}

/** What the inspector records about the credential a request carries for its area (sizes only). */
function credentialOf(area: Trace["area"], request: IncomingRequest): Trace["credential"] {
  if (area === "session") {
    const token = readSessionCookie(request.cookies);
    return token === null
      ? { kind: "none", bytes: 0 }
      : { kind: "session_cookie", bytes: token.length };
  }
  if (area === "sealed") {
    const seal = readSealedSessionCookie(request.cookies);
    return seal === null
      ? { kind: "none", bytes: 0 }
      : { kind: "sealed_cookie", bytes: seal.length };
  }
  if (area === "jwt") {
    const credential = readAccessToken(request.cookies, request.headers);
    if (credential === null) return { kind: "none", bytes: 0 };
    return {
      kind: credential.transport === "cookie" ? "jwt_cookie" : credential.transport,
      bytes: credential.token.length,
    };
  }
  return { kind: "none", bytes: 0 };
}

/** Starts the inspector's trace of this request for the browser `inspectorId`. */
export function traceRequest(inspectorId: string, request: IncomingRequest): void {
  const area = areaOf(request.pathname);
  beginTrace(inspectorId, {
    method: request.method,
    path: request.pathname,
    area,
    credential: credentialOf(area, request),
  });
}

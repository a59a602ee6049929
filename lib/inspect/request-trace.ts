import { cookieSettings } from "@/config";
import { BFF_HOP_HEADER, isBffHopMark } from "@/lib/auth/bff/hop-mark";
import { areaOf, isBffPath } from "@/lib/auth/gates";
import {
  readAccessToken,
  readBffSessionCookie,
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
  if (area === "jwt" && isBffPath(request.pathname)) {
    const cookie = readBffSessionCookie(request.cookies);
    return cookie === null
      ? { kind: "none", bytes: 0 }
      : { kind: "bff_cookie", bytes: cookie.length };
  }
  if (area === "jwt") {
    const credential = readAccessToken(request.cookies, request.headers);
    if (credential === null) return { kind: "none", bytes: 0 };
    const kind =
      credential.transport === "cookie"
        ? "jwt_cookie"
        : credential.transport === "bearer" && isBffHop(request)
          ? "bff_hop"
          : credential.transport;
    return { kind, bytes: credential.token.length };
  }
  return { kind: "none", bytes: 0 };
}

/** Whether a request is the backend-for-frontend's own hop for this browser (a label only). */
function isBffHop(request: IncomingRequest): boolean {
  const mac = request.headers.get(BFF_HOP_HEADER);
  const id = request.cookies.get(cookieSettings.inspector.name)?.value;
  return mac !== null && id !== undefined && isBffHopMark(id, mac);
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

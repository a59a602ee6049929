import "server-only";
import { cookieSettings, type AuthArea } from "@/config";
import { SHARED_LAB } from "@/ground/context";
import { labCookieValue } from "@/lib/auth/visitor-lab/cookie";
import { findCapture, type Capture } from "@/lib/compare/captures";
import { selfOrigin } from "@/ground/self-origin";
import { recentTraces } from "@/lib/inspect/traces";

/**
 * Replaying a copy kept by ./captures.ts: it is sent from a client with no cookie jar — a plain
 * request to this server's own API carrying that credential alone (with its lab's cookie, and
 * any companion cookie it was copied with) — and the raw answer comes back.
 */

const CREDENTIAL_COOKIE = { session: "session", sealed: "sealedSession" } as const;

export type ReplayResult =
  | {
      ok: true;
      area: AuthArea;
      status: number;
      body: unknown;
      /** When the server answered (ms). */
      at: number;
      /** The database queries the replayed request made, when traced under a probe id. */
      queries: number | null;
      /** The cookies the answer set, as `name=value` (a browser would keep them). */
      setCookies: string[];
    }
  | { ok: false };

/** The request a copy replays as: its credential alone, with its lab (and companions). */
function replayRequest(capture: Capture): { path: string; headers: Record<string, string> } {
  const cookies =
    capture.lab === SHARED_LAB
      ? []
      : [`${cookieSettings.visitorLab.name}=${labCookieValue(capture.lab)}`];
  const headers: Record<string, string> = {};
  if (capture.area === "jwt") headers.authorization = `Bearer ${capture.credential}`;
  else
    cookies.push(`${cookieSettings[CREDENTIAL_COOKIE[capture.area]].name}=${capture.credential}`);
  cookies.push(...(capture.companions ?? []));
  if (capture.probe !== undefined)
    cookies.push(`${cookieSettings.inspector.name}=${capture.probe}`);
  if (cookies.length > 0) headers.cookie = cookies.join("; ");
  return { path: `/api/${capture.area}/me`, headers };
}

/** Sends a captured credential, alone, to the area's `me` endpoint and returns the raw answer. */
export async function replayCapture(inspectorId: string, handle: string): Promise<ReplayResult> {
  const capture = findCapture(inspectorId, handle);
  if (capture === undefined) return { ok: false };
  const { path, headers } = replayRequest(capture);
  const sentAt = Date.now();
  const response = await fetch(`${selfOrigin()}${path}`, { headers, cache: "no-store" });
  const text = await response.text();
  const at = Date.now();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: shown as text
  }
  const queries =
    capture.probe === undefined ? null : await replayQueries(capture.probe, path, sentAt);
  const setCookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
  return { ok: true, area: capture.area, status: response.status, body, at, queries, setCookies };
}

/**
 * The queries of the replay just answered, from its trace. The trace is stored once the response
 * is sent, which is about when its body arrives here: a few short waits at most.
 */
async function replayQueries(probe: string, path: string, since: number): Promise<number | null> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const trace = recentTraces(probe).find((t) => t.path === path && t.at >= since);
    if (trace !== undefined) return trace.dbQueries;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}

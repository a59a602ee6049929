import "server-only";
import crypto from "node:crypto";
import { decodeJwt } from "jose";
import { processMemo } from "@/ground/memo";
import { sealParts } from "@/lib/auth/sealed/tokens";
import {
  readAccessToken,
  readSealedSessionCookie,
  readSessionCookie,
} from "@/lib/auth/credentials";
import { cookieSettings, type AuthArea } from "@/config";
import { currentLab, SHARED_LAB } from "@/ground/context";
import { labCookieValue } from "@/lib/auth/visitor-lab/cookie";
import { selfOrigin } from "@/lib/http/self-origin";
import { fingerprint } from "@/lib/inspect/fingerprint";
import { recentTraces } from "@/lib/inspect/traces";
import type { CookieReader } from "@/ground/readers";

/**
 * The compare page's "copy the credential before logout, replay it after" (C09, C22). A copy is
 * kept on the server, referenced by an opaque handle that only the same browser (its inspector
 * id) can use, and expires with the credential: the copy never reaches page scripts. Replaying
 * sends it from a client with no cookie jar — a plain request to this server's own API carrying
 * that credential alone — and returns the raw answer.
 */

interface Capture {
  area: AuthArea;
  credential: string;
  /**
   * Hosted, the visitor's lab it was copied in (lib/auth/visitor-lab): a stolen copy is used with
   * its lab's cookie, which the thief takes along like any other cookie.
   */
  lab: string;
  /**
   * Other cookies the copy carries ("name=value"): a session's cookie-cache seal, which a thief
   * copying the whole cookie jar takes along.
   */
  companions?: string[];
  /**
   * A private inspector id its replays are traced under, so a replay can say what it cost (the
   * revocation-lag meter); never the browser's own id, whose timeline the replays would crowd.
   */
  probe?: string;
}

/** What the caller knows of a copy it asks to keep. */
export type CopyToKeep = Omit<Capture, "lab">;

export interface CaptureView {
  handle: string;
  bytes: number;
  fingerprint: string;
  /** When the credential itself expires (ms), as far as the client can tell. */
  expiresAt: number | null;
}

const captures = processMemo<Capture>("compare-captures", 5000);
export const SESSION_COPY_MS = 60 * 60 * 1000;
export const DAY = 24 * 60 * 60 * 1000;

/**
 * Keeps a copy until `keptUntil`; the view says when the credential itself expires — which may be
 * later: a copy is a demonstration kept a day at most, not a second login, but the words on the
 * page must say how long the credential really lasts.
 */
export function keepCopy(
  inspectorId: string,
  copied: CopyToKeep,
  keptUntil: number,
  expiresAt = keptUntil,
): CaptureView {
  const handle = crypto.randomBytes(12).toString("base64url");
  const capture = { ...copied, lab: currentLab() };
  captures.set(`${inspectorId}:${handle}`, capture, keptUntil);
  return {
    handle,
    bytes: capture.credential.length,
    fingerprint: fingerprint(capture.credential),
    expiresAt: capture.area === "session" ? null : expiresAt,
  };
}

export function jwtExpiry(token: string, now: number): number {
  try {
    const { exp } = decodeJwt(token);
    return typeof exp === "number" ? exp * 1000 : now;
  } catch {
    return now;
  }
}

/** Copies this browser's session cookie, sealed cookie and access token (whichever it has). */
export function captureCredentials(
  inspectorId: string,
  cookies: CookieReader,
  now = Date.now(),
): Record<AuthArea, CaptureView | null> {
  const session = readSessionCookie(cookies);
  const seal = readSealedSessionCookie(cookies);
  const token = readAccessToken(cookies, { get: () => null })?.token ?? null;
  // A copy lives as long as its credential could: a seal until its sealed expiry (kept a day at
  // most here: a copy is a demonstration, not a second login).
  const sealExpiry = seal === null ? now : (sealParts(seal)?.expiresAt ?? now);
  return {
    session:
      session === null
        ? null
        : keepCopy(inspectorId, { area: "session", credential: session }, now + SESSION_COPY_MS),
    sealed:
      seal === null
        ? null
        : keepCopy(
            inspectorId,
            { area: "sealed", credential: seal },
            Math.min(sealExpiry, now + DAY),
            sealExpiry,
          ),
    jwt:
      token === null
        ? null
        : keepCopy(inspectorId, { area: "jwt", credential: token }, jwtExpiry(token, now)),
  };
}

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
  const capture = captures.get(`${inspectorId}:${handle}`, Date.now());
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

import "server-only";
import crypto from "node:crypto";
import { decodeJwt } from "jose";
import { processMemo } from "@/ground/memo";
import { readCompactToken } from "@/ground/compact-token";
import { sealParts } from "@/lib/auth/sealed/tokens";
import { parseSessionCookie } from "@/lib/auth/session/tokens";
import {
  readAccessToken,
  readSealedSessionCookie,
  readSessionCookie,
} from "@/lib/auth/credentials";
import { config, type AuthArea } from "@/config";
import { currentLab } from "@/ground/context";
import { fingerprint } from "@/lib/inspect/fingerprint";
import type { CookieReader } from "@/ground/readers";

/**
 * The compare page's "copy the credential before logout, replay it after" (C09, C22). A copy is
 * kept on the server, referenced by an opaque handle that only the same browser (its inspector
 * id) can use, and expires with the credential: the copy never reaches page scripts. Replaying it
 * is ./replay.ts.
 */

export interface Capture {
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

// A seal's characters (iron-session: base64url parts joined by `*` and `~`).
const SEAL_CHARACTERS = /^[A-Za-z0-9_\-.*~]+$/;

/**
 * The credentials a copy may be kept of: only those in a shape this server issues. Anything else
 * is no credential (every check refuses it unread), and its bytes — a cookie value is whatever the
 * browser sent — would otherwise travel on in the replay's Cookie header, where a control or
 * non-Latin-1 character makes the request itself fail.
 */
function issuedShapes(cookies: CookieReader) {
  const session = readSessionCookie(cookies);
  const seal = readSealedSessionCookie(cookies);
  const token = readAccessToken(cookies, { get: () => null })?.token ?? null;
  const compact =
    token === null
      ? null
      : readCompactToken(token, { kinds: ["jws", "jwe"], maxBytes: config.limits.maxJwtBytes });
  return {
    session: session !== null && parseSessionCookie(session).ok ? session : null,
    seal: seal !== null && SEAL_CHARACTERS.test(seal) && sealParts(seal) !== null ? seal : null,
    token: compact?.ok === true ? token : null,
  };
}

/** Copies this browser's session cookie, sealed cookie and access token (whichever it has). */
export function captureCredentials(
  inspectorId: string,
  cookies: CookieReader,
  now = Date.now(),
): Record<AuthArea, CaptureView | null> {
  const { session, seal, token } = issuedShapes(cookies);
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

/** This browser's copy behind `handle`, if it has one and it has not expired. */
export function findCapture(inspectorId: string, handle: string): Capture | undefined {
  return captures.get(`${inspectorId}:${handle}`, Date.now());
}

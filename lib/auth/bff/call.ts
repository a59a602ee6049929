import "server-only";
import { decodeJwt } from "jose";
import { cookieSettings } from "@/config";
import { inImmediateTransaction } from "@/db/client";
import type { BffSessionRow } from "@/db/schema";
import { selfOrigin } from "@/ground/self-origin";
import { BFF_HOP_HEADER, bffHopMark } from "@/lib/auth/bff/hop-mark";
import {
  dropBffSession,
  heldTokens,
  reloadBffSession,
  replaceHeldTokens,
  type HeldTokens,
} from "@/lib/auth/bff/sessions";
import type { RefreshFailure } from "@/lib/auth/jwt/refresh";
import { refreshJwt } from "@/lib/auth/login/login";
import { labCookieValue } from "@/lib/auth/visitor-lab/cookie";

/**
 * What the backend-for-frontend does for its browser on each call: it takes the access token it
 * keeps, renews the pair first when the access token is (about to be) expired — the browser never
 * sees a refresh — and calls the resource API with `Authorization: Bearer`, over HTTP like any
 * other client (the second hop). The browser's request carried only the BFF's cookie.
 */

/** The resource API the BFF calls (app/api/jwt/resource): it verifies with the JWKS alone. */
export const RESOURCE_API_PATH = "/api/jwt/resource";
// Renew this long before the access token's `exp`, so it cannot lapse on its way to the API.
const RENEW_BEFORE_MS = 10_000;
const HOP_TIMEOUT_MS = 5_000;

/**
 * What goes along with the hop from the browser's request, each already checked as one this
 * server issued (never the browser's bytes as they came): its visitor lab (a hosted instance's
 * resource API reads that lab's published keys) and its inspector id (so the inspector shows this
 * hop beside the browser's own request).
 */
export interface HopContext {
  labId: string | null;
  inspectorId: string | null;
}

export interface ResourceHop {
  /** The resource API's status and JSON answer. */
  status: number;
  body: unknown;
  /** Milliseconds the hop took, from the BFF's side. */
  ms: number;
  /**
   * The access token's claims as the BFF sent it (decoded: the token itself stays here); null
   * for an encrypted token (JWE), which only its issuer can open.
   */
  claims: Record<string, unknown> | null;
  tokenBytes: number;
}

type Refreshed = { generation: number; graced: boolean } | null;

export type BffCall =
  | { ok: true; hop: ResourceHop; refreshed: Refreshed }
  | { ok: false; reason: RefreshFailure | "resource_unreachable" };

/**
 * Calls the resource API for a BFF session (already checked). If the API refuses a token the BFF
 * took for good — a key retired, the settings changed — the pair is renewed once and the call
 * made again: a held token must not stay broken until its `exp`.
 */
export async function callResourceApi(
  session: BffSessionRow,
  judgeAt: number,
  context: HopContext,
): Promise<BffCall> {
  let tokens = heldTokens(session);
  let refreshed: Refreshed = null;
  if (isDue(session, judgeAt)) {
    const renewed = await renew(session, judgeAt, false);
    if (!renewed.ok) return renewed;
    ({ tokens, refreshed } = renewed);
  }
  let hop = await sendToResourceApi(tokens.access, context);
  if (hop !== null && hop.status === 401 && refreshed === null) {
    const renewed = await renew(session, judgeAt, true);
    if (!renewed.ok) return renewed;
    if (renewed.tokens.access !== tokens.access) {
      ({ tokens, refreshed } = renewed);
      hop = await sendToResourceApi(tokens.access, context);
    }
  }
  return hop === null
    ? { ok: false, reason: "resource_unreachable" }
    : { ok: true, hop, refreshed };
}

/**
 * Renews the pair with the refresh token the session holds, one request at a time: inside one
 * exclusive transaction the row is read again, and if another request renewed it meanwhile its
 * pair is taken instead — presenting the spent refresh token would be reuse, and revoke the
 * family. `force`: renew even though the access token is not due (the API refused it). A refused
 * refresh (the family was revoked, reused or ran out) ends the BFF session: it holds nothing
 * usable any more.
 */
function renew(session: BffSessionRow, judgeAt: number, force: boolean): Promise<Renewal> {
  return inImmediateTransaction(async (): Promise<Renewal> => {
    const current = await reloadBffSession(session);
    if (current === null) return { ok: false, reason: "refresh_revoked" };
    // Renewed by another request since this one read the row: its pair is as fresh as this
    // request could make (under the fast-forward clock, even it may look due already).
    if (current.generation !== session.generation || !(force || isDue(current, judgeAt))) {
      return { ok: true, tokens: heldTokens(current), refreshed: null };
    }
    const result = await refreshJwt(heldTokens(current).refresh, "bearer");
    if (!result.ok) {
      await dropBffSession(current);
      return result;
    }
    const next = { access: result.token, refresh: result.refreshToken };
    await replaceHeldTokens(current, next, result.claims.exp * 1000);
    const { generation, graced } = result;
    return { ok: true, tokens: next, refreshed: { generation, graced } };
  });
}

type Renewal =
  { ok: true; tokens: HeldTokens; refreshed: Refreshed } | { ok: false; reason: RefreshFailure };

/** Whether the access token is expired, or about to be, at `judgeAt`. */
function isDue(session: BffSessionRow, judgeAt: number): boolean {
  return judgeAt >= session.accessExpiresAt.getTime() - RENEW_BEFORE_MS;
}

/** The hop; null when the resource API did not answer (down, or slower than the timeout). */
async function sendToResourceApi(access: string, context: HopContext): Promise<ResourceHop | null> {
  const headers: Record<string, string> = { authorization: `Bearer ${access}` };
  const cookies: string[] = [];
  if (context.labId !== null) {
    cookies.push(`${cookieSettings.visitorLab.name}=${labCookieValue(context.labId)}`);
  }
  if (context.inspectorId !== null) {
    cookies.push(`${cookieSettings.inspector.name}=${context.inspectorId}`);
    headers[BFF_HOP_HEADER] = bffHopMark(context.inspectorId);
  }
  if (cookies.length > 0) headers.cookie = cookies.join("; ");
  const started = performance.now();
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${selfOrigin()}${RESOURCE_API_PATH}`, {
      headers,
      cache: "no-store",
      signal: AbortSignal.timeout(HOP_TIMEOUT_MS),
    });
    text = await response.text();
  } catch {
    return null;
  }
  const ms = performance.now() - started;
  return {
    status: response.status,
    body: parsed(text),
    ms,
    claims: readableClaims(access),
    tokenBytes: access.length,
  };
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text; // not JSON: shown as text
  }
}

function readableClaims(token: string): Record<string, unknown> | null {
  try {
    return decodeJwt(token);
  } catch {
    return null;
  }
}

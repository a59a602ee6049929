import "server-only";
import { decodeJwt } from "jose";
import { cookieSettings } from "@/config";
import type { CookieReader } from "@/ground/readers";
import { selfOrigin } from "@/ground/self-origin";
import {
  dropBffSession,
  heldTokens,
  reloadBffSession,
  replaceHeldTokens,
  type HeldTokens,
} from "@/lib/auth/bff/sessions";
import { inImmediateTransaction } from "@/db/client";
import type { BffSessionRow } from "@/db/schema";
import type { RefreshFailure } from "@/lib/auth/jwt/refresh";
import { refreshJwt } from "@/lib/auth/login/login";
import { BFF_HOP_HEADER, bffHopMark } from "@/lib/auth/bff/hop-mark";

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

export interface ResourceHop {
  /** The resource API's status and JSON answer. */
  status: number;
  body: unknown;
  /** Milliseconds the hop took, from the BFF's side. */
  ms: number;
  /** The access token's claims as the BFF sent it (decoded: the token itself stays here). */
  claims: Record<string, unknown>;
  tokenBytes: number;
}

export type BffCall =
  | { ok: true; hop: ResourceHop; refreshed: { generation: number; graced: boolean } | null }
  | { ok: false; reason: RefreshFailure | "resource_unreachable" };

/**
 * Calls the resource API for a BFF session (already checked). `cookies` are the browser's: its
 * lab cookie goes along (a hosted instance's resource API reads that lab's published keys) and
 * its inspector id (so the inspector shows this hop beside the browser's own request).
 */
export async function callResourceApi(
  session: BffSessionRow,
  judgeAt: number,
  cookies: CookieReader,
): Promise<BffCall> {
  let tokens = heldTokens(session);
  let refreshed: { generation: number; graced: boolean } | null = null;
  if (isDue(session, judgeAt)) {
    const renewed = await renew(session, judgeAt);
    if (!renewed.ok) return renewed;
    ({ tokens, refreshed } = renewed);
  }
  try {
    return { ok: true, hop: await sendToResourceApi(tokens.access, cookies), refreshed };
  } catch {
    return { ok: false, reason: "resource_unreachable" };
  }
}

/**
 * Renews the pair with the refresh token the session holds, one request at a time: inside one
 * exclusive transaction the row is read again, and if another request renewed it meanwhile its
 * pair is taken instead — presenting the spent refresh token would be reuse, and revoke the
 * family. A refused refresh (the family was revoked, reused or ran out) ends the BFF session: it
 * holds nothing usable any more.
 */
function renew(session: BffSessionRow, judgeAt: number): Promise<Renewal> {
  return inImmediateTransaction(async (): Promise<Renewal> => {
    const current = await reloadBffSession(session);
    if (current === null) return { ok: false, reason: "refresh_revoked" };
    // Renewed by another request since this one read the row: its pair is as fresh as this
    // request could make (under the fast-forward clock, even it may look due already).
    if (current.generation !== session.generation || !isDue(current, judgeAt)) {
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
  | { ok: true; tokens: HeldTokens; refreshed: { generation: number; graced: boolean } | null }
  | { ok: false; reason: RefreshFailure };

/** Whether the access token is expired, or about to be, at `judgeAt`. */
function isDue(session: BffSessionRow, judgeAt: number): boolean {
  return judgeAt >= session.accessExpiresAt.getTime() - RENEW_BEFORE_MS;
}

async function sendToResourceApi(access: string, cookies: CookieReader): Promise<ResourceHop> {
  const headers: Record<string, string> = { authorization: `Bearer ${access}` };
  const forwarded: string[] = [];
  for (const { name } of [cookieSettings.visitorLab, cookieSettings.inspector]) {
    const value = cookies.get(name)?.value;
    if (value) forwarded.push(`${name}=${value}`);
  }
  if (forwarded.length > 0) headers.cookie = forwarded.join("; ");
  const inspectorId = cookies.get(cookieSettings.inspector.name)?.value;
  if (inspectorId) headers[BFF_HOP_HEADER] = bffHopMark(inspectorId);
  const started = performance.now();
  const response = await fetch(`${selfOrigin()}${RESOURCE_API_PATH}`, {
    headers,
    cache: "no-store",
    signal: AbortSignal.timeout(HOP_TIMEOUT_MS),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: shown as text
  }
  return {
    status: response.status,
    body,
    ms,
    claims: decodeJwt(access),
    tokenBytes: access.length,
  };
}

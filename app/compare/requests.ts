import type { Trace } from "@/lib/inspect/trace";
import type { Area } from "./step";

/** What the compare board asks the server, and how it reads the answers. */

export interface AdminStepResult {
  /** "done", or what to do instead (nothing was changed). */
  admin: string;
  /** Each area's next request after the change (none when nothing was changed). */
  after: Record<Area, { status: number; role: string | null }> | null;
}

export interface CallSummary {
  calls: number;
  statuses: string;
  queriesPerCall: number;
  authMicrosPerCall: number;
  /** The crypto this credential cost when first seen (login or page load): paid once; null when
   * the mechanism has none (`crypto: false`). */
  paidOnce: { micros: number; at: string } | null;
  /** Each of these calls' crypto checks, answered from the memo. */
  memoMicrosPerCheck: number | null;
  /** Whether the credential needs crypto at all. */
  crypto: boolean;
}

export const CALLS = 10;

export async function post(
  url: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, {
    method: "POST",
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

// The crypto each area's credential costs (the compare page itself checks both: its traces count).
// None for the server-side session: its cookie is the random token, and the lookup is the check.
const CRYPTO_STEP: Record<Area, string | null> = {
  session: null,
  sealed: "unseal_cookie",
  jwt: "verify_signature",
};

/**
 * The last CALLS traces of an area's `me` endpoint, summarised, and the crypto the credential
 * cost when this browser's traces first show it checked in full (the memo answers after that).
 */
export function summarise(traces: Trace[], area: Area): CallSummary {
  const mine = traces.filter((t) => t.path === `/api/${area}/me`).slice(0, CALLS);
  const auth = (t: Trace) => t.checks.reduce((sum, c) => sum + c.micros, 0);
  const crypto = CRYPTO_STEP[area];
  const memo = mine.flatMap((t) => t.checks).filter((c) => c.step === crypto && c.cached);
  const paid = traces
    .flatMap((t) => t.checks.map((check) => ({ check, at: `${t.method} ${t.path}` })))
    .find(({ check }) => check.step === crypto && !check.cached && check.ok);
  return {
    calls: mine.length,
    statuses: [...new Set(mine.map((t) => t.status))].join(", "),
    queriesPerCall: mine.reduce((sum, t) => sum + t.dbQueries, 0) / Math.max(1, mine.length),
    authMicrosPerCall: mine.reduce((sum, t) => sum + auth(t), 0) / Math.max(1, mine.length),
    paidOnce: paid === undefined ? null : { micros: paid.check.micros, at: paid.at },
    memoMicrosPerCheck:
      memo.length === 0 ? null : memo.reduce((sum, c) => sum + c.micros, 0) / memo.length,
    crypto: crypto !== null,
  };
}

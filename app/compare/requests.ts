import { formatMicros } from "@/app/_components/inspector/format";
import type { Trace } from "@/lib/inspect/traces";
import type { Area } from "./step";

/** What the compare board asks the server, and how it reads the answers. */

export interface AdminStepResult {
  admin: string;
  session: { status: number; role: string | null };
  jwt: { status: number; role: string | null };
}

export interface CallSummary {
  calls: number;
  statuses: string;
  queriesPerCall: number;
  authMicrosPerCall: number;
  firstCallCrypto: string;
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

/** The last CALLS traces of an area's `me` endpoint, summarised. */
export function summarise(traces: Trace[], area: Area): CallSummary {
  const mine = traces.filter((t) => t.path === `/api/${area}/me`).slice(0, CALLS);
  const auth = (t: Trace) => t.checks.reduce((sum, c) => sum + c.micros, 0);
  const oldest = mine[mine.length - 1];
  const crypto = oldest?.checks.find((c) => c.step !== "store_lookup" && c.where === "proxy");
  return {
    calls: mine.length,
    statuses: [...new Set(mine.map((t) => t.status))].join(", "),
    queriesPerCall: mine.reduce((sum, t) => sum + t.dbQueries, 0) / Math.max(1, mine.length),
    authMicrosPerCall: mine.reduce((sum, t) => sum + auth(t), 0) / Math.max(1, mine.length),
    firstCallCrypto: crypto
      ? `${crypto.cached ? "cached" : "paid"}, ${formatMicros(crypto.micros)}`
      : "none",
  };
}

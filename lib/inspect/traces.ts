import "server-only";
import crypto from "node:crypto";
import { processMemo } from "@/ground/memo";
import { currentRequest, type FinishedResponse } from "@/ground/context";
import { describeSetCookies, type SetCookieSummary } from "@/lib/inspect/set-cookie";
import { processSingleton } from "@/ground/singleton";
import { recordCost } from "@/lib/inspect/summary";
import type { AuthArea } from "@/config/types";

/**
 * The inspector's request traces: for each request a browser makes, which credential arrived,
 * each check that ran (where, how long, how many queries) and the decision. Kept in memory only,
 * per browser (its random `lab_inspector` cookie), in a bounded ring buffer: no database writes
 * per request and no unbounded growth. Values of credentials are never recorded — sizes only.
 */

export type CheckStep =
  | "unseal_cookie"
  | "store_lookup"
  | "cookie_cache"
  | "proxy_result"
  | "verify_signature"
  | "verify_dpop_proof"
  | "revocation_check";
export type CheckSite = "proxy" | "dal";
export type CredentialKind =
  "session_cookie" | "sealed_cookie" | "jwt_cookie" | "bearer" | "dpop" | "none";

export interface TraceCheck {
  step: CheckStep;
  where: CheckSite;
  micros: number;
  queries: number;
  cached: boolean;
  ok: boolean;
  reason: string;
}

export interface Trace {
  id: string;
  at: number;
  method: string;
  path: string;
  area: AuthArea | "other";
  credential: { kind: CredentialKind; bytes: number };
  checks: TraceCheck[];
  decision: { ok: boolean; reason: string } | null;
  status: number | null;
  dbQueries: number;
  totalMicros: number | null;
  setCookies: SetCookieSummary[];
}

const PER_BROWSER = 50;
const BROWSER_IDLE_MS = 60 * 60 * 1000;
const buffers = processMemo<Trace[]>("inspector-traces", 1000);
type Listener = (trace: Trace) => void;
interface Subscription {
  listener: Listener;
  end: () => void;
}

function listeners(): Map<string, Set<Subscription>> {
  return processSingleton("inspector-listeners", () => new Map<string, Set<Subscription>>());
}

function activeTrace(): Trace | null {
  const trace = currentRequest()?.trace;
  return trace === null || trace === undefined ? null : (trace as Trace);
}

/**
 * Starts tracing the current request for the browser `inspectorId`. The trace is stored, and
 * pushed to that browser's live listeners, when server.mjs reports the response sent.
 */
export function beginTrace(
  inspectorId: string,
  request: { method: string; path: string; area: Trace["area"]; credential: Trace["credential"] },
): void {
  const context = currentRequest();
  if (context === undefined) return; // a server without request contexts (plain `next start`)
  const trace: Trace = {
    id: crypto.randomUUID(),
    at: Date.now(),
    ...request,
    checks: [],
    decision: null,
    status: null,
    dbQueries: 0,
    totalMicros: null,
    setCookies: [],
  };
  context.trace = trace;
  context.inspectorId = inspectorId;
  context.onFinish = (response) =>
    finishTrace(
      context.inspectorId ?? inspectorId,
      trace,
      context.startedAt,
      context.queries,
      response,
    );
}

function finishTrace(
  inspectorId: string,
  trace: Trace,
  startedAt: bigint,
  queries: number,
  response: FinishedResponse,
): void {
  trace.status = response.statusCode;
  trace.dbQueries = queries;
  trace.totalMicros = Number((process.hrtime.bigint() - startedAt) / 1000n);
  trace.setCookies = describeSetCookies(response.getHeader("set-cookie"));
  const now = Date.now();
  const buffer = [trace, ...(buffers.get(inspectorId, now) ?? [])].slice(0, PER_BROWSER);
  buffers.set(inspectorId, buffer, now + BROWSER_IDLE_MS);
  recordCost(trace);
  for (const { listener } of listeners().get(inspectorId) ?? []) listener(trace);
}

/**
 * Runs one authentication step, and records it in the current trace (if any) with its duration
 * and the queries it made. better-sqlite3 is synchronous, so queries counted between start and
 * end belong to this step.
 */
export async function traceCheck<
  R extends { ok: true; cached?: boolean } | { ok: false; reason: string },
>(where: CheckSite, step: CheckStep, run: () => R | Promise<R>): Promise<R> {
  const trace = activeTrace();
  if (trace === null) return run();
  const context = currentRequest();
  const queriesBefore = context?.queries ?? 0;
  const started = process.hrtime.bigint();
  const result = await run();
  trace.checks.push({
    step,
    where,
    micros: Number(process.hrtime.bigint() - started) / 1000,
    queries: (context?.queries ?? 0) - queriesBefore,
    cached: result.ok ? (result.cached ?? false) : false,
    ok: result.ok,
    reason: result.ok ? "ok" : result.reason,
  });
  return result;
}

/** Records the decision about the current request (the last one recorded wins: the DAL's). */
export function traceDecision(ok: boolean, reason: string): void {
  const trace = activeTrace();
  if (trace !== null) trace.decision = { ok, reason };
}

/** This browser's traces, newest first. */
export function recentTraces(inspectorId: string): Trace[] {
  return buffers.get(inspectorId, Date.now()) ?? [];
}

/**
 * Subscribes to this browser's new traces; returns the unsubscribe function. `end` is called
 * when the id is rotated away (the stream should close).
 */
export function subscribeToTraces(
  inspectorId: string,
  listener: Listener,
  end: () => void = () => {},
): () => void {
  const all = listeners();
  const set = all.get(inspectorId) ?? new Set<Subscription>();
  const subscription = { listener, end };
  set.add(subscription);
  all.set(inspectorId, set);
  return () => {
    set.delete(subscription);
    if (set.size === 0 && all.get(inspectorId) === set) all.delete(inspectorId);
  };
}

// Ids rotated away in the last minute: a stream that reconnects with one is the browser itself,
// racing the login answer that carries its new cookie (or whoever else held the old id).
const retired = processMemo<true>("inspector-retired-ids", 10_000);
const RETIRED_MS = 60_000;

/** Whether `inspectorId` was rotated away recently (its streams should retry shortly). */
export function isRetiredInspectorId(inspectorId: string): boolean {
  return retired.get(inspectorId, Date.now()) === true;
}

/** A browser's id changed (login): its traces move to the new id; streams on the old one end. */
export function moveTraces(from: string, to: string): void {
  const now = Date.now();
  retired.set(from, true, now + RETIRED_MS);
  const buffer = buffers.get(from, now);
  buffers.delete(from);
  if (buffer !== undefined) buffers.set(to, buffer, now + BROWSER_IDLE_MS);
  const subscriptions = listeners().get(from);
  listeners().delete(from);
  for (const { end } of subscriptions ?? []) end();
  // The request doing the rotating (the login) is traced for the new id too.
  const context = currentRequest();
  if (context?.inspectorId === from) context.inspectorId = to;
}

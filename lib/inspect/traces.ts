import "server-only";
import crypto from "node:crypto";
import { config } from "@/config";
import { processMemo } from "@/ground/memo";
import { currentRequest, type FinishedResponse } from "@/ground/context";
import { describeSetCookies } from "@/lib/inspect/set-cookie";
import type { Trace } from "@/lib/inspect/trace";
import { recordCost } from "@/lib/inspect/summary";
import { publishTrace, retireStreams } from "@/lib/inspect/trace-stream";

/**
 * The inspector's request traces: for each request a browser makes, which credential arrived,
 * each check that ran (where, how long, how many queries) and the decision. Kept in memory only,
 * per browser (its random `lab_inspector` cookie), in a bounded ring buffer: no database writes
 * per request and no unbounded growth. Values of credentials are never recorded — sizes only.
 * The checks write their steps through ground/trace-recorder.ts; a trace's shape is ./trace.ts,
 * its live streams ./trace-stream.ts.
 */

const PER_BROWSER = 50;
const BROWSER_IDLE_MS = 60 * 60 * 1000;
const buffers = processMemo<Trace[]>("inspector-traces", 1000);

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
    instance: config.instanceName,
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
  publishTrace(inspectorId, trace);
}

/** This browser's traces, newest first. */
export function recentTraces(inspectorId: string): Trace[] {
  return buffers.get(inspectorId, Date.now()) ?? [];
}

/** A browser's id changed (login): its traces move to the new id; streams on the old one end. */
export function moveTraces(from: string, to: string): void {
  const now = Date.now();
  const buffer = buffers.get(from, now);
  buffers.delete(from);
  if (buffer !== undefined) buffers.set(to, buffer, now + BROWSER_IDLE_MS);
  retireStreams(from, now);
  // The request doing the rotating (the login) is traced for the new id too.
  const context = currentRequest();
  if (context?.inspectorId === from) context.inspectorId = to;
}

import "server-only";
import crypto from "node:crypto";
import { config } from "@/config";
import { processSingleton } from "@/ground/singleton";
import { currentRequest, type FinishedResponse } from "@/ground/context";
import { describeSetCookies } from "@/lib/inspect/set-cookie";
import { compactTrace, expandTrace, type CompactTrace } from "@/lib/inspect/compact-trace";
import type { Trace } from "@/lib/inspect/trace";
import { TraceBrowsers } from "@/lib/inspect/trace-browsers";
import { recordCost } from "@/lib/inspect/summary";
import { isWatched, publishTrace, retireStreams } from "@/lib/inspect/trace-stream";

/**
 * The inspector's request traces: for each request a browser makes, which credential arrived,
 * each check that ran (where, how long, how many queries) and the decision. Kept in memory only,
 * per browser (its random `lab_inspector` cookie), in a bounded ring buffer of compact records
 * (./compact-trace.ts, ./trace-browsers.ts): no database writes per request and no unbounded
 * growth. Values of credentials are never recorded — sizes only.
 * The checks write their steps through ground/trace-recorder.ts; a trace's shape is ./trace.ts,
 * its live streams ./trace-stream.ts.
 */

// A browser nobody watches is forgotten 20 minutes after its last traced request or read: a
// learner reading a lesson with the inspector open is watched (its live stream) and keeps
// everything however long the pause; one who closed the tab comes back to an empty timeline that
// fills again with the next request. The cap bounds the rest whatever the clock does.
const PER_BROWSER = 50;
const MAX_BROWSERS = 1000;
export const BROWSER_IDLE_MS = 20 * 60 * 1000;
// Paths are shared between traces: a thousand browsers ask for the same few dozen.
const MAX_SHARED_PATHS = 1000;

interface TraceStore {
  browsers: TraceBrowsers<CompactTrace>;
  /**
   * A trace's id is made from its sequence number only when read, under this process's key: the
   * numbers count every browser's requests, and one visitor's ids must not tell how many requests
   * the others made since (a plain counter would).
   */
  idOf: (seq: number) => string;
  seq: number;
  paths: Map<string, string>;
}

function store(): TraceStore {
  return processSingleton("inspector-traces", () => ({
    browsers: new TraceBrowsers<CompactTrace>({
      maxBrowsers: MAX_BROWSERS,
      perBrowser: PER_BROWSER,
      idleMs: BROWSER_IDLE_MS,
      isWatched,
    }),
    idOf: traceIdMaker(crypto.randomBytes(32)),
    seq: 0,
    paths: new Map<string, string>(),
  }));
}

/** Unique, unguessable names for sequence numbers (an HMAC of the number, 128 bits of it). */
export function traceIdMaker(key: Buffer): (seq: number) => string {
  return (seq) =>
    crypto.createHmac("sha256", key).update(String(seq)).digest("base64url").slice(0, 22);
}

function sharedPath(paths: Map<string, string>, path: string): string {
  const shared = paths.get(path);
  if (shared !== undefined) return shared;
  if (paths.size < MAX_SHARED_PATHS) paths.set(path, path);
  return path;
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
  const trace: PendingTrace = {
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

type PendingTrace = Omit<Trace, "id">;

function finishTrace(
  inspectorId: string,
  trace: PendingTrace,
  startedAt: bigint,
  queries: number,
  response: FinishedResponse,
): void {
  trace.status = response.statusCode;
  trace.dbQueries = queries;
  trace.totalMicros = Number((process.hrtime.bigint() - startedAt) / 1000n);
  trace.setCookies = describeSetCookies(response.getHeader("set-cookie"));
  const kept = store();
  trace.path = sharedPath(kept.paths, trace.path);
  kept.seq += 1;
  const record = compactTrace(kept.seq, trace);
  kept.browsers.add(inspectorId, record, Date.now());
  recordCost(trace);
  publishTrace(inspectorId, () => expandTrace(record, kept.idOf));
}

/** This browser's traces, newest first. */
export function recentTraces(inspectorId: string): Trace[] {
  const { browsers, idOf } = store();
  return browsers.list(inspectorId, Date.now()).map((record) => expandTrace(record, idOf));
}

/** A browser's id changed (login): its traces move to the new id; streams on the old one end. */
export function moveTraces(from: string, to: string): void {
  const now = Date.now();
  store().browsers.move(from, to, now);
  retireStreams(from, now);
  // The request doing the rotating (the login) is traced for the new id too.
  const context = currentRequest();
  if (context?.inspectorId === from) context.inspectorId = to;
}

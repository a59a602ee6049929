import { currentRequest } from "@/ground/context";

/**
 * The recorder a check writes its steps into: the current request's trace, if something above
 * opened one (the inspector does, lib/inspect/traces.ts). It lives down here so that the checks
 * (lib/auth) can record what they did without knowing who reads it; the inspector reads the same
 * trace when the response is sent. Step names are the caller's (auth names its own); nothing
 * here knows them.
 */

/** One recorded step: where it ran, how long it took and how many queries it made. */
export interface RecordedCheck {
  step: string;
  where: string;
  micros: number;
  queries: number;
  cached: boolean;
  ok: boolean;
  reason: string;
}

/** The part of a request's trace the recorder writes: the steps and the decision. */
export interface CheckRecord {
  checks: RecordedCheck[];
  decision: { ok: boolean; reason: string } | null;
}

type StepResult = { ok: true; cached?: boolean } | { ok: false; reason: string };

function activeRecord(): CheckRecord | null {
  const trace = currentRequest()?.trace;
  return trace === null || trace === undefined ? null : (trace as CheckRecord);
}

/**
 * Runs one authentication step, and records it in the current trace (if any) with its duration
 * and the queries it made. better-sqlite3 is synchronous, so queries counted between start and
 * end belong to this step.
 */
export async function traceCheck<R extends StepResult>(
  where: string,
  step: string,
  run: () => R | Promise<R>,
): Promise<R> {
  const record = activeRecord();
  if (record === null) return run();
  const context = currentRequest();
  const queriesBefore = context?.queries ?? 0;
  const started = process.hrtime.bigint();
  const result = await run();
  record.checks.push({
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
  const record = activeRecord();
  if (record !== null) record.decision = { ok, reason };
}

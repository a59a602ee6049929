import type { CheckSite, CheckStep } from "@/lib/auth/check/steps";
import type { SetCookieSummary } from "@/lib/inspect/set-cookie";
import type { CredentialKind, Trace, TraceCheck } from "@/lib/inspect/trace";

/**
 * A finished trace as the server keeps it, a thousand browsers × fifty traces at a time: one
 * fixed-shape object of small numbers and shared strings, where the trace as drawn (./trace.ts)
 * is a tree of five to ten objects, a 36-character random id and boxed numbers (~1.2 kB each,
 * measured with a heap snapshot; this form ~0.3 kB). It holds everything the inspector shows,
 * and `expandTrace` gives back the very same Trace: the id is made from a per-process prefix and
 * a sequence number when it is read, and each check is six slots of one flat array.
 */
export interface CompactTrace {
  readonly seq: number;
  readonly at: number;
  readonly method: string;
  readonly path: string;
  readonly area: Trace["area"];
  readonly credentialKind: CredentialKind;
  readonly credentialBytes: number;
  /** Per check: step, where, nanoseconds, queries, flags (OK | CACHED), reason. */
  readonly checks: ReadonlyArray<string | number>;
  /** -1: no decision; 0: refused; 1: allowed. */
  readonly decided: -1 | 0 | 1;
  readonly reason: string;
  /** -1 where the trace has none. */
  readonly status: number;
  readonly dbQueries: number;
  readonly totalMicros: number;
  readonly setCookies: readonly SetCookieSummary[];
  readonly instance: string;
}

const SLOTS = 6;
const OK = 1;
const CACHED = 2;
const NONE: readonly never[] = Object.freeze([]);

function packChecks(checks: readonly TraceCheck[]): ReadonlyArray<string | number> {
  if (checks.length === 0) return NONE;
  // Sized once: an array grown by push keeps up to half as many slots again spare.
  const packed = new Array<string | number>(checks.length * SLOTS);
  checks.forEach((c, i) => {
    const at = i * SLOTS;
    packed[at] = c.step;
    packed[at + 1] = c.where;
    // micros is a whole number of nanoseconds ÷ 1000 (the recorder's): kept as that whole number.
    packed[at + 2] = Math.round(c.micros * 1000);
    packed[at + 3] = c.queries;
    packed[at + 4] = (c.ok ? OK : 0) | (c.cached ? CACHED : 0);
    packed[at + 5] = c.reason;
  });
  return packed;
}

function unpackChecks(packed: ReadonlyArray<string | number>): TraceCheck[] {
  const checks: TraceCheck[] = [];
  for (let i = 0; i < packed.length; i += SLOTS) {
    const flags = packed[i + 4] as number;
    checks.push({
      step: packed[i] as CheckStep,
      where: packed[i + 1] as CheckSite,
      micros: (packed[i + 2] as number) / 1000,
      queries: packed[i + 3] as number,
      cached: (flags & CACHED) !== 0,
      ok: (flags & OK) !== 0,
      reason: packed[i + 5] as string,
    });
  }
  return checks;
}

/** The trace `seq` of this process, in the form kept. `path` should be a shared copy (./paths). */
export function compactTrace(seq: number, trace: Omit<Trace, "id">): CompactTrace {
  return {
    seq,
    at: trace.at,
    method: trace.method,
    path: trace.path,
    area: trace.area,
    credentialKind: trace.credential.kind,
    credentialBytes: trace.credential.bytes,
    checks: packChecks(trace.checks),
    decided: trace.decision === null ? -1 : trace.decision.ok ? 1 : 0,
    reason: trace.decision?.reason ?? "",
    status: trace.status ?? -1,
    dbQueries: trace.dbQueries,
    totalMicros: trace.totalMicros ?? -1,
    setCookies: trace.setCookies.length === 0 ? NONE : trace.setCookies,
    instance: trace.instance,
  };
}

/** The trace as the inspector draws it and the wire carries it; `idOf` names its number. */
export function expandTrace(record: CompactTrace, idOf: (seq: number) => string): Trace {
  return {
    id: idOf(record.seq),
    at: record.at,
    method: record.method,
    path: record.path,
    area: record.area,
    credential: { kind: record.credentialKind, bytes: record.credentialBytes },
    checks: unpackChecks(record.checks),
    decision: record.decided === -1 ? null : { ok: record.decided === 1, reason: record.reason },
    status: record.status === -1 ? null : record.status,
    dbQueries: record.dbQueries,
    totalMicros: record.totalMicros === -1 ? null : record.totalMicros,
    setCookies: [...record.setCookies],
    instance: record.instance,
  };
}

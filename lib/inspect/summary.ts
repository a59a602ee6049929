import "server-only";
import { processSingleton } from "@/ground/singleton";
import type { Trace } from "@/lib/inspect/trace";
import type { AuthArea } from "@/config/types";

/**
 * What an authenticated request costs on this server, aggregated over every browser's recent
 * traced requests: numbers only — no path, user, browser or time is kept — so the front page can
 * show measured figures without revealing anyone's requests.
 */

interface Sample {
  totalMicros: number;
  authMicros: number;
  queries: number;
  /** The crypto of a credential seen for the first time (not memoised), if this request paid it. */
  firstCryptoMicros: number | null;
  memoCryptoMicros: number | null;
}

export interface AreaCost {
  /** Authenticated requests measured since the server started. */
  requests: number;
  /** Medians over the last SAMPLES of them; null below MIN_SAMPLES. */
  medianTotalMicros: number | null;
  medianAuthMicros: number | null;
  queriesPerRequest: number | null;
  medianFirstCryptoMicros: number | null;
  medianMemoCryptoMicros: number | null;
}

const SAMPLES = 500;
/** Fewer than this and a "median" would be one person's request. */
export const MIN_SAMPLES = 3;

interface Totals {
  requests: number;
  samples: Sample[];
}

function totals(): Record<AuthArea, Totals> {
  return processSingleton("inspector-summary", () => ({
    session: { requests: 0, samples: [] },
    sealed: { requests: 0, samples: [] },
    jwt: { requests: 0, samples: [] },
  }));
}

// The server-side session has none: its cookie is a random token, and the lookup is its check.
const CRYPTO = new Set(["unseal_cookie", "verify_signature"]);

/** Adds a finished trace to the aggregate (called by the tracer; ignores unauthenticated ones). */
export function recordCost(
  trace: Pick<Trace, "area" | "decision" | "totalMicros" | "checks" | "dbQueries">,
): void {
  if (trace.area === "other" || trace.decision?.ok !== true || trace.totalMicros === null) return;
  if (trace.checks.length === 0) return;
  const crypto = trace.checks.filter((c) => CRYPTO.has(c.step));
  const first = crypto.find((c) => !c.cached);
  const memo = crypto.find((c) => c.cached);
  const area = totals()[trace.area];
  area.requests += 1;
  area.samples.push({
    totalMicros: trace.totalMicros,
    authMicros: trace.checks.reduce((sum, c) => sum + c.micros, 0),
    queries: trace.dbQueries,
    firstCryptoMicros: first?.micros ?? null,
    memoCryptoMicros: memo?.micros ?? null,
  });
  if (area.samples.length > SAMPLES) area.samples.shift();
}

function median(values: number[]): number | null {
  if (values.length < MIN_SAMPLES) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function present<T>(values: (T | null)[]): T[] {
  return values.filter((v): v is T => v !== null);
}

/** The measured cost of an authenticated request in each area. */
export function costSummary(): Record<AuthArea, AreaCost> {
  const summarise = ({ requests, samples }: Totals): AreaCost => ({
    requests,
    medianTotalMicros: median(samples.map((s) => s.totalMicros)),
    medianAuthMicros: median(samples.map((s) => s.authMicros)),
    queriesPerRequest:
      samples.length < MIN_SAMPLES
        ? null
        : samples.reduce((sum, s) => sum + s.queries, 0) / samples.length,
    medianFirstCryptoMicros: median(present(samples.map((s) => s.firstCryptoMicros))),
    medianMemoCryptoMicros: median(present(samples.map((s) => s.memoCryptoMicros))),
  });
  const all = totals();
  return {
    session: summarise(all.session),
    sealed: summarise(all.sealed),
    jwt: summarise(all.jwt),
  };
}

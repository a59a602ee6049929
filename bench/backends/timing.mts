// Lookups timed against each other in one run: each round runs every lookup once, in an order
// that rotates from round to round, so a noisy stretch of the shared machine lands on all of them
// and their ratios hold (the way scripts/bench.mts interleaves a check and its floor).
import { N, WARMUP } from "./rows.mjs";

/** Microseconds per lookup: the median and the 95th percentile. */
export interface Figure {
  medianUs: number;
  p95Us: number;
}

export interface Run {
  name: string;
  /** Looks one session up; false when it is missing (a bench bug, not a figure). */
  lookup: (id: string) => Promise<boolean>;
  /** WARMUP + N existing ids, this run's own: no run meets rows another just brought into cache. */
  ids: string[];
}

const round1 = (us: number): number => Math.round(us * 10) / 10;

/** Runs WARMUP untimed rounds, then N timed ones; the figures by run name. */
export async function interleaved(runs: Run[]): Promise<Record<string, Figure>> {
  const times = runs.map(() => [] as number[]);
  for (let i = 0; i < WARMUP + N; i++) {
    for (let k = 0; k < runs.length; k++) {
      const index = (i + k) % runs.length;
      const run = runs[index]!;
      const start = process.hrtime.bigint();
      const found = await run.lookup(run.ids[i]!);
      const us = Number(process.hrtime.bigint() - start) / 1000;
      if (!found) throw new Error(`${run.name}: session ${run.ids[i]} not found`);
      if (i >= WARMUP) times[index]!.push(us);
    }
  }
  return Object.fromEntries(
    runs.map(({ name }, k) => {
      const sorted = times[k]!.sort((a, b) => a - b);
      const at = (q: number): number => round1(sorted[Math.min(N - 1, Math.floor(N * q))] ?? 0);
      return [name, { medianUs: at(0.5), p95Us: at(0.95) }];
    }),
  );
}

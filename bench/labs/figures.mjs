// The run's figures: percentiles of the timings, the server's memory sampled during the load, and
// the JSON that bench/results/labs.json keeps of it all.
import os from "node:os";
import { procStatus } from "./server.mjs";
import { failures } from "./tally.mjs";

function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  const round = (ms) => Math.round(ms * 10) / 10;
  return { count: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), max: round(at(1)) };
}

export function stepFigures(map) {
  return Object.fromEntries([...map].map(([kind, values]) => [kind, percentiles(values)]));
}

/** Samples the server's resident memory while the load runs (the kernel's high-water mark too). */
export function watchMemory(pid) {
  const peak = { rssKiB: 0, hwmKiB: 0 };
  const sample = () => {
    const now = procStatus(pid);
    if (now === null) return;
    peak.rssKiB = Math.max(peak.rssKiB, now.rssKiB);
    peak.hwmKiB = Math.max(peak.hwmKiB, now.hwmKiB);
  };
  const timer = setInterval(sample, 100);
  return () => {
    sample();
    clearInterval(timer);
    return peak;
  };
}

const MiB = (kib) => Math.round((kib / 1024) * 10) / 10;
const tenths = (value) => Math.round(value * 10) / 10;

function memoryFigures({ before, peak, heap, settledBefore }) {
  return {
    startMiB: before.memory === null ? null : MiB(before.memory.rssKiB),
    peakRssMiB: MiB(peak.rssKiB),
    vmHwmMiB: MiB(peak.hwmKiB),
    peakHeapUsedMiB: heap === null ? null : MiB(heap.heapUsed / 1024),
    peakHeapTotalMiB: heap === null ? null : MiB(heap.heapTotal / 1024),
    heapAfterGcBeforeMiB: settledBefore === null ? null : MiB(settledBefore / 1024),
    heapAfterGcAfterMiB: heap === null ? null : MiB(heap.settled / 1024),
  };
}

/** The whole run as bench/results/labs.json keeps it; every time is in the unit its name says. */
export function labsResult({ settings, warmUp, load }) {
  const all = [...load.timings.values()].flat();
  return {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? "unknown" },
    node: process.version,
    settings: {
      ...settings,
      server: "node server.mjs, NODE_ENV=production, LAB_PUBLIC=true, TRUSTED_PROXY_HOPS=1",
      sessionStore: "sqlite",
      addresses: "one X-Forwarded-For address per learner (LAB_CLIENT_MAX at its default)",
    },
    seconds: tenths(load.seconds),
    tourSeconds: tenths(load.tourSeconds),
    requests: all.length,
    serverCpuSeconds: load.cpu === null ? null : tenths(load.cpu),
    perLearnerMs: percentiles(load.learners.map((l) => l.tourMs)),
    serverErrors: failures.serverErrors.length,
    networkErrors: failures.networkErrors.length,
    unexpectedStatuses: failures.unexpected.length,
    isolationFailures: failures.isolation.length,
    serverExit: failures.serverExit ?? null,
    distinct: load.distinct,
    memory: memoryFigures(load),
    stepsMs: { ...stepFigures(load.timings), all: percentiles(all) },
    aloneMs: warmUp.alone,
    serverCpuMs: warmUp.costs,
    failures: {
      serverErrors: failures.serverErrors,
      networkErrors: failures.networkErrors.slice(0, 20),
      unexpected: failures.unexpected,
      isolation: failures.isolation,
    },
  };
}

/** Everything that makes the run a failure: any 5xx, network error, other status, leak or exit. */
export function failureCount(result) {
  return (
    result.serverErrors +
    result.networkErrors +
    result.unexpectedStatuses +
    result.isolationFailures +
    (result.serverExit === null ? 0 : 1)
  );
}

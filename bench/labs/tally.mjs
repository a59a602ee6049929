// What the run has seen so far, shared by every module of the bench: each request's time by kind
// of step, and every failure. One record for the whole process, so a learner, the isolation checks
// and the server's watcher all report to the same place the summary reads.

export const failures = { serverErrors: [], networkErrors: [], unexpected: [], isolation: [] };

let timings = new Map(); // step kind → milliseconds

export function record(kind, ms) {
  if (!timings.has(kind)) timings.set(kind, []);
  timings.get(kind).push(ms);
}

/** The timings recorded since the last call, and a fresh start: each phase is timed apart. */
export function takeTimings() {
  const taken = timings;
  timings = new Map();
  return taken;
}

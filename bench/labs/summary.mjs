// The run's figures as a person reads them at the end of `npm run bench:labs`.

const pad = (value, width) => String(value).padStart(width);
const seconds = (ms) => (ms / 1000).toFixed(1);

function printSteps(result) {
  console.log(
    `\n${"step".padEnd(24)} ${pad("n", 5)} ${pad("p50", 7)} ${pad("p95", 7)} ${pad("max", 7)}   alone`,
  );
  for (const [kind, f] of Object.entries(result.stepsMs)) {
    const alone = result.aloneMs[kind]?.p50 ?? "";
    console.log(
      `${kind.padEnd(24)} ${pad(f.count, 5)} ${pad(f.p50, 7)} ${pad(f.p95, 7)} ${pad(f.max, 7)}   ${alone}`,
    );
  }
  const { loginCpuMs, meCpuMs } = result.serverCpuMs;
  console.log(
    `\n"alone": one learner on the idle server (p50). Server CPU: ${loginCpuMs} ms a login ` +
      `(argon2id), ${meCpuMs} ms a session lookup`,
  );
}

function printLoad(result) {
  const m = result.memory;
  console.log(
    `\n${result.settings.learners} learners, ${result.settings.concurrency} at a time: ` +
      `${result.requests} requests in ${result.seconds} s (server CPU ${result.serverCpuSeconds} s); ` +
      `a learner's tour p50 ${seconds(result.perLearnerMs.p50)} s, p95 ${seconds(result.perLearnerMs.p95)} s`,
  );
  console.log(
    `memory: ${m.startMiB} MiB RSS before, peak ${m.peakRssMiB} MiB (VmHWM ${m.vmHwmMiB} MiB); ` +
      `heap used at most ${m.peakHeapUsedMiB} MiB of ${m.peakHeapTotalMiB} MiB; ` +
      `after a full GC ${m.heapAfterGcBeforeMiB} MiB before the load, ${m.heapAfterGcAfterMiB} MiB after`,
  );
  console.log(
    `distinct: ${result.distinct.labs} labs, ${result.distinct.userIds} user ids, ${result.distinct.kids} signing keys`,
  );
}

function printVerdicts(result) {
  const verdict = (n, what) => console.log(`${n === 0 ? "✔" : "✖"} ${n} ${what}`);
  verdict(result.serverErrors, "5xx answers");
  verdict(result.networkErrors, "network errors");
  verdict(result.unexpectedStatuses, "other unexpected statuses");
  verdict(result.isolationFailures, "isolation failures (a learner saw what is not its own)");
  if (result.serverExit !== null) {
    console.log(`✖ the server exited during the run: ${JSON.stringify(result.serverExit)}`);
  }
  for (const list of Object.values(result.failures)) {
    for (const failure of list.slice(0, 5))
      console.log("  ", JSON.stringify(failure).slice(0, 400));
  }
}

export function printSummary(result) {
  printSteps(result);
  printLoad(result);
  printVerdicts(result);
}

// The hosted-instance load check: LABS_LEARNERS simulated learners (200) work through the tour's
// HTTP steps at once against ONE production server with LAB_PUBLIC=true, each in a lab of its own.
// It counts 5xx answers, checks that no learner ever sees another's data or settings, times each
// kind of step and samples the server's memory. Exits non-zero on any 5xx, network error, other
// unexpected status, isolation failure or server exit, so it doubles as a check. Never run as a
// test: it needs a production build (`npx next build`) and takes a few minutes.
//   npm run bench:labs        (LABS_LEARNERS, LABS_CONCURRENCY)
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root } from "../../scripts/lib.mjs";
import { measureCosts } from "./costs.mjs";
import { failureCount, labsResult, stepFigures, watchMemory } from "./figures.mjs";
import { checkDisjoint, crossLabAttempts } from "./isolation.mjs";
import { Learner } from "./learner.mjs";
import { cpuSeconds, heapFile, procStatus, readHeap, startServer, stopServer } from "./server.mjs";
import { printSummary } from "./summary.mjs";
import { takeTimings } from "./tally.mjs";
import { runLearner } from "./tour.mjs";

const LEARNERS = Number(process.env.LABS_LEARNERS ?? 200);
const CONCURRENCY = Number(process.env.LABS_CONCURRENCY ?? 25);

/** Runs `work` over `items`, `limit` at a time. */
async function pool(items, limit, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Two learners alone first: the first pays for loading each route, the second shows what each
 * step costs on an idle server (the logins' argon2 above all). Both are isolation-checked.
 */
async function warmUp(origin, pid) {
  const learners = [new Learner(origin, LEARNERS), new Learner(origin, LEARNERS + 1)];
  await runLearner(learners[0]);
  takeTimings();
  await runLearner(learners[1]);
  const alone = stepFigures(takeTimings());
  const costs = await measureCosts(origin, LEARNERS + 2, pid);
  takeTimings();
  return { learners, alone, costs };
}

/** Every learner's tour, then the cross-lab attempts, with the server's memory and CPU around. */
async function underLoad(origin, pid, dataDir, warmUps) {
  const settledBefore = (await readHeap(pid, heapFile(dataDir), true))?.settled ?? null;
  const before = { memory: procStatus(pid), cpu: cpuSeconds(pid) };
  const stopWatching = watchMemory(pid);
  const learners = Array.from({ length: LEARNERS }, (_, i) => new Learner(origin, i));
  const started = performance.now();
  await pool(learners, CONCURRENCY, runLearner);
  const tourSeconds = (performance.now() - started) / 1000;
  const everyone = [...learners, ...warmUps];
  await pool(everyone, CONCURRENCY, (learner) =>
    crossLabAttempts(learner, everyone[(everyone.indexOf(learner) + 1) % everyone.length]),
  );
  const seconds = (performance.now() - started) / 1000;
  const peak = stopWatching();
  const cpu = cpuSeconds(pid) - before.cpu;
  const distinct = checkDisjoint(everyone);
  const heap = await readHeap(pid, heapFile(dataDir), true);
  const timings = takeTimings();
  return {
    learners,
    seconds,
    tourSeconds,
    cpu,
    peak,
    before,
    settledBefore,
    heap,
    distinct,
    timings,
  };
}

async function main() {
  const { child, origin, dataDir } = await startServer();
  try {
    const warm = await warmUp(origin, child.pid);
    const load = await underLoad(origin, child.pid, dataDir, warm.learners);
    const settings = {
      learners: LEARNERS,
      concurrency: CONCURRENCY,
      warmUpLearners: warm.learners.length,
    };
    return { result: labsResult({ settings, warmUp: warm, load }), dataDir };
  } finally {
    stopServer(child);
  }
}

const { result, dataDir } = await main();
printSummary(result);
const failed = failureCount(result);
// A failed run keeps the server's log for reading; a clean one leaves nothing behind.
if (failed > 0) console.log(`\nThe server's log: ${path.join(dataDir, "server.log")}`);
else rmSync(dataDir, { recursive: true, force: true });
const file = path.join(root, "bench", "results", "labs.json");
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nWrote ${path.relative(root, file)}`);
process.exit(failed > 0 ? 1 : 0);

// The memory benchmark: a crowd of distinct inspected browsers against the production server
// (server.mjs, a throw-away data directory), in rounds. After each round: the heap in use after a
// full GC (bench/memory/serve-with-gc.mjs), the RSS (/proc), the crowd's own req/s, and the req/s
// of one inspected /api/session/me under autocannon (the probe: what the crowd costs everyone
// else). Builds only when there is no build. Never run as a test.
//   npm run bench:memory   (BENCH_BROWSERS per round, BENCH_MAX_BROWSERS, BENCH_REQUESTS per
//                           browser, BENCH_CONCURRENCY, BENCH_PROBE_SECONDS, BENCH_NODE_FLAGS)
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { crowd } from "../bench/memory/crowd.mjs";
import { bin, freePort, root } from "./lib.mjs";

const PER_ROUND = Number(process.env.BENCH_BROWSERS ?? 250);
const MAX_BROWSERS = Number(process.env.BENCH_MAX_BROWSERS ?? 2000);
// 50 fills each browser's trace buffer: the worst case the inspector's cap allows.
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 50);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const PROBE_SECONDS = Number(process.env.BENCH_PROBE_SECONDS ?? 4);
const TARGETS = { heapMiB: 50, atBrowsers: 1000, rssMiB: 250, probeRatio: 0.9 };
const MiB = 2 ** 20;

function sh(label, command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.status !== 0)
    throw new Error(`${label} failed (exit ${result.status ?? result.signal})`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function ready(url) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await sleep(100);
  }
  throw new Error(`${url} did not come up`);
}

function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)[1]) / 1024;
}

/** Heap in use after a full GC, as the server's wrapper reports it on SIGUSR2. */
async function heapAfterGc(server, reportFile) {
  rmSync(reportFile, { force: true });
  process.kill(server.pid, "SIGUSR2");
  for (let i = 0; i < 600; i++) {
    if (existsSync(reportFile)) {
      try {
        const usage = JSON.parse(readFileSync(reportFile, "utf8"));
        return {
          heapMiB: usage.heapUsed / MiB,
          heapTotalMiB: usage.heapTotal / MiB,
          externalMiB: usage.external / MiB,
          rssAfterGcMiB: usage.rss / MiB,
        };
      } catch {} // still being written
    }
    await sleep(50);
  }
  throw new Error("the server did not report its heap");
}

function probe(url, cookie) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections: 10, duration: PROBE_SECONDS, headers: { cookie } },
      (error, result) => (error ? reject(error) : resolve(result.requests.average)),
    );
  });
}

/** Logs one browser in (session area) and returns its Cookie header: the probe's browser. */
async function probeBrowser(origin) {
  const first = await fetch(`${origin}/`);
  const inspector = first.headers.getSetCookie().find((c) => c.startsWith("lab_inspector="));
  const login = await fetch(`${origin}/api/session/login`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: inspector.split(";")[0] },
    body: JSON.stringify({ username: "alice", password: "alice-in-the-lab" }),
  });
  if (!login.ok) throw new Error(`probe login: ${login.status}`);
  return login.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

async function main() {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) sh("next build", bin("next"), ["build"]);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "lab-memory-bench-"));
  const reportFile = path.join(dataDir, "memory-report.json");
  const env = { ...process.env, DATA_DIR: dataDir, NODE_ENV: "production" };
  sh("lab data", bin("tsx"), ["--conditions=react-server", "scripts/setup.ts"], {
    env,
    stdio: "ignore",
  });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // BENCH_NODE_FLAGS: V8 or Node flags to try on the server (e.g. "--max-semi-space-size=8").
  const flags = (process.env.BENCH_NODE_FLAGS ?? "").split(" ").filter(Boolean);
  const server = spawn(
    process.execPath,
    [...flags, "--expose-gc", "bench/memory/serve-with-gc.mjs"],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      // The crowd logs in from one address: the per-address login budget would refuse it.
      env: {
        ...env,
        PORT: String(port),
        HOST: "127.0.0.1",
        MEMORY_REPORT: reportFile,
        LOGIN_CLIENT_MAX: "1000000",
      },
    },
  );
  try {
    await ready(`${origin}/ping`);
    const cookie = await probeBrowser(origin);
    const probeUrl = `${origin}/api/session/me`;
    await crowd(origin, { browsers: 4, requests: REQUESTS, concurrency: 2 }); // warm every route
    // The first probes run slower (the route is still being optimised): warm it up twice.
    await probe(probeUrl, cookie);
    await probe(probeUrl, cookie);
    const rounds = [
      { browsers: 0, rssMiB: rssMiB(server.pid), ...(await heapAfterGc(server, reportFile)) },
    ];
    rounds[0].probeRps = await probe(probeUrl, cookie);
    printRound(rounds[0], rounds[0]);
    for (let browsers = PER_ROUND; browsers <= MAX_BROWSERS; browsers += PER_ROUND) {
      const sent = await crowd(origin, {
        browsers: PER_ROUND,
        requests: REQUESTS,
        concurrency: CONCURRENCY,
      });
      const round = {
        browsers,
        crowdRps: sent.requests / sent.seconds,
        rssMiB: rssMiB(server.pid),
      };
      round.probeRps = await probe(probeUrl, cookie);
      round.rssMiB = Math.max(round.rssMiB, rssMiB(server.pid));
      Object.assign(round, await heapAfterGc(server, reportFile));
      rounds.push(round);
      printRound(round, rounds[0]);
    }
    return { rounds, dataDir };
  } finally {
    server.kill("SIGTERM");
  }
}

const COLUMNS = [
  ["browsers", 8, (r) => String(r.browsers)],
  ["heap MiB", 9, (r) => r.heapMiB.toFixed(1)],
  ["Δ heap", 7, (r, before) => (r.heapMiB - before.heapMiB).toFixed(1)],
  ["heap total", 10, (r) => r.heapTotalMiB.toFixed(0)],
  ["RSS MiB", 8, (r) => r.rssMiB.toFixed(0)],
  ["RSS after GC", 12, (r) => r.rssAfterGcMiB.toFixed(0)],
  ["crowd req/s", 11, (r) => (r.crowdRps === undefined ? "—" : r.crowdRps.toFixed(0))],
  ["probe req/s", 11, (r) => r.probeRps.toFixed(0)],
  ["÷ before", 8, (r, before) => (r.probeRps / before.probeRps).toFixed(2)],
];

function printRound(round, before) {
  if (round === before) console.log(COLUMNS.map(([name, width]) => name.padStart(width)).join(" "));
  console.log(COLUMNS.map(([, width, cell]) => cell(round, before).padStart(width)).join(" "));
}

function verdicts(rounds) {
  const before = rounds[0];
  const at = rounds.find((r) => r.browsers === TARGETS.atBrowsers) ?? rounds.at(-1);
  const probeRatios = rounds.slice(1).map((r) => r.probeRps / before.probeRps);
  const medianRatio = [...probeRatios].sort((a, b) => a - b)[Math.floor(probeRatios.length / 2)];
  const maxRss = Math.max(...rounds.map((r) => r.rssMiB));
  return [
    {
      what: `live heap of ${at.browsers} browsers`,
      value: `${(at.heapMiB - before.heapMiB).toFixed(1)} MiB`,
      ok: at.heapMiB - before.heapMiB <= TARGETS.heapMiB,
      target: `≤ ${TARGETS.heapMiB} MiB`,
    },
    {
      what: "highest RSS",
      value: `${maxRss.toFixed(0)} MiB`,
      ok: maxRss <= TARGETS.rssMiB,
      target: `≤ ${TARGETS.rssMiB} MiB`,
    },
    {
      what: "probe req/s under the crowd ÷ before it (median of rounds)",
      value: medianRatio.toFixed(2),
      ok: medianRatio >= TARGETS.probeRatio,
      target: `≥ ${TARGETS.probeRatio}`,
    },
  ];
}

const result = await main();
rmSync(result.dataDir, { recursive: true, force: true });
const checks = verdicts(result.rounds);
console.log("");
for (const c of checks) console.log(`${c.ok ? "✔" : "✖"} ${c.what}: ${c.value} (${c.target})`);
const file = path.join(root, "bench", "results", "memory.json");
mkdirSync(path.dirname(file), { recursive: true });
const round = (n) => (n === undefined ? null : Number(n.toFixed(1)));
writeFileSync(
  file,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, load: os.loadavg().map((l) => Number(l.toFixed(2))) },
      node: process.version,
      settings: {
        browsersPerRound: PER_ROUND,
        requestsPerBrowser: REQUESTS,
        concurrency: CONCURRENCY,
        probeSeconds: PROBE_SECONDS,
      },
      rounds: result.rounds.map((r) => ({
        browsers: r.browsers,
        heapMiB: round(r.heapMiB),
        heapTotalMiB: round(r.heapTotalMiB),
        externalMiB: round(r.externalMiB),
        rssMiB: round(r.rssMiB),
        rssAfterGcMiB: round(r.rssAfterGcMiB),
        crowdRps: round(r.crowdRps),
        probeRps: round(r.probeRps),
      })),
      checks,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nWrote ${path.relative(root, file)}`);

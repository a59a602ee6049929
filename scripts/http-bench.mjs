// The HTTP benchmark: the lab's production build against a bare Next.js app of the same
// version, with and without a pass-through proxy, under autocannon on loopback. Interleaved
// rounds (B P1 B P2 B … each round), each path's ratio to the baseline runs beside it, then the
// median over the rounds with min and max (./http-bench-report.mjs); everything it starts, it
// stops. Never run as a test.
//   npm run bench:http   (BENCH_SECONDS a run, BENCH_ROUNDS ≥ 3, BENCH_CONNECTIONS,
//                         BENCH_PATHS=session,session-inspected for a subset)
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { bin, freePort, root } from "./lib.mjs";
import {
  firstHeaders,
  groupCpuMicros,
  labCredentials,
  labData,
  load,
  ready,
  sh,
  start,
  startLab,
  stopAll,
} from "./http-bench-lab.mjs";
import { BASELINE, selectPaths } from "./http-bench-paths.mjs";
import { printTable, summarise } from "./http-bench-report.mjs";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Math.max(3, Number(process.env.BENCH_ROUNDS ?? 5));
const PATHS = selectPaths();
const SERVERS = new Set(PATHS.map((p) => p.server));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

/**
 * What the bare app is made of: its files, the Next.js version that builds them, and the checkout
 * whose node_modules it links to (a copy built from another checkout, since removed, would start
 * without its modules).
 */
function sourceHash() {
  const files = [
    "app/api/ping/route.ts",
    "app/layout.tsx",
    "next.config.mjs",
    "proxy.pass-through.ts",
    "custom-server.mjs",
  ];
  const hash = createHash("sha256")
    .update(readFileSync(path.join(root, "node_modules/next/package.json")))
    .update(root);
  for (const file of files) hash.update(readFileSync(path.join(root, "bench", "bare", file)));
  return hash.digest("hex");
}

/** The bare app, copied to a directory of its own outside the repo (see its next.config.mjs). */
function buildBare(name, withProxy) {
  const dir = path.join(os.tmpdir(), "session-vs-jwt-lab-bench", name);
  const stamp = path.join(dir, ".source-hash");
  const hash = sourceHash();
  if (
    existsSync(path.join(dir, ".next", "BUILD_ID")) &&
    existsSync(stamp) &&
    readFileSync(stamp, "utf8") === hash
  ) {
    return dir; // built from these very files already
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(root, "bench", "bare", "app"), path.join(dir, "app"), { recursive: true });
  cpSync(path.join(root, "bench", "bare", "next.config.mjs"), path.join(dir, "next.config.mjs"));
  cpSync(
    path.join(root, "bench", "bare", "custom-server.mjs"),
    path.join(dir, "custom-server.mjs"),
  );
  if (withProxy)
    cpSync(path.join(root, "bench", "bare", "proxy.pass-through.ts"), path.join(dir, "proxy.ts"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }));
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  sh(`next build (${name})`, bin("next"), ["build"], { cwd: dir, stdio: "ignore" });
  for (const file of ["middleware.js", "instrumentation.js"].filter(
    (f) => !withProxy || f !== "middleware.js",
  )) {
    if (existsSync(path.join(dir, ".next", "server", file)))
      throw new Error(`${name} is not bare: it has ${file}`);
  }
  writeFileSync(stamp, hash);
  return dir;
}

/** One run of a target: its throughput and latency. */
async function sample(t) {
  const cpuBefore = groupCpuMicros(t.pgid);
  const r = await load(t, SECONDS, CONNECTIONS);
  const cpu = groupCpuMicros(t.pgid);
  return {
    rps: r.requests.average,
    cpuPerRequest: cpu === null ? null : (cpu - cpuBefore) / Math.max(1, r.requests.total),
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx + r.errors,
  };
}

/**
 * The rounds. In each, the baseline runs before and after every other path (B P1 B P2 B …), and a
 * path's ratio is taken against the mean of its two neighbours: on a shared machine the load
 * drifts within a minute, and a baseline measured a minute away would carry that drift into the
 * ratio. Each round starts elsewhere in the list, so no path always runs first or last.
 */
async function measure(targets) {
  const base = targets.find((t) => t.id === BASELINE);
  const others = targets.filter((t) => t !== base);
  const samples = Object.fromEntries(targets.map((t) => [t.id, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    const shift = ((round - 1) * Math.ceil(others.length / ROUNDS)) % others.length;
    let before = await sample(base);
    const baseRuns = [before];
    for (const t of [...others.slice(shift), ...others.slice(0, shift)]) {
      process.stdout.write(`\r  round ${round}/${ROUNDS}: ${t.id.padEnd(24)}`);
      const measured = await sample(t);
      const after = await sample(base);
      baseRuns.push(after);
      const cpu = measured.cpuPerRequest;
      samples[t.id].push({
        ...measured,
        ratio: measured.rps / ((before.rps + after.rps) / 2),
        // The same comparison by CPU time per request (base ÷ this, so higher is better too).
        cpuRatio: cpu ? (before.cpuPerRequest + after.cpuPerRequest) / 2 / cpu : null,
      });
      before = after;
    }
    const rps = baseRuns.reduce((sum, b) => sum + b.rps, 0) / baseRuns.length;
    samples[base.id].push({ ...baseRuns[0], rps, ratio: 1, cpuRatio: 1 });
  }
  process.stdout.write("\n");
  return samples;
}

const loadAverage = () => os.loadavg().map((l) => Number(l.toFixed(2)));

async function main() {
  const nextVersion = JSON.parse(
    readFileSync(path.join(root, "node_modules/next/package.json"), "utf8"),
  ).version;
  console.log("▶ Building the baselines and the lab");
  const bare = SERVERS.has("bare") ? buildBare("bare", false) : null;
  const bareProxy = buildBare("bare-proxy", true);
  if (!existsSync(path.join(root, ".next", "BUILD_ID")))
    sh("next build (lab)", bin("next"), ["build"]);

  const lab = labData();
  const ports = {
    bare: await freePort(),
    bareProxy: await freePort(),
    bareCustom: await freePort(),
  };
  const groups = {};
  const nextStart = (label, port, cwd) =>
    start(label, bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd }).pid;
  if (bare !== null) groups.bare = nextStart("bare", ports.bare, bare);
  groups.bareProxy = nextStart("bare-proxy", ports.bareProxy, bareProxy);
  if (SERVERS.has("bareCustom"))
    groups.bareCustom = start("bare-custom", process.execPath, ["custom-server.mjs"], {
      cwd: bareProxy,
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(ports.bareCustom),
        HOST: "127.0.0.1",
      },
    }).pid;
  // BENCH_LAB_NODE_ARGS: flags for the lab's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const labFlags = (process.env.BENCH_LAB_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const { origin: labOrigin, child: labChild } = await startLab(lab.env, labFlags);
  groups.lab = labChild.pid;
  const origins = Object.fromEntries([
    ...Object.entries(ports).map(([k, p]) => [k, `http://127.0.0.1:${p}`]),
    ["lab", labOrigin],
  ]);
  await Promise.all([
    bare === null ? null : ready(`${origins.bare}/api/ping`),
    ready(`${origins.bareProxy}/api/ping`),
    SERVERS.has("bareCustom") ? ready(`${origins.bareCustom}/api/ping`) : null,
  ]);
  const credentials = await labCredentials(origins.lab);
  const targets = PATHS.map((p) => {
    const url = `${origins[p.server]}${p.path}`;
    const requests = p.requests?.(credentials, url);
    return { ...p, url, headers: p.headers(credentials), requests, pgid: groups[p.server] };
  });

  for (const t of targets) {
    const check = await fetch(t.url, { headers: firstHeaders(t) });
    if (check.status !== 200) throw new Error(`${t.id}: ${t.url} answered ${check.status}`);
    await load(t, 1, CONNECTIONS); // warm-up
  }
  const loadBefore = loadAverage();
  const samples = await measure(targets);
  const paths = summarise(targets, samples);
  return {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model ?? "unknown",
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    },
    node: process.version,
    next: nextVersion,
    settings: {
      seconds: SECONDS,
      rounds: ROUNDS,
      connections: CONNECTIONS,
      users: Number(process.env.BENCH_USERS ?? 1000),
      sessions: Number(process.env.BENCH_SESSIONS ?? 100000),
    },
    load: { before: loadBefore, after: loadAverage() },
    baseline: BASELINE,
    paths,
    removeData: lab.remove,
  };
}

try {
  const result = await main();
  result.removeData();
  delete result.removeData;
  printTable(result);
  // A subset is a measurement for its own sake: the page's figures stay those of a full run.
  if (process.env.BENCH_PATHS) {
    console.log("\nA subset (BENCH_PATHS): bench/results/latest.json left as it was.");
  } else {
    const file = path.join(root, "bench", "results", "latest.json");
    const previous = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ ...previous, http: result }, null, 2)}\n`);
    console.log(`\nWrote ${path.relative(root, file)}`);
  }
} finally {
  stopAll();
}

// The HTTP benchmark: the lab's production build against a bare Next.js app of the same
// version, with and without a pass-through proxy, under autocannon on loopback. Interleaved
// rounds (A B C … A B C …), each path's ratio per round, then the median with min and max
// (./http-bench-report.mjs); everything it starts, it stops. Never run as a test.
//   npm run bench:http   (BENCH_SECONDS per round, BENCH_ROUNDS ≥ 3, BENCH_CONNECTIONS,
//                         BENCH_PATHS=session,session-inspected for a subset)
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { bin, freePort, root } from "./lib.mjs";
import { dpopClient, logInWithDpop } from "./http-bench-dpop.mjs";
import { BASELINE, selectPaths } from "./http-bench-paths.mjs";
import { printTable, summarise } from "./http-bench-report.mjs";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Math.max(3, Number(process.env.BENCH_ROUNDS ?? 3));
const PATHS = selectPaths();
const SERVERS = new Set(PATHS.map((p) => p.server));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const started = [];

function sh(label, command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.status !== 0)
    throw new Error(`${label} failed (exit ${result.status ?? result.signal})`);
}

/** What the bare app is made of: its files, and the Next.js version that builds them. */
function sourceHash() {
  const files = [
    "app/api/ping/route.ts",
    "app/layout.tsx",
    "next.config.mjs",
    "proxy.pass-through.ts",
    "custom-server.mjs",
  ];
  const hash = createHash("sha256").update(
    readFileSync(path.join(root, "node_modules/next/package.json")),
  );
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

function start(label, command, args, options) {
  const child = spawn(command, args, {
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
    ...options,
  });
  started.push(child);
  child.label = label;
  return child;
}

function stopAll() {
  for (const child of started) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
  }
}
process.on("exit", stopAll);
process.on("SIGINT", () => process.exit(130));

async function ready(url) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

async function logIn(base, area, body) {
  const response = await fetch(`${base}/api/${area}/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "alice", password: "alice-in-the-lab", ...body }),
  });
  if (!response.ok) throw new Error(`login to ${area}: ${response.status}`);
  const cookies = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { cookies, body: await response.json() };
}

function load(target, duration) {
  const { url, headers, requests } = target;
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration, headers, requests }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

/** The one request a target's check sends before the load: its first request's headers. */
function firstHeaders(target) {
  const setup = target.requests?.[0]?.setupRequest;
  return setup ? setup({ headers: target.headers }).headers : target.headers;
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

  const dataDir = mkdtempSync(path.join(os.tmpdir(), "lab-http-bench-"));
  const env = { ...process.env, DATA_DIR: dataDir, NODE_ENV: "production" };
  sh("lab data", bin("tsx"), ["--conditions=react-server", "scripts/setup.ts"], {
    env,
    stdio: "ignore",
  });
  sh("lab fill", bin("tsx"), ["--conditions=react-server", "scripts/bench-fill.mts"], { env });

  const ports = {
    bare: await freePort(),
    bareProxy: await freePort(),
    bareCustom: await freePort(),
    lab: await freePort(),
  };
  if (bare !== null)
    start("bare", bin("next"), ["start", "-p", String(ports.bare), "-H", "127.0.0.1"], {
      cwd: bare,
    });
  start("bare-proxy", bin("next"), ["start", "-p", String(ports.bareProxy), "-H", "127.0.0.1"], {
    cwd: bareProxy,
  });
  if (SERVERS.has("bareCustom"))
    start("bare-custom", process.execPath, ["custom-server.mjs"], {
      cwd: bareProxy,
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(ports.bareCustom),
        HOST: "127.0.0.1",
      },
    });
  // BENCH_LAB_NODE_ARGS: flags for the lab's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const labFlags = (process.env.BENCH_LAB_NODE_ARGS ?? "").split(" ").filter(Boolean);
  start("lab", process.execPath, [...labFlags, "server.mjs"], {
    cwd: root,
    env: { ...env, PORT: String(ports.lab), HOST: "127.0.0.1", SIGNUP_CLIENT_MAX: "100000" },
  });
  const origins = Object.fromEntries(
    Object.entries(ports).map(([k, p]) => [k, `http://127.0.0.1:${p}`]),
  );
  await Promise.all([
    bare === null ? null : ready(`${origins.bare}/api/ping`),
    ready(`${origins.bareProxy}/api/ping`),
    SERVERS.has("bareCustom") ? ready(`${origins.bareCustom}/api/ping`) : null,
    ready(`${origins.lab}/ping`),
  ]);
  const alice = { username: "alice", password: "alice-in-the-lab" };
  const dpop = dpopClient();

  const credentials = {
    session: (await logIn(origins.lab, "session", {})).cookies,
    sealed: (await logIn(origins.lab, "sealed", {})).cookies,
    jwt: (await logIn(origins.lab, "jwt", {})).cookies,
    bearer: (await logIn(origins.lab, "jwt", { transport: "bearer" })).body.accessToken,
    inspector: (await fetch(`${origins.lab}/`)).headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .find((c) => c.startsWith("lab_inspector=")),
    dpop: { client: dpop, token: await logInWithDpop(origins.lab, dpop, alice) },
  };
  const targets = PATHS.map((p) => {
    const url = `${origins[p.server]}${p.path}`;
    return { ...p, url, headers: p.headers(credentials), requests: p.requests?.(credentials, url) };
  });

  for (const t of targets) {
    const check = await fetch(t.url, { headers: firstHeaders(t) });
    if (check.status !== 200) throw new Error(`${t.id}: ${t.url} answered ${check.status}`);
    await load(t, 1); // warm-up
  }
  const loadBefore = loadAverage();
  const samples = Object.fromEntries(targets.map((t) => [t.id, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    // Each round starts elsewhere in the list, so no path always runs first or last.
    const shift = ((round - 1) * Math.ceil(targets.length / ROUNDS)) % targets.length;
    for (const t of [...targets.slice(shift), ...targets.slice(0, shift)]) {
      const r = await load(t, SECONDS);
      samples[t.id].push({
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        non2xx: r.non2xx + r.errors,
      });
      process.stdout.write(`\r  round ${round}/${ROUNDS}: ${t.id.padEnd(24)}`);
    }
  }
  process.stdout.write("\n");
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
    dataDir,
  };
}

try {
  const result = await main();
  rmSync(result.dataDir, { recursive: true, force: true });
  delete result.dataDir;
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

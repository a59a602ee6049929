// The lab as the HTTP benchmark and its profiler run it: a throw-away data directory filled with
// realistic volume, the production server on a port of its own, and a credential for every path
// (one login per mechanism and transport). Every process started here is stopped on exit.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { dpopClient, logInWithDpop } from "./http-bench-dpop.mjs";
import { bin, freePort, root } from "./lib.mjs";

const started = [];

export function sh(label, command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.status !== 0)
    throw new Error(`${label} failed (exit ${result.status ?? result.signal})`);
}

/** A process of the benchmark's, in a group of its own (stopped with everything it spawned). */
export function start(label, command, args, options) {
  const child = spawn(command, args, {
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
    ...options,
  });
  started.push(child);
  child.label = label;
  return child;
}

const signalled = [];

export function stopAll() {
  for (const child of started.splice(0)) {
    signalled.push(child);
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
  }
}
// On the way out, whatever did not stop on SIGTERM is killed: a server left answering errors in a
// loop once kept a core busy for an hour after its benchmark had failed.
process.on("exit", () => {
  stopAll();
  for (const child of signalled) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {}
  }
});
process.on("SIGINT", () => process.exit(130));

/** Resolves when the process has exited (a profiled server writes its profile on the way out). */
export function stopped(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", resolve));
}

export async function ready(url) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

/** A data directory with the lab's seed and BENCH_USERS users' BENCH_SESSIONS sessions. */
export function labData() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "lab-http-bench-"));
  const env = { ...process.env, DATA_DIR: dataDir, NODE_ENV: "production" };
  const tsx = (label, script, stdio) =>
    sh(label, bin("tsx"), ["--conditions=react-server", script], { env, stdio });
  tsx("lab data", "scripts/setup.ts", "ignore");
  tsx("lab fill", "scripts/bench-fill.mts", "inherit");
  return { env, remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** The production server on a free port; `nodeArgs` e.g. ["--cpu-prof", "--cpu-prof-dir=…"]. */
export async function startLab(env, nodeArgs = []) {
  const port = await freePort();
  const child = start("lab", process.execPath, [...nodeArgs, "server.mjs"], {
    cwd: root,
    // The credentials are made once, before the rounds: they must outlive a run of many minutes
    // (an access token lives 5 minutes by default; an expired one is answered 401, and faster).
    env: {
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
      SIGNUP_CLIENT_MAX: "100000",
      JWT_ACCESS_TTL: "3600",
    },
  });
  const origin = `http://127.0.0.1:${port}`;
  await ready(`${origin}/ping`);
  return { origin, child };
}

async function logIn(base, area, body) {
  const response = await fetch(`${base}/api/${area}/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...ALICE, ...body }),
  });
  if (!response.ok) throw new Error(`login to ${area}: ${response.status}`);
  const cookies = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { cookies, body: await response.json() };
}

const ALICE = { username: "alice", password: "alice-in-the-lab" };

/** A credential for each path of http-bench-paths.mjs. */
export async function labCredentials(lab) {
  const dpop = dpopClient();
  return {
    session: (await logIn(lab, "session", {})).cookies,
    sealed: (await logIn(lab, "sealed", {})).cookies,
    jwt: (await logIn(lab, "jwt", {})).cookies,
    bearer: (await logIn(lab, "jwt", { transport: "bearer" })).body.accessToken,
    bff: (await logIn(lab, "jwt/bff", {})).cookies,
    inspector: (await fetch(`${lab}/`)).headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .find((c) => c.startsWith("lab_inspector=")),
    dpop: { client: dpop, token: await logInWithDpop(lab, dpop, ALICE) },
  };
}

/** autocannon on one target for `duration` seconds. */
export function load(target, duration, connections) {
  const { url, headers, requests } = target;
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, headers, requests }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

/** The one request a target's check sends before the load: its first request's headers. */
export function firstHeaders(target) {
  const setup = target.requests?.[0]?.setupRequest;
  return setup ? setup({ headers: target.headers }).headers : target.headers;
}

const TICKS_PER_SECOND = 100; // Linux's USER_HZ, the unit of /proc/<pid>/stat's times

/**
 * The CPU time (µs, user + system) the processes of one group have used so far: a server's own
 * cost, which unlike its throughput does not fall when another process takes the cores. Linux
 * only (/proc); null elsewhere.
 */
export function groupCpuMicros(pgid) {
  let ticks = 0;
  try {
    for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
      let stat;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      } catch {
        continue; // gone meanwhile
      }
      // Fields after the command's closing parenthesis: state ppid pgrp … utime(14) stime(15).
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    }
  } catch {
    return null;
  }
  return (ticks / TICKS_PER_SECOND) * 1e6;
}

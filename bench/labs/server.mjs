// The server under load: one production server with LAB_PUBLIC=true on a data directory of its
// own, and what the bench reads of it from outside (its heap, its resident memory, its CPU).
//
// The learners reach it as a class behind a load balancer would: the server trusts one proxy hop
// (TRUSTED_PROXY_HOPS=1) and each learner sends its own X-Forwarded-For, so the per-address bound
// on new labs (LAB_CLIENT_MAX) stays at its default and is not what is measured.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, openSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { bin, freePort, root } from "../../scripts/lib.mjs";
import { failures } from "./tally.mjs";

// Loaded into the server process (node --import): its heap is visible only from inside, so this
// keeps the peaks of process.memoryUsage() in a file the bench reads. On SIGUSR2 it collects
// garbage first (--expose-gc) and notes what is left: the heap the labs really hold.
const HEAP_PROBE = `data:text/javascript,${encodeURIComponent(`
import { renameSync, writeFileSync } from "node:fs";
const file = process.env.LABS_BENCH_HEAP_FILE;
const peak = { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0, settled: 0 };
function write() {
  const now = process.memoryUsage();
  for (const key of Object.keys(now)) peak[key] = Math.max(peak[key] ?? 0, now[key]);
  writeFileSync(file + ".next", JSON.stringify(peak));
  renameSync(file + ".next", file); // whole, never half-written when the bench reads it
}
if (file) {
  setInterval(write, 200).unref();
  process.on("SIGUSR2", () => {
    globalThis.gc?.();
    peak.settled = process.memoryUsage().heapUsed;
    write();
  });
}
`)}`;

export const heapFile = (dataDir) => path.join(dataDir, "heap.json");

/** The server's heap figures so far; with `settle`, after a full garbage collection. */
export async function readHeap(pid, file, settle) {
  if (settle && failures.serverExit === undefined) {
    process.kill(pid, "SIGUSR2");
    await new Promise((r) => setTimeout(r, 1000));
  }
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function setUpData(env) {
  const result = spawnSync(bin("tsx"), ["--conditions=react-server", "scripts/setup.ts"], {
    cwd: root,
    env,
    stdio: "ignore",
  });
  if (result.status !== 0) throw new Error(`scripts/setup.ts failed (exit ${result.status})`);
}

export async function startServer() {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("No production build: run `npx next build` first.");
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "lab-labs-bench-"));
  const port = await freePort();
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    LAB_PUBLIC: "true",
    TRUSTED_PROXY_HOPS: "1",
    // The restart lesson keeps sessions in SQLite (with the memory store it would end them).
    SESSION_STORE: "sqlite",
    LABS_BENCH_HEAP_FILE: heapFile(dataDir),
  };
  setUpData(env);
  const log = openSync(path.join(dataDir, "server.log"), "a");
  const child = spawn(process.execPath, ["--expose-gc", "--import", HEAP_PROBE, "server.mjs"], {
    cwd: root,
    env,
    stdio: ["ignore", log, log],
    detached: true,
  });
  child.on("exit", (code, signal) => {
    if (!stopping) failures.serverExit = { code, signal };
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${origin}/ping`)).ok) return { child, origin, dataDir };
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  stopServer(child);
  throw new Error(`the server did not come up; see ${path.join(dataDir, "server.log")}`);
}

// Set before the bench's own SIGTERM, so only an exit nobody asked for counts as a failure.
let stopping = false;

export function stopServer(child) {
  stopping = true;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {}
}

/** Fields of /proc/<pid>/status in KiB (Linux only; elsewhere, nothing). */
export function procStatus(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(text)?.[1] ?? 0);
    return { rssKiB: field("VmRSS"), hwmKiB: field("VmHWM") };
  } catch {
    return null;
  }
}

const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"]).stdout?.toString().trim()) || 100;

/** The server's CPU seconds so far (user + system), from /proc/<pid>/stat. */
export function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

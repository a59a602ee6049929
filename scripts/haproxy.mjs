// A real load balancer for the several-instances test (`npm run test:multi`): finds `haproxy`
// ($HAPROXY_PATH, the PATH, else Debian's package installed with apt when we are root) and starts
// a private one in the foreground, on a free loopback port, round-robin over the given servers.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { aptInstall, findExecutable, freePort } from "./lib.mjs";

const CANDIDATES = ["/usr/sbin/haproxy", "/usr/local/sbin/haproxy", "/usr/bin/haproxy"];

/** The path of a haproxy executable, installing Debian's package if need be. */
export function ensureHaproxy() {
  const found = findExecutable("haproxy", "HAPROXY_PATH", CANDIDATES);
  if (found) return found;
  if (aptInstall("haproxy", "the several-instances test") && existsSync(CANDIDATES[0])) {
    return CANDIDATES[0];
  }
  throw new Error(
    "No haproxy found for the several-instances test. Install it\n" +
      "  (sudo apt-get install haproxy, brew install haproxy) or point HAPROXY_PATH at it.",
  );
}

/**
 * The configuration, one server line per instance. Why each line:
 * - `check` on GET /ping (answered without a login or a query) every 500 ms, down after 2
 *   failures: a killed instance leaves the rotation within a second.
 * - Until then, a request sent to it fails at once (refused connection, or an empty response on a
 *   connection it held): `retry-on` sends it again, and `option redispatch 1` to another server on
 *   every retry, not only the last. A POST is retried too — so a sign-up the dead instance wrote
 *   but never answered comes back as "taken": unacknowledged, never lost.
 * - `timeout server` is long: a response-timeout retry re-sends a request the first server may
 *   still be working on, so it must mean "hung", never "slow" (argon2id on a busy machine).
 * - `option forwardfor` appends the client's address: instances run with TRUSTED_PROXY_HOPS=1.
 * - The Host header of the checks is one the front door answers to (server/front-door.mjs).
 */
function configOf(port, servers, socket) {
  return [
    "global",
    "  maxconn 1024",
    // Read-only statistics (`show stat`): what a test reports of retries and where requests went.
    `  stats socket ${socket} mode 600 level user`,
    "defaults",
    "  mode http",
    "  timeout connect 2s",
    "  timeout client 60s",
    "  timeout server 30s",
    "  timeout http-keep-alive 10s",
    "  retries 3",
    "  retry-on conn-failure empty-response response-timeout",
    "  option redispatch 1",
    "  option forwardfor",
    `frontend lab`,
    `  bind 127.0.0.1:${port}`,
    "  default_backend instances",
    "backend instances",
    "  balance roundrobin",
    "  option httpchk",
    "  http-check send meth GET uri /ping ver HTTP/1.1 hdr Host 127.0.0.1",
    "  http-check expect status 200",
    "  default-server check inter 500 fall 2 rise 2",
    ...servers.map(({ name, port: serverPort }) => `  server ${name} 127.0.0.1:${serverPort}`),
    "",
  ].join("\n");
}

function answers(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.setTimeout(500);
    socket.on("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
    socket.on("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

function showStat(socket) {
  return new Promise((resolve, reject) => {
    const connection = net.connect(socket);
    let text = "";
    connection.on("connect", () => connection.write("show stat\n"));
    connection.on("data", (chunk) => (text += chunk.toString()));
    connection.on("end", () => resolve(text));
    connection.on("error", reject);
  });
}

/**
 * Each server's counters, by name, from the statistics socket: its status (UP, DOWN…), requests
 * sent to it (`stot`), retried after failing on it (`wretr`) and sent on to another (`wredis`).
 */
export async function readServerStats(socket) {
  const [header, ...rows] = (await showStat(socket)).trim().split("\n");
  const names = header.replace(/^# /, "").split(",");
  const stats = new Map();
  for (const row of rows.map((line) => line.split(","))) {
    const field = (name) => row[names.indexOf(name)] ?? "";
    if (field("pxname") !== "instances" || field("svname") === "BACKEND") continue;
    stats.set(field("svname"), {
      status: field("status"),
      sent: Number(field("stot")),
      retried: Number(field("wretr")),
      redispatched: Number(field("wredis")),
    });
  }
  return stats;
}

async function allUp(socket) {
  const stats = await readServerStats(socket).catch(() => new Map());
  return stats.size > 0 && [...stats.values()].every(({ status }) => status === "UP");
}

/**
 * Starts a throw-away haproxy in front of `servers` ({name, port} on 127.0.0.1); resolves once
 * its port accepts connections and its first health checks have found every server up, with its
 * URL, its statistics socket and a `stop`.
 */
export async function startHaproxy(servers) {
  const executable = ensureHaproxy();
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), "lab-haproxy-"));
  const file = path.join(dir, "haproxy.cfg");
  const socket = path.join(dir, "stats.sock");
  writeFileSync(file, configOf(port, servers, socket));
  // -db: in the foreground, as our child, so stopping it is one signal. Its warnings go through a
  // pipe rather than inherited, and the child is unref'd: a haproxy that outlived us must never
  // hold the caller's output open (CI waits for it to close), nor keep Node's event loop alive.
  const child = spawn(executable, ["-db", "-f", file], { stdio: ["ignore", "ignore", "pipe"] });
  child.stderr.on("data", (chunk) => process.stderr.write(chunk));
  child.stderr.unref?.();
  child.unref();
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  };
  process.on("exit", stop);
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) break;
    if ((await answers(port)) && (await allUp(socket))) {
      return { url: `http://127.0.0.1:${port}`, port, socket, stop };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  stop();
  throw new Error(`haproxy did not start on port ${port}.`);
}

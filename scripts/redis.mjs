// A real Redis for the tests of the Redis session store (C34): finds `redis-server`
// ($REDIS_SERVER_PATH, the PATH, else Debian's package installed with apt when we are root) and
// starts a private one on a free loopback port — no persistence, gone when the process exits.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import { aptInstall, findExecutable, freePort } from "./lib.mjs";

const CANDIDATES = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"];

/** The path of a redis-server executable, installing Debian's package if need be. */
export function ensureRedisServer() {
  const found = findExecutable("redis-server", "REDIS_SERVER_PATH", CANDIDATES);
  if (found) return found;
  if (aptInstall("redis-server", "the Redis store tests") && existsSync(CANDIDATES[0])) {
    return CANDIDATES[0];
  }
  throw new Error(
    "No redis-server found for the Redis session store tests. Install it\n" +
      "  (sudo apt-get install redis-server, brew install redis), point REDIS_SERVER_PATH at it,\n" +
      "  or set REDIS_URL to a Redis the tests may use.",
  );
}

function ping(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.setTimeout(500);
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (data) => {
      socket.destroy();
      resolve(data.toString().startsWith("+PONG"));
    });
    socket.on("error", () => resolve(false));
    socket.on("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * Starts a throw-away redis-server on a loopback port (free, unless `port` is given: the outage
 * test brings a stopped one back where it was); resolves once it answers PING.
 */
export async function startRedisServer({ port: wanted } = {}) {
  const executable = ensureRedisServer();
  const port = wanted ?? (await freePort());
  // stderr is relayed through a pipe rather than inherited, and the child is unref'd: a Redis
  // that outlived us must never hold the caller's output open (CI waits for it to close), nor
  // keep Node's event loop alive after the tests are done.
  const child = spawn(
    executable,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  child.stderr.on("data", (chunk) => process.stderr.write(chunk));
  child.stderr.unref?.();
  child.unref();
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  };
  process.on("exit", stop);
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) break;
    if (await ping(port)) return { url: `redis://127.0.0.1:${port}`, port, stop };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  stop();
  throw new Error(`redis-server did not start on port ${port}.`);
}

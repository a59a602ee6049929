import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { test } from "@playwright/test";

/**
 * Extra app servers for the scenarios that need their own processes: a restart (C07), two
 * instances sharing one store (C34). Each is the production build under the same supervisor as
 * `npm start`, on a free loopback port, with the data directory and store the test chooses.
 */

export interface AppServer {
  url: string;
  stop(): Promise<void>;
}

/** A fresh data directory with secrets, the schema and the demo users, as `npm start` makes it. */
export function prepareDataDir(): string {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "lab-e2e-extra-"));
  const setup = spawnSync(
    path.resolve("node_modules/.bin/tsx"),
    ["--conditions=react-server", "scripts/setup.ts"],
    { env: { ...process.env, DATA_DIR: dataDir }, encoding: "utf8" },
  );
  if (setup.status !== 0) throw new Error(`setup failed: ${setup.stderr}`);
  return dataDir;
}

/** A TCP port that was free a moment ago on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Waits until GET /ping answers (true) or the deadline passes (false). */
export async function waitForPing(url: string, timeoutMs = 60_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${url}/ping`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

/** Starts `node scripts/supervise.mjs` with `env` and waits until it serves. */
export async function startAppServer(
  dataDir: string,
  env: Record<string, string>,
): Promise<AppServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ["scripts/supervise.mjs"], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      SIGNUP_CLIENT_MAX: "100000",
      SIGNUP_MAX: "100000",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  if (!(await waitForPing(url))) {
    await stop();
    throw new Error(`app server on ${url} did not start`);
  }
  return { url, stop };
}

const SERVER_START_BUDGET_MS = 30_000;

/** Runs `run` against an app server of its own (a fresh data directory), then removes both. */
export async function withAppServer(
  env: Record<string, string>,
  run: (server: AppServer) => Promise<void>,
): Promise<void> {
  // Starting a server of its own (migrate, seed, boot) is the slow part of such a test, and far
  // slower on a busy machine: its own budget on top of the test's.
  const info = test.info();
  info.setTimeout(info.timeout + SERVER_START_BUDGET_MS);
  const dataDir = prepareDataDir();
  const server = await startAppServer(dataDir, env);
  try {
    await run(server);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

let sharedRedis: Promise<string> | null = null;

/** A private redis-server, started by the same code `npm test` uses (scripts/redis.mjs). */
export async function startRedis(options?: {
  port?: number;
}): Promise<{ url: string; port: number; stop: () => void }> {
  // A dynamic import with a computed path: Playwright would otherwise compile this ES module to
  // CommonJS along with the spec.
  const script = path.resolve("scripts/redis.mjs");
  const { startRedisServer } = (await import(script)) as typeof import("../../scripts/redis.mjs");
  return startRedisServer(options);
}

/** The Redis to share between instances: $REDIS_URL (npm test starts one), else a private one. */
export function redisUrl(): Promise<string> {
  sharedRedis ??= process.env.REDIS_URL
    ? Promise.resolve(process.env.REDIS_URL)
    : startRedis().then((redis) => redis.url);
  return sharedRedis;
}

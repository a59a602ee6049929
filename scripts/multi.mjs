// `npm run test:multi`: three app processes (a, b, c) on one database and one Redis, behind a
// real HAProxy (round-robin), and the Playwright specs of e2e-multi/ against them: the group must
// behave as one server. Builds first when there is no production build. Exits with the specs'
// status; everything it started is stopped, whatever happens.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startHaproxy } from "./haproxy.mjs";
import { bin, root, run } from "./lib.mjs";
import { groupEnvironment, sharedSecrets, startDatabase, startInstance } from "./multi-group.mjs";
import { startRedisServer } from "./redis.mjs";

const INSTANCE_IDS = ["a", "b", "c"];
// The per-address login budget (failed logins across accounts): low enough for the throttle
// scenario to reach it in a few seconds, high enough that no other scenario's logins ever meet
// it: a few in flight at once, each counted until its password is checked, and those the killed
// instance never settled.
const LOGIN_CLIENT_MAX = 12;

const started = Date.now();
const stops = [];
async function stopAll() {
  while (stops.length > 0) await stops.pop()();
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => stopAll().finally(() => process.exit(1)));
}

async function startGroup() {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    run("Building (next build)", bin("next"), ["build"]);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "lab-multi-"));
  stops.push(() => rmSync(dir, { recursive: true, force: true }));
  const database = await startDatabase(dir);
  stops.push(database.stop);
  // A private Redis, so nothing another test left behind (or leaves) is seen by the group.
  const redis = await startRedisServer();
  stops.push(redis.stop);
  const env = groupEnvironment({
    ...database.env,
    ...sharedSecrets(),
    SESSION_STORE: "redis",
    REDIS_URL: redis.url,
    REDIS_PREFIX: `multi-${randomBytes(4).toString("hex")}:`,
    // HAProxy appends the address it saw to X-Forwarded-For: the throttle must count that one.
    TRUSTED_PROXY_HOPS: "1",
    SIGNUP_CLIENT_MAX: "100000",
    SIGNUP_MAX: "100000",
    LOGIN_CLIENT_MAX: String(LOGIN_CLIENT_MAX),
  });
  // Once, before any instance: the migrations and the demo users (the secrets come from env).
  run("Preparing the group's data", bin("tsx"), ["--conditions=react-server", "scripts/setup.ts"], {
    env: { ...env, DATA_DIR: path.join(dir, "setup") },
  });
  console.log(`\n▶ Starting instances ${INSTANCE_IDS.join(", ")} on ${database.label} and Redis`);
  const instances = await Promise.all(INSTANCE_IDS.map((id) => startInstance(id, env, dir)));
  for (const instance of instances) stops.push(instance.stop);
  const haproxy = await startHaproxy(instances.map(({ id, port }) => ({ name: id, port })));
  stops.push(haproxy.stop);
  for (const { id, url } of instances) console.log(`  instance ${id}: ${url}`);
  console.log(`  HAProxy (round-robin): ${haproxy.url}`);
  return { instances, haproxy, operatorPassword: env.LAB_OPERATOR_PASSWORD };
}

function runSpecs({ instances, haproxy, operatorPassword }) {
  const env = {
    ...process.env,
    MULTI_PROXY_URL: haproxy.url,
    MULTI_HAPROXY_SOCKET: haproxy.socket,
    MULTI_INSTANCES: JSON.stringify(instances.map(({ id, url, pid }) => ({ id, url, pid }))),
    MULTI_OPERATOR_PASSWORD: operatorPassword,
    MULTI_LOGIN_CLIENT_MAX: String(LOGIN_CLIENT_MAX),
  };
  const args = ["test", "-c", "playwright.multi.config.ts", ...process.argv.slice(2)];
  // Not spawnSync: this process must keep reading the instances' output while the specs run.
  const child = spawn(bin("playwright"), args, { cwd: root, env, stdio: "inherit" });
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

let status = 1;
try {
  status = await runSpecs(await startGroup());
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : error}`);
} finally {
  await stopAll();
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`${status === 0 ? "✔" : "✖"} Several instances behind HAProxy (${seconds}s)`);
// Exit explicitly: nothing we started may keep this process (and CI's pipe) open.
process.exit(status);

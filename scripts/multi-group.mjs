// The pieces `npm run test:multi` (scripts/multi.mjs) starts: the shared database, the secrets
// every instance holds, and one app process per instance.
import { spawn } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { freePort, root } from "./lib.mjs";

// The group shares one SQLite file (WAL works across processes on one disk) until the app reads
// DATABASE_URL; then "postgres" here (or MULTI_DATABASE=postgres) gives it a private PostgreSQL.
const DEFAULT_DATABASE = "postgres";

/**
 * The database every instance uses, as the environment that names it: $MULTI_DATABASE_URL; else
 * a database of its own on PostgreSQL when asked for (on npm test's server, $TEST_POSTGRES_URL,
 * or a private one from scripts/postgres.mjs); else one SQLite file in `dir`.
 */
export async function startDatabase(dir) {
  if (process.env.MULTI_DATABASE_URL) {
    const env = { DATABASE_URL: process.env.MULTI_DATABASE_URL };
    return { label: "PostgreSQL ($MULTI_DATABASE_URL)", env, stop: () => {} };
  }
  const wanted = process.env.MULTI_DATABASE ?? DEFAULT_DATABASE;
  if (wanted === "postgres") return startPostgresDatabase();
  if (wanted !== "sqlite") {
    throw new Error(`MULTI_DATABASE must be sqlite or postgres, not ${wanted}.`);
  }
  const env = { DATABASE_PATH: path.join(dir, "app.db") };
  return { label: "one shared SQLite file", env, stop: () => {} };
}

async function startPostgresDatabase() {
  const script = path.join(root, "scripts", "postgres.mjs");
  if (!existsSync(script)) throw new Error("MULTI_DATABASE=postgres needs scripts/postgres.mjs.");
  const { startPostgresServer, createDatabase, dropDatabase } = await import(
    pathToFileURL(script).href
  );
  const server = process.env.TEST_POSTGRES_URL ? null : await startPostgresServer();
  const adminUrl = process.env.TEST_POSTGRES_URL ?? server.url;
  const name = `lab_multi_${randomBytes(4).toString("hex")}`;
  const url = await createDatabase(adminUrl, name);
  const stop = async () => {
    await dropDatabase(adminUrl, name).catch(() => {});
    server?.stop();
  };
  return { label: "PostgreSQL", env: { DATABASE_URL: url }, stop };
}

/**
 * The secrets, given to every instance in its environment rather than through one shared
 * DATA_DIR: instances on PostgreSQL share no disk (each keeps a private DATA_DIR here, as separate
 * machines would), and env values are how a deployment hands every machine the same secret. The
 * same ones they must be: a cookie sealed or a token signed by one instance is opened by another,
 * and the signing keys a rotation adds are stored sealed with them.
 */
export function sharedSecrets() {
  const { privateKey } = generateKeyPairSync("ed25519");
  const jwk = {
    ...privateKey.export({ format: "jwk" }),
    kid: randomBytes(9).toString("base64url"),
  };
  return {
    SESSION_PASSWORD: randomBytes(32).toString("base64url"),
    JWT_PRIVATE_KEY: JSON.stringify(jwk),
    // One operator password: each instance brings the account in line with it at start-up, and
    // a different one on each would replace the others' hash and end their logins.
    LAB_OPERATOR_PASSWORD: randomBytes(24).toString("base64url"),
  };
}

/** Names an inherited environment may hold that must come from the group's choice alone. */
const CHOSEN_HERE = ["DATABASE_URL", "DATABASE_PATH", "DATA_DIR", "REDIS_URL", "REDIS_PREFIX"];

/** process.env without the names the group sets itself, plus `env`. */
export function groupEnvironment(env) {
  const inherited = { ...process.env };
  for (const name of CHOSEN_HERE) delete inherited[name];
  return { ...inherited, ...env };
}

async function waitForPing(url, child, deadline) {
  while (Date.now() < deadline && child.exitCode === null) {
    const ok = await fetch(`${url}/ping`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

/**
 * Starts one instance: server.mjs itself, not under the supervisor, so that `kill -9` of its pid
 * kills the server (a supervisor killed instead would leave its server running). Resolves when
 * /ping answers. Its log lines are prefixed with its id.
 */
export async function startInstance(id, env, dir) {
  const port = await freePort();
  const dataDir = path.join(dir, `instance-${id}`);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const child = spawn(process.execPath, ["server.mjs"], {
    cwd: root,
    env: { ...env, INSTANCE_ID: id, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir },
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr.on("data", (chunk) => {
    for (const line of String(chunk).trimEnd().split("\n"))
      process.stderr.write(`[${id}] ${line}\n`);
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
    });
  process.on("exit", () => child.kill("SIGKILL"));
  if (!(await waitForPing(url, child, Date.now() + 120_000))) {
    await stop();
    throw new Error(`instance ${id} did not start on ${url}.`);
  }
  return { id, url, port, pid: child.pid, stop };
}

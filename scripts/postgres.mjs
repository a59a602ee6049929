// A real PostgreSQL for the tests: finds `initdb` and `pg_ctl` ($POSTGRES_BIN_DIR, Debian's newest
// /usr/lib/postgresql/*/bin, the PATH, else Debian's package installed with apt when we are root)
// and starts a private server in a temporary directory on a free loopback port — no durability,
// gone when the process exits. `pg` is imported only where a query is made: the rest must work
// before the dependencies are installed, like every script here.
import { spawn, spawnSync } from "node:child_process";
import {
  appendFileSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { aptInstall, freePort } from "./lib.mjs";

const DEBIAN_ROOT = "/usr/lib/postgresql";
const START_TIMEOUT_S = 60;
const DATABASE_NAME = /^[a-z_][a-z0-9_]*$/;

const hasTools = (dir) => ["initdb", "pg_ctl"].every((tool) => existsSync(path.join(dir, tool)));

function newestDebianBinDir() {
  if (!existsSync(DEBIAN_ROOT)) return undefined;
  return readdirSync(DEBIAN_ROOT)
    .filter((version) => /^\d+$/.test(version))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(DEBIAN_ROOT, version, "bin"))
    .find(hasTools);
}

function binDirOnPath() {
  const found = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  const dir = found.status === 0 ? path.dirname(found.stdout.trim()) : undefined;
  return dir && hasTools(dir) ? dir : undefined;
}

/** The directory holding PostgreSQL's initdb and pg_ctl, installing Debian's package if need be. */
export function ensurePostgres() {
  const configured = process.env.POSTGRES_BIN_DIR;
  if (configured) {
    if (hasTools(configured)) return configured;
    throw new Error(`POSTGRES_BIN_DIR=${configured} holds no initdb and pg_ctl.`);
  }
  const found = newestDebianBinDir() ?? binDirOnPath();
  if (found) return found;
  if (aptInstall("postgresql", "the PostgreSQL tests")) {
    const installed = newestDebianBinDir();
    if (installed) return installed;
  }
  throw new Error(
    "No PostgreSQL (initdb, pg_ctl) found for the PostgreSQL tests. Install it\n" +
      "  (sudo apt-get install postgresql, brew install postgresql), point POSTGRES_BIN_DIR at its\n" +
      "  bin directory, or set TEST_POSTGRES_URL to a server the tests may create databases on.",
  );
}

const quote = (word) => `'${word.replaceAll("'", "'\\''")}'`;

/** initdb and postgres refuse to run as root: as root, a tool runs as the `postgres` user. */
function asServerUser(executable, args) {
  if (process.getuid?.() !== 0) return [executable, args];
  return ["su", ["postgres", "-s", "/bin/sh", "-c", [executable, ...args].map(quote).join(" ")]];
}

function serverUserIds() {
  const id = (flag) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  const [uid, gid] = [id("-u"), id("-g")];
  if (uid.status !== 0 || gid.status !== 0) {
    throw new Error(
      "initdb refuses to run as root and there is no `postgres` user to run it as: create one\n" +
        "  (useradd --system postgres), run the tests as another user, or set TEST_POSTGRES_URL.",
    );
  }
  return [Number(uid.stdout), Number(gid.stdout)];
}

/** Runs a PostgreSQL tool to its end, its output kept for the error message should it fail. */
function runTool(binDir, tool, args, cwd) {
  const [command, commandArgs] = asServerUser(path.join(binDir, tool), args);
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => resolve({ ok: false, output: String(error) }));
    child.on("close", (code) => resolve({ ok: code === 0, output }));
  });
}

// Tests need no durability: no fsync, no waiting for the WAL, no full pages in it. Connections:
// several vitest workers with a pool each, and three app instances with theirs.
const settings = (port, socketDir) => `
listen_addresses = '127.0.0.1'
port = ${port}
unix_socket_directories = '${socketDir.replaceAll("'", "''")}'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
`;

// The watchdog's script: its stdin is a pipe whose other end only this process holds, so `cat`
// returns when this process is gone, however it went (a signal, SIGKILL); then it stops the
// server with the command given after the directory, and removes the directory.
const WATCHDOG = `cat >/dev/null; dir=$1; shift; [ -f "$dir/data/postmaster.pid" ] && "$@"; rm -rf "$dir"`;

/**
 * The way to stop the server in `dir` at once and remove the directory; synchronous, so it runs
 * in an exit handler too: a run that fails exits at once (lib.mjs's run()), and a server left
 * behind would outlive it. A process killed by a signal runs no exit handler: a detached watchdog
 * does the same then. PostgreSQL runs in a session of its own, out of reach of a terminal's Ctrl-C.
 */
function stopper(binDir, dir, data) {
  const pgCtl = path.join(binDir, "pg_ctl");
  const [command, args] = asServerUser(pgCtl, ["stop", "-D", data, "-m", "immediate", "-w"]);
  const watchdog = spawn("sh", ["-c", WATCHDOG, "watchdog", dir, command, ...args], {
    cwd: dir,
    detached: true,
    stdio: ["pipe", "ignore", "ignore"],
  });
  watchdog.stdin.unref?.();
  watchdog.unref();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off("exit", stop);
    // The watchdog and its `cat`: its own process group, as it was started detached.
    try {
      process.kill(-watchdog.pid, "SIGTERM");
    } catch {}
    if (existsSync(path.join(data, "postmaster.pid"))) {
      spawnSync(command, args, { cwd: dir, stdio: "ignore" });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.on("exit", stop);
  return stop;
}

/** Creates the cluster and starts its server; resolves to why not, or to null once it is up. */
async function startCluster(binDir, dir, data, port) {
  // --no-sync: nothing is flushed to disk, the cluster dies with the run. Locale C: byte order,
  // as SQLite compares text, whatever the machine's locale.
  const initdb = await runTool(
    binDir,
    "initdb",
    ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C"],
    dir,
  );
  if (!initdb.ok) return `initdb failed:\n${initdb.output}`;
  appendFileSync(path.join(data, "postgresql.conf"), settings(port, dir));
  // -w waits for the server's own "ready" mark and notices if it dies first (a port taken
  // meanwhile); the server's output goes to the log file, so it never holds our pipes open.
  const log = path.join(dir, "server.log");
  const start = await runTool(
    binDir,
    "pg_ctl",
    ["start", "-D", data, "-l", log, "-w", "-t", String(START_TIMEOUT_S)],
    dir,
  );
  if (start.ok) return null;
  const logged = existsSync(log) ? readFileSync(log, "utf8") : "";
  return `PostgreSQL did not start on port ${port}:\n${start.output}${logged}`;
}

/**
 * Starts a throw-away PostgreSQL on a free loopback port, every connection trusted, in a
 * temporary directory; resolves once a query over TCP answers. `stop()` (also run when the
 * process exits) stops it at once and removes the directory.
 */
export async function startPostgresServer() {
  const binDir = ensurePostgres();
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), "lab-postgres-"));
  const data = path.join(dir, "data");
  const stop = stopper(binDir, dir, data);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  try {
    if (process.getuid?.() === 0) chownSync(dir, ...serverUserIds());
    const failure = await startCluster(binDir, dir, data, port);
    if (failure) throw new Error(failure);
    await answers(url, Date.now() + START_TIMEOUT_S * 1000);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, port, stop };
}

/** Resolves once `select 1` over `url` answers; rejects with the last error after the deadline. */
async function answers(url, deadline) {
  const { default: pg } = await import("pg");
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query("select 1");
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    } finally {
      await client.end().catch(() => {});
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function checkedName(name) {
  if (DATABASE_NAME.test(name) && name.length <= 63) return name;
  throw new Error(`${JSON.stringify(name)} is not a test database name (a-z, 0-9, _; 63 at most).`);
}

async function runAsAdmin(adminUrl, statement) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates the database `name` on the server of `adminUrl`; resolves to its URL. */
export async function createDatabase(adminUrl, name) {
  // Quoted although checked: a name such as `user` is a keyword.
  await runAsAdmin(adminUrl, `create database "${checkedName(name)}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.href;
}

/** Drops the database `name`, if it exists, ending the connections still open to it. */
export async function dropDatabase(adminUrl, name) {
  // FORCE: a test that failed may have left its pool connected, which would block the drop.
  await runAsAdmin(adminUrl, `drop database if exists "${checkedName(name)}" with (force)`);
}

// Helpers shared by `npm start` and `npm test`. Plain Node (no dependencies): these scripts run
// before anything is installed.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { keepNativeBuild } from "./native-cache.mjs";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const bin = (name) => path.join(root, "node_modules", ".bin", name);

/** What each step took, in order, for a run's closing summary (`npm test` prints it). */
export const timings = [];

/** Runs a command in the project root, streaming its output; exits the process if it fails. */
export function run(label, command, args, options = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  finish(label, started, result.status ?? result.signal);
}

/**
 * Runs several commands at once — for steps that each keep one core busy (the type-checker, the
 * linter) on a machine with more — then prints each one's output whole, in order, so their lines
 * never interleave. Exits the process if any failed, after all have ended.
 */
export async function runTogether(steps) {
  console.log(`\n▶ ${steps.map((step) => step.label).join(" ‖ ")}`);
  const started = Date.now();
  const results = await Promise.all(
    steps.map(
      ({ command, args, options = {} }) =>
        new Promise((resolve) => {
          const child = spawn(command, args, {
            cwd: root,
            ...options,
            stdio: ["ignore", "pipe", "pipe"],
          });
          const output = [];
          child.stdout.on("data", (chunk) => output.push(chunk));
          child.stderr.on("data", (chunk) => output.push(chunk));
          child.on("close", (code, signal) =>
            resolve({ code: code ?? signal, output: Buffer.concat(output), ended: Date.now() }),
          );
        }),
    ),
  );
  let failed = null;
  steps.forEach((step, i) => {
    process.stdout.write(results[i].output);
    const code = results[i].code;
    if (code !== 0) failed ??= code;
    finish(step.label, started, code, { exit: false, ended: results[i].ended });
  });
  if (failed !== null) process.exit(typeof failed === "number" && failed > 0 ? failed : 1);
}

function finish(label, started, code, { exit = true, ended = Date.now() } = {}) {
  const seconds = ((ended - started) / 1000).toFixed(1);
  timings.push({ label, seconds: Number(seconds) });
  if (code !== 0) {
    console.error(`✖ ${label} failed after ${seconds}s (exit ${code}).`);
    if (exit) process.exit(typeof code === "number" && code > 0 ? code : 1);
    return;
  }
  console.log(`✔ ${label} (${seconds}s)`);
}

/**
 * Installs dependencies with `npm ci` when node_modules is missing or was installed from another
 * package-lock.json (a stamp file remembers which).
 */
export function ensureDependencies() {
  const lock = path.join(root, "package-lock.json");
  const stamp = path.join(root, "node_modules", ".lab-install-stamp");
  const wanted = createHash("sha256")
    .update(readFileSync(lock))
    .update(readFileSync(path.join(root, "package.json")))
    .digest("hex");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === wanted) return;
  // Installed by hand (`npm install`) after the lockfile last changed: trust it, remember it.
  const hidden = path.join(root, "node_modules", ".package-lock.json");
  if (
    !existsSync(stamp) &&
    existsSync(hidden) &&
    statSync(hidden).mtimeMs >= statSync(lock).mtimeMs
  ) {
    writeFileSync(stamp, wanted);
    return;
  }
  run("Installing dependencies (npm ci)", "npm", ["ci", "--no-audit", "--no-fund"]);
  const kept = keepNativeBuild(root);
  if (kept)
    console.log(`  (better-sqlite3 was compiled here: kept for the next install in ${kept})`);
  writeFileSync(stamp, wanted);
}

/** A TCP port that was free a moment ago on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * An executable: `$envVar` when set (an error when it names nothing), else `name` on the PATH, else
 * the first of `candidates` that exists; null when there is none.
 */
export function findExecutable(name, envVar, candidates) {
  const configured = process.env[envVar];
  if (configured) {
    if (existsSync(configured)) return configured;
    throw new Error(`${envVar}=${configured} does not exist.`);
  }
  const onPath = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  if (onPath.status === 0 && onPath.stdout.trim() !== "") return onPath.stdout.trim();
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

/**
 * Installs Debian's package `pkg` with apt — only as root on a Debian-like system, where the tests
 * may set up what they need themselves; elsewhere the caller says what to install. Whether apt
 * succeeded.
 */
export function aptInstall(pkg, why, { recommends = false } = {}) {
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) return false;
  console.log(`\n▶ Installing Debian's ${pkg} for ${why} (apt-get)`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const apt = (args) => spawnSync("apt-get", args, { stdio: "inherit", env }).status === 0;
  const install = ["install", "-y", "-qq", ...(recommends ? [] : ["--no-install-recommends"]), pkg];
  return apt(["update", "-qq"]) && apt(install);
}

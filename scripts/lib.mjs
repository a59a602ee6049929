// Helpers shared by `npm start` and `npm test`. Plain Node (no dependencies): these scripts run
// before anything is installed.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const bin = (name) => path.join(root, "node_modules", ".bin", name);

/** Runs a command in the project root, streaming its output; exits the process if it fails. */
export function run(label, command, args, options = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${label} failed after ${seconds}s (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
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

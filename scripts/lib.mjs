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

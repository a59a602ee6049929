// better-sqlite3 is a native module. `npm ci` installs it with prebuild-install, which downloads a
// prebuilt binary from GitHub and keeps it in npm's cache (`<npm cache>/_prebuilds`) — or, where
// GitHub is out of reach, compiles SQLite from source: about a minute of one core on every fresh
// clone. After such a compile, this keeps the binary just built in that same cache slot, under the
// name prebuild-install looks for (its own function computes it), so the next install on this
// machine takes it as if it had been downloaded once. Same package version, Node ABI, platform and
// architecture, or prebuild-install does not look at it; delete `<npm cache>/_prebuilds` to compile
// again.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** Keeps a from-source build of better-sqlite3 in prebuild-install's cache (see above). */
export function keepNativeBuild(root) {
  const modulePath = path.join(root, "node_modules", "better-sqlite3");
  const built = path.join(modulePath, "build", "Release", "better_sqlite3.node");
  const compiled = existsSync(path.join(modulePath, "build", "Release", "obj.target"));
  const utilPath = path.join(root, "node_modules", "prebuild-install", "util.js");
  if (!compiled || !existsSync(built) || !existsSync(utilPath)) return null;
  const { version } = JSON.parse(readFileSync(path.join(modulePath, "package.json"), "utf8"));
  // prebuild-install's default download address for this package, version, ABI and machine.
  const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  const url = `https://github.com/WiseLibs/better-sqlite3/releases/download/v${version}/${name}`;
  const { cachedPrebuild } = createRequire(import.meta.url)(utilPath);
  const cached = cachedPrebuild(url);
  if (existsSync(cached)) return null;
  mkdirSync(path.dirname(cached), { recursive: true });
  // Written beside its final name, then renamed: a reader never sees half a tarball.
  const partial = `${cached}.${process.pid}.tmp`;
  const tar = spawnSync("tar", [
    "-czf",
    partial,
    "-C",
    modulePath,
    "build/Release/better_sqlite3.node",
  ]);
  if (tar.status !== 0) return null;
  renameSync(partial, cached);
  return cached;
}

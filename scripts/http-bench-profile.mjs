// CPU profiles of the lab under load, one server per path (`node --cpu-prof`; see
// docs/stores-and-performance.md, "Where the time goes"), and their summary: self time per module
// and per function, and each sample charged to the nearest frame of the app's own code (what a
// step of ours costs with the library calls it makes). The minified production chunks are mapped
// back to their sources through the build's source maps. Startup and warm-up are left out.
//   node scripts/http-bench-profile.mjs record [dir]      (BENCH_PATHS, BENCH_SECONDS=20)
//   node scripts/http-bench-profile.mjs dir/<path>.cpuprofile … [top=25]
//   node scripts/http-bench-profile.mjs compare dir/bare-proxy.cpuprofile dir/<path>.cpuprofile …
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AnyMap, originalPositionFor } from "@jridgewell/trace-mapping";
import {
  firstHeaders,
  labCredentials,
  labData,
  load,
  ready,
  start,
  startLab,
  stopped,
} from "./http-bench-lab.mjs";
import { PATHS } from "./http-bench-paths.mjs";
import { bin, freePort, root } from "./lib.mjs";

const maps = new Map();
function mapOf(file) {
  if (!maps.has(file)) {
    const mapFile = `${file}.map`;
    maps.set(file, existsSync(mapFile) ? new AnyMap(readFileSync(mapFile, "utf8")) : null);
  }
  return maps.get(file);
}

/** Where a frame's code came from: a source path (relative to the repo) and a readable name. */
function locate({ functionName, url, lineNumber, columnNumber }) {
  if (url === "") return { source: `(${functionName || "native"})`, name: functionName };
  if (url.startsWith("node:")) return { source: url, name: functionName || "(anonymous)" };
  const file = url.startsWith("file://") ? fileURLToPath(url) : url;
  const map = mapOf(file);
  const found = map && originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
  let source = path.relative(root, file);
  if (found?.source) {
    source = found.source.replace(/^turbopack:\/\/\/?/, "").replace(/^\[project\]\//, "");
    if (source.startsWith("."))
      source = path.relative(root, path.resolve(path.dirname(file), source));
  }
  const line = found?.line ?? lineNumber + 1;
  return { source, name: `${found?.name ?? (functionName || "(anonymous)")} :${line}` };
}

/** A source's module: a package under node_modules, a Node internal, or a folder of the app. */
function moduleOf(source) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) {
    // Next.js is most of the framework: split it by its own folders (server/lib, server/app-render…).
    const parts = source.slice(pkg.index + pkg[0].length + 1).split("/");
    const inner = parts.filter((part) => !["dist", "src", "esm", "compiled"].includes(part));
    return pkg[1] === "next" ? `next/${inner.slice(0, 2).join("/")}` : pkg[1];
  }
  if (source.startsWith("node:")) return source.split("/").slice(0, 2).join("/");
  if (source.startsWith("(")) return source;
  return path.dirname(source);
}

/** Whether a source is the app's own code (not a package, not Node, not the bundler's runtime). */
const isOurs = (source) =>
  !source.includes("node_modules") &&
  !/^(node:|\(|\[turbopack\]|webpack:|\.\.\/)/.test(source) &&
  /^(app|lib|db|ground|config|proxy\.ts|server)/.test(source);

/** Busy time in a profile's measured window: per module, per function, per frame of ours. */
function tabulate(file) {
  const profile = JSON.parse(readFileSync(file, "utf8"));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const skipMicros = JSON.parse(readFileSync(`${file}.json`, "utf8")).skipMs * 1000;
  const located = new Map();
  const at = (id) => {
    if (!located.has(id)) located.set(id, locate(byId.get(id).callFrame));
    return located.get(id);
  };
  const byFunction = new Map();
  const byModule = new Map();
  const byOurs = new Map();
  const add = (table, key, micros) => table.set(key, (table.get(key) ?? 0) + micros);
  let clock = 0;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i] ?? 0;
    clock += micros;
    if (clock < skipMicros) return;
    const { source, name } = at(id);
    if (source === "((idle))") return; // the server waiting for work is not a cost
    total += micros;
    add(byFunction, `${name}  ${source}`, micros);
    add(byModule, moduleOf(source), micros);
    let frame = id;
    while (frame !== undefined && !isOurs(at(frame).source)) frame = parent.get(frame);
    const ours = frame === undefined ? "(framework, Node, GC: no frame of ours)" : at(frame);
    add(byOurs, typeof ours === "string" ? ours : `${ours.name}  ${ours.source}`, micros);
  });
  const { requests } = JSON.parse(readFileSync(`${file}.json`, "utf8"));
  return { total, requests, byModule, byFunction, byOurs };
}

const perRequest = (micros, requests) => (micros / requests).toFixed(1).padStart(7);

function summarise(file, top) {
  const { total, requests, byModule, byFunction, byOurs } = tabulate(file);
  const print = (title, table) => {
    console.log(`\n${title}`);
    for (const [key, micros] of [...table].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      const share = ((100 * micros) / total).toFixed(1).padStart(5);
      console.log(`${share} % ${perRequest(micros, requests)} µs/req  ${key}`);
    }
  };
  console.log(
    `\n== ${path.basename(file)}: ${(total / 1e6).toFixed(1)} s busy (idle left out), ${requests} requests, ${perRequest(total, requests)} µs of CPU per request`,
  );
  print("self time by module", byModule);
  print("self time by function", byFunction);
  print("charged to the nearest frame of the app's own code", byOurs);
}

/** What `file` costs per request beyond `base` (the bare app), module by module. */
function compare(base, file, top) {
  const a = tabulate(base);
  const b = tabulate(file);
  const modules = new Set([...a.byModule.keys(), ...b.byModule.keys()]);
  const rows = [...modules].map((m) => {
    const before = (a.byModule.get(m) ?? 0) / a.requests;
    const after = (b.byModule.get(m) ?? 0) / b.requests;
    return { m, before, after, extra: after - before };
  });
  console.log(
    `\n== ${path.basename(file)} against ${path.basename(base)}: ${perRequest(b.total, b.requests)} against ${perRequest(a.total, a.requests)} µs of CPU per request`,
  );
  console.log(`${"base".padStart(7)} ${"this".padStart(7)} ${"extra".padStart(7)}  µs/req, module`);
  for (const r of rows.sort((x, y) => y.extra - x.extra).slice(0, top)) {
    const f = (v) => v.toFixed(1).padStart(7);
    console.log(`${f(r.before)} ${f(r.after)} ${f(r.extra)}  ${r.m}`);
  }
}

const PROFILED = new Set(["lab", "bareProxy"]);

/** The bare app with its pass-through proxy, as http-bench.mjs built it (run that once first). */
async function startBare(nodeArgs) {
  const dir = path.join(os.tmpdir(), "session-vs-jwt-lab-bench", "bare-proxy");
  if (!existsSync(path.join(dir, ".next", "BUILD_ID")))
    throw new Error(`${dir} is not built: run npm run bench:http once`);
  const port = await freePort();
  const child = start(
    "bare-proxy",
    process.execPath,
    [...nodeArgs, bin("next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: dir,
      env: { ...process.env, NODE_ENV: "production" },
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  await ready(`${origin}/api/ping`);
  return { origin, child };
}

/** One server per path: start, log in, warm up, then profile BENCH_SECONDS of load alone. */
async function record(dir) {
  const seconds = Number(process.env.BENCH_SECONDS ?? 20);
  const wanted = process.env.BENCH_PATHS?.split(",") ?? PATHS.map((p) => p.id);
  const paths = PATHS.filter((p) => PROFILED.has(p.server) && wanted.includes(p.id));
  const lab = labData();
  try {
    for (const p of paths) {
      const into = path.join(dir, `.${p.id}`);
      mkdirSync(into, { recursive: true });
      const spawned = Date.now();
      const profiling = ["--cpu-prof", `--cpu-prof-dir=${into}`];
      const { origin, child } =
        p.server === "lab" ? await startLab(lab.env, profiling) : await startBare(profiling);
      const credentials = p.server === "lab" ? await labCredentials(origin) : {};
      const url = `${origin}${p.path}`;
      const target = {
        url,
        headers: p.headers(credentials),
        requests: p.requests?.(credentials, url),
      };
      const check = await fetch(url, { headers: firstHeaders(target) });
      if (check.status !== 200) throw new Error(`${p.id}: ${check.status}`);
      await load(target, 3, 10);
      const skipMs = Date.now() - spawned;
      const result = await load(target, seconds, 10);
      process.kill(-child.pid, "SIGTERM");
      await stopped(child);
      const [written] = readdirSync(into).filter((f) => f.endsWith(".cpuprofile"));
      const file = path.join(dir, `${p.id}.cpuprofile`);
      renameSync(path.join(into, written), file);
      writeFileSync(`${file}.json`, JSON.stringify({ skipMs, requests: result.requests.total }));
      console.log(`${p.id}: ${Math.round(result.requests.average)} req/s while profiled → ${file}`);
    }
  } finally {
    lab.remove();
  }
}

const args = process.argv.slice(2);
if (args[0] === "record") {
  await record(args[1] ?? path.join(root, "bench", "profiles"));
} else if (args[0] === "compare") {
  const top = Number(args.find((a) => /^top=\d+$/.test(a))?.slice(4) ?? 25);
  const [base, ...files] = args.slice(1).filter((a) => !a.startsWith("top="));
  for (const file of files) compare(base, file, top);
} else {
  const top = Number(args.find((a) => /^top=\d+$/.test(a))?.slice(4) ?? 25);
  for (const file of args.filter((a) => !a.startsWith("top="))) summarise(file, top);
}

// The hosted-instance load check: LABS_LEARNERS simulated learners (200) work through the tour's
// HTTP steps at once against ONE production server with LAB_PUBLIC=true, each in a lab of its own.
// It counts 5xx answers, checks that no learner ever sees another's data or settings, times each
// kind of step and samples the server's memory. Exits non-zero on any 5xx, network error, other
// unexpected status, isolation failure or server exit, so it doubles as a check. Never run as a
// test: it needs a production build (`npx next build`) and takes a few minutes.
//   npm run bench:labs        (LABS_LEARNERS, LABS_CONCURRENCY)
//
// The learners reach the server as a class behind a load balancer would: the server trusts one
// proxy hop (TRUSTED_PROXY_HOPS=1) and each learner sends its own X-Forwarded-For, so the
// per-address bound on new labs (LAB_CLIENT_MAX) stays at its default and is not what is measured.
import { spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { bin, freePort, root } from "../scripts/lib.mjs";

const LEARNERS = Number(process.env.LABS_LEARNERS ?? 200);
const CONCURRENCY = Number(process.env.LABS_CONCURRENCY ?? 25);
const ALGORITHMS = ["ES256", "HS256"]; // every lab starts on EdDSA: each learner switches away
const REVOCATIONS = ["none", "denylist", "token-version"];

// ─── the server under load ──────────────────────────────────────────────────────────────────────

// Loaded into the server process (node --import): its heap is visible only from inside, so this
// keeps the peaks of process.memoryUsage() in a file the bench reads. On SIGUSR2 it collects
// garbage first (--expose-gc) and notes what is left: the heap the labs really hold.
const HEAP_PROBE = `data:text/javascript,${encodeURIComponent(`
import { renameSync, writeFileSync } from "node:fs";
const file = process.env.LABS_BENCH_HEAP_FILE;
const peak = { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0, settled: 0 };
function write() {
  const now = process.memoryUsage();
  for (const key of Object.keys(now)) peak[key] = Math.max(peak[key] ?? 0, now[key]);
  writeFileSync(file + ".next", JSON.stringify(peak));
  renameSync(file + ".next", file); // whole, never half-written when the bench reads it
}
if (file) {
  setInterval(write, 200).unref();
  process.on("SIGUSR2", () => {
    globalThis.gc?.();
    peak.settled = process.memoryUsage().heapUsed;
    write();
  });
}
`)}`;

/** The server's heap figures so far; with `settle`, after a full garbage collection. */
async function readHeap(pid, file, settle) {
  if (settle && failures.serverExit === undefined) {
    process.kill(pid, "SIGUSR2");
    await new Promise((r) => setTimeout(r, 1000));
  }
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function setUpData(env) {
  const result = spawnSync(bin("tsx"), ["--conditions=react-server", "scripts/setup.ts"], {
    cwd: root,
    env,
    stdio: "ignore",
  });
  if (result.status !== 0) throw new Error(`scripts/setup.ts failed (exit ${result.status})`);
}

async function startServer() {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("No production build: run `npx next build` first.");
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "lab-labs-bench-"));
  const port = await freePort();
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    LAB_PUBLIC: "true",
    TRUSTED_PROXY_HOPS: "1",
    // The restart lesson keeps sessions in SQLite (with the memory store it would end them).
    SESSION_STORE: "sqlite",
    LABS_BENCH_HEAP_FILE: path.join(dataDir, "heap.json"),
  };
  setUpData(env);
  const log = openSync(path.join(dataDir, "server.log"), "a");
  const child = spawn(process.execPath, ["--expose-gc", "--import", HEAP_PROBE, "server.mjs"], {
    cwd: root,
    env,
    stdio: ["ignore", log, log],
    detached: true,
  });
  child.on("exit", (code, signal) => {
    if (!stopping) failures.serverExit = { code, signal };
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${origin}/ping`)).ok) return { child, origin, dataDir };
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  stopServer(child);
  throw new Error(`the server did not come up; see ${path.join(dataDir, "server.log")}`);
}

let stopping = false;

function stopServer(child) {
  stopping = true;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {}
}

/** Fields of /proc/<pid>/status in KiB (Linux only; elsewhere, nothing). */
function procStatus(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(text)?.[1] ?? 0);
    return { rssKiB: field("VmRSS"), hwmKiB: field("VmHWM") };
  } catch {
    return null;
  }
}

const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"]).stdout?.toString().trim()) || 100;

/** The server's CPU seconds so far (user + system), from /proc/<pid>/stat. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

// ─── one learner: a browser with its own cookie jar and address ─────────────────────────────────

let timings = new Map(); // step kind → milliseconds
const failures = { serverErrors: [], networkErrors: [], unexpected: [], isolation: [] };

function record(kind, ms) {
  if (!timings.has(kind)) timings.set(kind, []);
  timings.get(kind).push(ms);
}

function decodeJwt(token) {
  const [header, payload] = token.split(".");
  const part = (text) => JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  return { header: part(header), claims: part(payload) };
}

class Learner {
  constructor(origin, index) {
    this.origin = origin;
    this.index = index;
    // 10.x.y.z, one per learner: the address a load balancer would forward.
    this.address = `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${(index & 255) + 1}`;
    this.jar = new Map();
    this.seen = { kids: new Set(), userIds: new Set() };
  }

  cookieHeader(overrides = {}) {
    const jar = new Map([...this.jar, ...Object.entries(overrides)]);
    return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  keep(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const gone = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (gone) this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }

  cookieNamed(suffix) {
    return [...this.jar.keys()].find((name) => name.endsWith(suffix));
  }

  /** The lab this browser's cookie names (the id before the MAC). */
  labFromCookie() {
    const name = this.cookieNamed("lab_id");
    return name === undefined ? null : this.jar.get(name).split(".")[0];
  }

  /** One request, timed until its body is read; answers {status, body} or null on a 5xx/error. */
  async call(kind, method, target, { body, expect = [200], headers = {}, cookies } = {}) {
    const init = {
      method,
      redirect: "manual",
      headers: {
        "x-forwarded-for": this.address,
        cookie: cookies ?? this.cookieHeader(),
        ...(method === "GET" ? {} : { origin: this.origin }),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    };
    const started = performance.now();
    let response, text;
    try {
      response = await fetch(`${this.origin}${target}`, init);
      text = await response.text();
    } catch (error) {
      failures.networkErrors.push({ learner: this.index, kind, target, error: String(error) });
      return null;
    }
    record(kind, performance.now() - started);
    if (cookies === undefined) this.keep(response);
    const what = { learner: this.index, kind, method, target, status: response.status };
    if (response.status >= 500) {
      failures.serverErrors.push({ ...what, body: text.slice(0, 300) });
      return null;
    }
    if (!expect.includes(response.status)) {
      failures.unexpected.push({ ...what, body: text.slice(0, 300) });
      return null;
    }
    const json = response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text;
    return { status: response.status, body: json };
  }

  /** An isolation check: a learner saw something that is not its own. */
  check(ok, what, detail) {
    if (!ok) failures.isolation.push({ learner: this.index, what, detail });
    return ok;
  }
}

// ─── the tour's steps ───────────────────────────────────────────────────────────────────────────

const ALICE = { username: "alice", password: "alice-in-the-lab" };
const ADMIN = { username: "admin", password: "admin-in-the-lab" };

/** What this learner's lab must say after its switches: values no other learner chose. */
function ownSettings(index) {
  return {
    revocation: REVOCATIONS[index % REVOCATIONS.length],
    algorithm: ALGORITHMS[index % ALGORITHMS.length],
    accessTtl: 60 + index,
    cookieCacheSeconds: 1 + (index % 300),
  };
}

/** The three logins as alice and their `me`s, then a refresh: alice's id and the lab's id. */
async function signIn(learner) {
  const session = await learner.call("session login", "POST", "/api/session/login", {
    body: ALICE,
  });
  if (session === null) return false;
  learner.labId = learner.labFromCookie() ?? "";
  learner.aliceId = session.body.user.id;
  learner.check(learner.labId !== "", "a lab cookie after the first login", learner.jar.keys());
  await expectUser(learner, "session me", "/api/session/me", learner.aliceId);
  const sealed = await learner.call("sealed login", "POST", "/api/sealed/login", { body: ALICE });
  if (sealed === null) return false;
  learner.check(sealed.body.user.id === learner.aliceId, "sealed login is its alice", sealed.body);
  await expectUser(learner, "sealed me", "/api/sealed/me", learner.aliceId);
  const jwt = await learner.call("jwt login", "POST", "/api/jwt/login", { body: ALICE });
  if (jwt === null) return false;
  expectOwnToken(learner, jwt.body.accessToken);
  await expectUser(learner, "jwt me", "/api/jwt/me", learner.aliceId);
  const refreshed = await learner.call("jwt refresh", "POST", "/api/jwt/refresh");
  if (refreshed !== null) expectOwnToken(learner, refreshed.body.accessToken);
  const admin = await learner.call("admin login", "POST", "/api/session/login", { body: ADMIN });
  if (admin === null) return false;
  learner.adminId = admin.body.user.id;
  learner.seen.userIds.add(learner.aliceId).add(learner.adminId);
  return learner.labId === learner.labFromCookie();
}

/** The admin's switches, each only for this lab: settings, a key, the seal, the cache, a restart. */
async function flipSwitches(learner) {
  const own = ownSettings(learner.index);
  const { cookieCacheSeconds, ...jwt } = own;
  const settings = await learner.call("admin jwt-settings PUT", "PUT", "/api/admin/jwt-settings", {
    body: { ...jwt, encrypted: false },
  });
  if (settings !== null) noteKeys(learner, settings.body.keys);
  const rotated = await learner.call("admin keys rotate", "POST", "/api/admin/keys/rotate");
  if (rotated !== null) {
    learner.currentKid = rotated.body.rotated.kid;
    noteKeys(learner, rotated.body.keys);
  }
  const seal = await learner.call("admin seal rotate", "POST", "/api/admin/seal/rotate");
  if (seal !== null) learner.sealIds = seal.body.passwordIds;
  await learner.call("admin cookie-cache PUT", "PUT", "/api/admin/seal", {
    body: { cookieCacheSeconds },
  });
  await learner.call("admin restart", "POST", "/api/admin/server/restart", { expect: [202] });
}

/** After its restart: its settings, its people and its identities, exactly its own. */
async function rereadOwnLab(learner) {
  const own = ownSettings(learner.index);
  const jwt = await learner.call("admin jwt-settings GET", "GET", "/api/admin/jwt-settings");
  if (jwt !== null) {
    const { settings, keys } = jwt.body;
    const wanted = { ...own, encrypted: false };
    const got = { ...settings, accessTtl: settings.accessTtlSeconds };
    for (const key of ["revocation", "algorithm", "accessTtl", "encrypted"]) {
      learner.check(got[key] === wanted[key], `its JWT ${key}`, { got: got[key], wanted });
    }
    noteKeys(learner, keys);
    const current = keys.find((k) => k.status === "current")?.kid;
    learner.check(current === learner.currentKid, "its current key", { current, keys });
  }
  const seal = await learner.call("admin seal GET", "GET", "/api/admin/seal");
  if (seal !== null) {
    learner.check(
      seal.body.cookieCacheSeconds === own.cookieCacheSeconds,
      "its cookie cache",
      seal.body,
    );
    learner.check(
      JSON.stringify(seal.body.passwordIds) === JSON.stringify(learner.sealIds),
      "its seal passwords",
      { got: seal.body.passwordIds, wanted: learner.sealIds },
    );
  }
  const users = await learner.call("admin users GET", "GET", "/api/admin/users");
  if (users !== null) {
    const ids = users.body.users.map((u) => u.id);
    learner.check(ids.length === 3, "only its lab's three accounts", users.body.users);
    learner.check(ids.includes(learner.aliceId) && ids.includes(learner.adminId), "its ids", ids);
    for (const id of ids) learner.seen.userIds.add(id);
  }
  await expectUser(learner, "session me", "/api/session/me", learner.adminId);
  await expectUser(learner, "sealed me", "/api/sealed/me", learner.aliceId);
  await expectUser(learner, "jwt me", "/api/jwt/me", learner.aliceId);
  await expectNewLifetime(learner, own);
  const jwks = await learner.call("jwks", "GET", "/.well-known/jwks.json");
  if (jwks !== null) {
    const body = typeof jwks.body === "string" ? JSON.parse(jwks.body) : jwks.body;
    for (const key of body.keys) {
      learner.check(learner.seen.kids.has(key.kid), "only its keys in its JWKS", key.kid);
    }
  }
  const page = await learner.call("admin page", "GET", "/admin");
  if (page !== null) {
    // Every run of id-like characters as long as a kid or a lab id, checked against the others'
    // once all are known (checkDisjoint); its own current key must be among them.
    learner.pageWords = new Set(page.body.match(/[A-Za-z0-9_-]+/g)?.filter(isIdLength) ?? []);
    learner.check(learner.pageWords.has(learner.currentKid), "its keys on its admin page", null);
  }
}

const isIdLength = (word) => word.length === 12 || word.length === 22;

/** A refresh after the switches: a token with its lifetime, its algorithm, its key, its lab. */
async function expectNewLifetime(learner, own) {
  const refreshed = await learner.call("jwt refresh", "POST", "/api/jwt/refresh");
  if (refreshed === null) return;
  const { header, claims } = expectOwnToken(learner, refreshed.body.accessToken);
  learner.check(claims.exp - claims.iat === own.accessTtl, "its access lifetime", {
    lifetime: claims.exp - claims.iat,
    wanted: own.accessTtl,
  });
  learner.check(header.alg === own.algorithm, "its algorithm", header);
  learner.check(header.kid === learner.currentKid, "its signing key", header);
  await expectUser(learner, "jwt me", "/api/jwt/me", learner.aliceId);
}

async function expectUser(learner, kind, target, userId) {
  const me = await learner.call(kind, "GET", target);
  if (me === null) return;
  learner.check(me.body.user?.id === userId, `${kind}: its own user`, me.body.user);
  if (me.body.claims !== undefined) {
    learner.check(me.body.claims.lab === learner.labId, `${kind}: its lab claim`, me.body.claims);
  }
}

function expectOwnToken(learner, token) {
  const decoded = decodeJwt(token);
  learner.check(decoded.claims.lab === learner.labId, "its token's lab claim", decoded.claims);
  learner.check(decoded.claims.sub === String(learner.aliceId), "its token's subject", decoded);
  learner.seen.kids.add(decoded.header.kid);
  learner.accessToken = token;
  return decoded;
}

function noteKeys(learner, keys) {
  for (const key of keys) learner.seen.kids.add(key.kid);
}

async function runLearner(learner) {
  const started = performance.now();
  if (await signIn(learner)) {
    await flipSwitches(learner);
    await rereadOwnLab(learner);
  } else {
    learner.check(false, "signed in and stayed in its lab", [...learner.jar.keys()]);
  }
  learner.seconds = (performance.now() - started) / 1000;
}

// ─── across learners ────────────────────────────────────────────────────────────────────────────

/**
 * Each learner's credentials presented inside its neighbour's lab (the neighbour's genuine lab
 * cookie): every `me` must be refused — a 200 would be one lab's login working in another.
 */
async function crossLabAttempts(learner, neighbour) {
  const labCookie = neighbour.cookieNamed("lab_id");
  if (labCookie === undefined || learner.cookieNamed("lab_id") !== labCookie) return;
  // Presented elsewhere, nothing of its own was spent or ended.
  const cookies = learner.cookieHeader({ [labCookie]: neighbour.jar.get(labCookie) });
  for (const target of ["/api/session/me", "/api/sealed/me", "/api/jwt/me"]) {
    const answer = await learner.call("cross-lab me", "GET", target, { cookies, expect: [401] });
    learner.check(answer !== null, `${target} refused in another lab`, neighbour.index);
  }
  const bearer = await learner.call("cross-lab me", "GET", "/api/jwt/me", {
    cookies: `${labCookie}=${neighbour.jar.get(labCookie)}`,
    headers: { authorization: `Bearer ${learner.accessToken}` },
    expect: [401],
  });
  learner.check(bearer !== null, "its bearer token refused in another lab", neighbour.index);
  await expectUser(learner, "session me", "/api/session/me", learner.adminId);
  // A refresh first: the shortest-lived learners' access tokens (60 s) have expired by now.
  await expectNewLifetime(learner, ownSettings(learner.index));
}

/** No two learners share a lab, a user id or a signing key. */
function checkDisjoint(learners) {
  const owners = { lab: new Map(), user: new Map(), kid: new Map() };
  const claim = (kind, value, learner) => {
    const owner = owners[kind].get(value);
    if (owner !== undefined && owner !== learner.index) {
      failures.isolation.push({ learner: learner.index, what: `a ${kind} of another`, owner });
    }
    owners[kind].set(value, learner.index);
  };
  for (const learner of learners) {
    claim("lab", learner.labId, learner);
    for (const id of learner.seen.userIds) claim("user", id, learner);
    for (const kid of learner.seen.kids) claim("kid", kid, learner);
  }
  for (const learner of learners) {
    for (const word of learner.pageWords ?? []) {
      const owner = owners.kid.get(word) ?? owners.lab.get(word);
      if (owner !== undefined && owner !== learner.index) {
        failures.isolation.push({
          learner: learner.index,
          what: "another's id on its page",
          owner,
        });
      }
    }
  }
  return { labs: owners.lab.size, userIds: owners.user.size, kids: owners.kid.size };
}

/** Runs `work` over `items`, `limit` at a time. */
async function pool(items, limit, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

// ─── figures ────────────────────────────────────────────────────────────────────────────────────

function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  const round = (ms) => Math.round(ms * 10) / 10;
  return { count: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), max: round(at(1)) };
}

/** Samples the server's resident memory while the load runs (the kernel's high-water mark too). */
function watchMemory(pid) {
  const peak = { rssKiB: 0, hwmKiB: 0 };
  const sample = () => {
    const now = procStatus(pid);
    if (now === null) return;
    peak.rssKiB = Math.max(peak.rssKiB, now.rssKiB);
    peak.hwmKiB = Math.max(peak.hwmKiB, now.hwmKiB);
  };
  const timer = setInterval(sample, 100);
  return () => {
    sample();
    clearInterval(timer);
    return peak;
  };
}

const MiB = (kib) => Math.round((kib / 1024) * 10) / 10;

/**
 * The server's CPU for one login (argon2id) and for one `me` (a session lookup), each measured
 * over sequential requests by a learner of its own (in a lab of its own, left out of the figures).
 */
async function measureCosts(origin, index, pid) {
  const cpuPer = async (count, request) => {
    const before = cpuSeconds(pid);
    for (let i = 0; i < count; i++) await request();
    return Math.round(((cpuSeconds(pid) - before) / count) * 1000 * 10) / 10;
  };
  const learner = new Learner(origin, index);
  const bob = { username: "bob", password: "bob-in-the-lab" };
  await learner.call("cost", "POST", "/api/session/login", { body: bob });
  // alice's logins, in the same lab, leave bob's session (the one `me` asks about) alone.
  const bobsCookies = learner.cookieHeader();
  const labCookie = learner.cookieNamed("lab_id");
  const labOnly = `${labCookie}=${learner.jar.get(labCookie)}`;
  return {
    loginCpuMs: await cpuPer(20, () =>
      learner.call("cost", "POST", "/api/session/login", { body: ALICE, cookies: labOnly }),
    ),
    meCpuMs: await cpuPer(100, () =>
      learner.call("cost", "GET", "/api/session/me", { cookies: bobsCookies }),
    ),
  };
}

function stepFigures(map) {
  return Object.fromEntries([...map].map(([kind, values]) => [kind, percentiles(values)]));
}

async function main() {
  const { child, origin, dataDir } = await startServer();
  try {
    // Two learners alone first: the first pays for loading each route, the second shows what
    // each step costs on an idle server (the logins' argon2 above all). Both are isolation-checked.
    const warmUps = [new Learner(origin, LEARNERS), new Learner(origin, LEARNERS + 1)];
    await runLearner(warmUps[0]);
    timings = new Map();
    await runLearner(warmUps[1]);
    const alone = stepFigures(timings);
    const costs = await measureCosts(origin, LEARNERS + 2, child.pid);
    timings = new Map();

    const heapFile = path.join(dataDir, "heap.json");
    const settledBefore = (await readHeap(child.pid, heapFile, true))?.settled ?? null;
    const before = { memory: procStatus(child.pid), cpu: cpuSeconds(child.pid) };
    const stopWatching = watchMemory(child.pid);
    const learners = Array.from({ length: LEARNERS }, (_, i) => new Learner(origin, i));
    const started = performance.now();
    await pool(learners, CONCURRENCY, runLearner);
    const tourSeconds = (performance.now() - started) / 1000;
    const everyone = [...learners, ...warmUps];
    await pool(everyone, CONCURRENCY, (learner) =>
      crossLabAttempts(learner, everyone[(everyone.indexOf(learner) + 1) % everyone.length]),
    );
    const seconds = (performance.now() - started) / 1000;
    const peak = stopWatching();
    const cpu = cpuSeconds(child.pid) - before.cpu;
    const distinct = checkDisjoint(everyone);
    const heap = await readHeap(child.pid, heapFile, true);
    const all = [...timings.values()].flat();
    return {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? "unknown" },
      node: process.version,
      settings: {
        learners: LEARNERS,
        concurrency: CONCURRENCY,
        warmUpLearners: warmUps.length,
        server: "node server.mjs, NODE_ENV=production, LAB_PUBLIC=true, TRUSTED_PROXY_HOPS=1",
        sessionStore: "sqlite",
        addresses: "one X-Forwarded-For address per learner (LAB_CLIENT_MAX at its default)",
      },
      seconds: Math.round(seconds * 10) / 10,
      tourSeconds: Math.round(tourSeconds * 10) / 10,
      requests: all.length,
      serverCpuSeconds: cpu === null ? null : Math.round(cpu * 10) / 10,
      perLearnerSeconds: percentiles(learners.map((l) => l.seconds * 1000)),
      serverErrors: failures.serverErrors.length,
      networkErrors: failures.networkErrors.length,
      unexpectedStatuses: failures.unexpected.length,
      isolationFailures: failures.isolation.length,
      serverExit: failures.serverExit ?? null,
      distinct,
      memory: {
        startMiB: before.memory === null ? null : MiB(before.memory.rssKiB),
        peakRssMiB: MiB(peak.rssKiB),
        vmHwmMiB: MiB(peak.hwmKiB),
        peakHeapUsedMiB: heap === null ? null : MiB(heap.heapUsed / 1024),
        peakHeapTotalMiB: heap === null ? null : MiB(heap.heapTotal / 1024),
        heapAfterGcBeforeMiB: settledBefore === null ? null : MiB(settledBefore / 1024),
        heapAfterGcAfterMiB: heap === null ? null : MiB(heap.settled / 1024),
      },
      stepsMs: { ...stepFigures(timings), all: percentiles(all) },
      aloneMs: alone,
      serverCpuMs: costs,
      failures: {
        serverErrors: failures.serverErrors,
        networkErrors: failures.networkErrors.slice(0, 20),
        unexpected: failures.unexpected,
        isolation: failures.isolation,
      },
      serverLog: path.join(dataDir, "server.log"),
    };
  } finally {
    stopServer(child);
  }
}

function printSummary(result) {
  const pad = (value, width) => String(value).padStart(width);
  console.log(
    `\n${"step".padEnd(24)} ${pad("n", 5)} ${pad("p50", 7)} ${pad("p95", 7)} ${pad("max", 7)}   alone`,
  );
  for (const [kind, f] of Object.entries(result.stepsMs)) {
    const alone = result.aloneMs[kind]?.p50 ?? "";
    console.log(
      `${kind.padEnd(24)} ${pad(f.count, 5)} ${pad(f.p50, 7)} ${pad(f.p95, 7)} ${pad(f.max, 7)}   ${alone}`,
    );
  }
  const { loginCpuMs, meCpuMs } = result.serverCpuMs;
  console.log(
    `\n"alone": one learner on the idle server (p50). Server CPU: ${loginCpuMs} ms a login ` +
      `(argon2id), ${meCpuMs} ms a session lookup`,
  );
  const m = result.memory;
  console.log(
    `\n${result.settings.learners} learners, ${result.settings.concurrency} at a time: ` +
      `${result.requests} requests in ${result.seconds} s (server CPU ${result.serverCpuSeconds} s); ` +
      `a learner's tour p50 ${(result.perLearnerSeconds.p50 / 1000).toFixed(1)} s, p95 ${(result.perLearnerSeconds.p95 / 1000).toFixed(1)} s`,
  );
  console.log(
    `memory: ${m.startMiB} MiB RSS before, peak ${m.peakRssMiB} MiB (VmHWM ${m.vmHwmMiB} MiB); ` +
      `heap used at most ${m.peakHeapUsedMiB} MiB of ${m.peakHeapTotalMiB} MiB; ` +
      `after a full GC ${m.heapAfterGcBeforeMiB} MiB before the load, ${m.heapAfterGcAfterMiB} MiB after`,
  );
  console.log(
    `distinct: ${result.distinct.labs} labs, ${result.distinct.userIds} user ids, ${result.distinct.kids} signing keys`,
  );
  const verdict = (n, what) => console.log(`${n === 0 ? "✔" : "✖"} ${n} ${what}`);
  verdict(result.serverErrors, "5xx answers");
  verdict(result.networkErrors, "network errors");
  verdict(result.unexpectedStatuses, "other unexpected statuses");
  verdict(result.isolationFailures, "isolation failures (a learner saw what is not its own)");
  if (result.serverExit !== null) {
    console.log(`✖ the server exited during the run: ${JSON.stringify(result.serverExit)}`);
  }
  for (const list of Object.values(result.failures)) {
    for (const failure of list.slice(0, 5))
      console.log("  ", JSON.stringify(failure).slice(0, 400));
  }
}

const result = await main();
printSummary(result);
const failed =
  result.serverErrors +
  result.networkErrors +
  result.unexpectedStatuses +
  result.isolationFailures +
  (result.serverExit === null ? 0 : 1);
if (failed > 0) console.log(`\nThe server's log: ${result.serverLog}`);
else rmSync(path.dirname(result.serverLog), { recursive: true, force: true });
delete result.serverLog;
const file = path.join(root, "bench", "results", "labs.json");
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nWrote ${path.relative(root, file)}`);
process.exit(failed > 0 ? 1 : 0);

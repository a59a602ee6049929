// Per-request authentication cost, both mechanisms, measured in one run so the ratios hold even on
// a noisy machine: `npm run bench`. Uses a throw-away data directory. Never run as a test.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "lab-bench-"));

const { getQueryCount, closeDb } = await import("@/db/client");
const { insertUser } = await import("@/db/queries/users");
const { createAccessToken } = await import("@/lib/auth/jwt/tokens");
const { validateAccessToken } = await import("@/lib/auth/jwt/validation");
const session = await import("@/lib/auth/session/tokens");
const { getSessionStore } = await import("@/lib/session-store");
const { cookieSettings } = await import("@/lib/config");

const N = Number(process.env.BENCH_N ?? 2000);
const now = new Date();
const user = insertUser({
  username: "bench",
  displayName: "Bench",
  role: "user",
  passwordHash: "-",
  createdAt: now,
  updatedAt: now,
})!;
const publicUser = {
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  role: user.role,
};

// N distinct credentials of each kind, so the "first sight" runs never hit the memo.
const sessionTokens: string[] = [];
const tokens: string[] = [];
for (let i = 0; i < N; i++) {
  // Past the concurrent-session limit on purpose (N sessions of one user): the plain insert.
  const record = session.newSessionRecord(user.id, { userAgent: null, ip: null });
  await getSessionStore().insert(record.session);
  sessionTokens.push(record.token);
  tokens.push((await createAccessToken(publicUser)).token);
}

async function measure(label: string, run: (i: number) => Promise<unknown> | unknown) {
  const times: number[] = [];
  const queriesBefore = getQueryCount();
  for (let i = 0; i < N; i++) {
    const start = process.hrtime.bigint();
    await run(i);
    times.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(N / 2)] ?? 0;
  const p99 = times[Math.floor(N * 0.99)] ?? 0;
  return { label, median, p99, queries: (getQueryCount() - queriesBefore) / N };
}

const { checkSessionCredential } = await import("@/lib/auth/check");
const { runInRequest } = await import("@/lib/server/context");
const { hashToken } = await import("@/lib/server/tokens");
const { getSqlite } = await import("@/db/client");
const cookieJar = (name: string, value: string) => ({
  get: (wanted: string) => (wanted === name ? { value } : undefined),
});
const sessionCookie = (i: number) => cookieJar(cookieSettings.session.name, sessionTokens[i]!);
// The floor the session check is held to (#13): the hash and the raw prepared statement, no app.
const rawLookup = getSqlite().prepare(
  "SELECT * FROM sessions JOIN users ON users.id = sessions.user_id WHERE sessions.id = ?",
);

/** One session request as the server runs it: the proxy's lookup, handed to the DAL. */
async function sessionRequest(i: number) {
  await runInRequest(async () => {
    const proxy = await checkSessionCredential(sessionCookie(i), { site: "proxy" });
    const dal = await checkSessionCredential(sessionCookie(i));
    if (!proxy.ok || !dal.ok) throw new Error("session refused");
  });
}
async function jwtRequest(token: string) {
  const result = await validateAccessToken(token);
  if (!result.ok) throw new Error(result.reason);
}

const rows = [
  await measure("session, proxy: the check (shape, SHA-256, lookup)", async (i) => {
    if (!(await checkSessionCredential(sessionCookie(i), { slide: false })).ok)
      throw new Error("!");
  }),
  await measure("session, proxy + DAL: one lookup, handed over", (i) => sessionRequest(i)),
  await measure("floor: SHA-256 + raw prepared SQLite get", (i) => {
    if (rawLookup.get(hashToken(sessionTokens[i]!)) === undefined) throw new Error("missing");
  }),
  await measure("jwt, proxy: verify the signature (first sight)", (i) => jwtRequest(tokens[i]!)),
  await measure("jwt, DAL: memoised verify", (i) => jwtRequest(tokens[i]!)),
];

// The same lookup against each session store, side by side (one record per credential).
const { createSqliteSessionStore } = await import("@/lib/session-store/sqlite");
const { createMemorySessionStore } = await import("@/lib/session-store/memory");
const { createRedisSessionStore } = await import("@/lib/session-store/redis");
const { closeRedisConnections } = await import("@/lib/session-store/redis-client");
const { startRedisServer } = await import("./redis.mjs");
const redis = process.env.REDIS_URL ? null : await startRedisServer();
const stores = [
  createSqliteSessionStore(),
  createMemorySessionStore(),
  createRedisSessionStore(process.env.REDIS_URL ?? redis!.url, `bench:${Date.now()}:`),
];
const ids: string[] = [];
for (let i = 0; i < N; i++) {
  const record = session.newSessionRecord(user.id, { userAgent: "bench", ip: "127.0.0.1" });
  ids.push(record.session.id);
  for (const store of stores.slice(1)) await store.insert(record.session);
}
const sqliteIds = (await stores[0]!.listForUser(user.id)).map((s) => s.id);
const storeRows = [];
for (const store of stores) {
  const keys = store.kind === "sqlite" ? sqliteIds : ids;
  storeRows.push(
    await measure(`${store.kind}: session + user lookup`, async (i) => {
      if ((await store.findWithUser(keys[i % keys.length]!)) === null) throw new Error("missing");
    }),
  );
}
// The login throttle (lib/throttle): one attempt's budget check in each store, a new account's
// budget each time (the worst case: an insert), as an attacker spraying usernames makes it.
const { createSqliteThrottleStore } = await import("@/lib/throttle/sqlite");
const { createMemoryThrottleStore } = await import("@/lib/throttle/memory");
const { createRedisThrottleStore } = await import("@/lib/throttle/redis");
const loginRule = { kind: "backoff", free: 5, maxDelayMs: 900_000, forgetMs: 3_600_000 } as const;
const throttleRows = [];
for (const store of [
  createSqliteThrottleStore(),
  createMemoryThrottleStore("bench-throttle"),
  createRedisThrottleStore(process.env.REDIS_URL ?? redis!.url, `bench:${Date.now()}:`),
]) {
  const run = Date.now();
  throttleRows.push(
    await measure(`${store.kind}: login throttle, one attempt`, async (i) => {
      await store.attempt(
        [{ key: `login:account:bench-${run}-${i}`, rule: loginRule }],
        Date.now(),
      );
    }),
  );
}
await closeRedisConnections();
redis?.stop();

// JWT: first-sight verification per algorithm (and nested JWE), then each revocation strategy's
// per-request check. Settings are switched the way the admin page switches them.
const { updateJwtSettings } = await import("@/lib/auth/jwt/settings");
const { checkRevocation } = await import("@/lib/auth/jwt/revocation");
const jwtRows = [];
for (const [alg, encrypted] of [
  ["EdDSA", false],
  ["ES256", false],
  ["HS256", false],
  ["EdDSA", true],
] as const) {
  await updateJwtSettings({ algorithm: alg, encrypted });
  const fresh: string[] = [];
  for (let i = 0; i < N; i++) fresh.push((await createAccessToken(publicUser)).token);
  jwtRows.push(
    await measure(`${alg}${encrypted ? " + JWE (dir/A256GCM)" : ""}: verify, first sight`, (i) =>
      jwtRequest(fresh[i]!),
    ),
  );
}
// A token as login makes it: with its refresh family (the deny-list also asks whether that login
// has ended).
const { startRefreshFamily } = await import("@/lib/auth/jwt/refresh");
const { claims } = await createAccessToken(publicUser, Date.now(), {
  familyId: startRefreshFamily(publicUser.id).familyId,
});
for (const strategy of ["none", "denylist", "token-version"] as const) {
  jwtRows.push(
    await measure(`revocation check: ${strategy}`, () => {
      if (!checkRevocation(claims, strategy).ok) throw new Error("revoked");
    }),
  );
}

// The check-in pass (C30): what issuing costs the server, and what the door pays per scan with
// only the JWKS (the same verifyPass the browser runs; here under Node's WebCrypto).
await updateJwtSettings({ algorithm: "EdDSA", encrypted: false });
const { issueCheckInPass } = await import("@/lib/pass/issue");
const { qrCode } = await import("@/lib/pass/qr");
const { verifyPass } = await import("@/lib/pass/verify");
const { publicJwks } = await import("@/lib/auth/jwt/keys");
const jwks = await publicJwks();
const passes: string[] = [];
const passRows = [
  await measure("pass: sign (EdDSA)", async () => {
    const issued = await issueCheckInPass(publicUser);
    if (!issued.ok) throw new Error(issued.reason);
    passes.push(issued.token);
  }),
  await measure("pass: QR code as an SVG data URL", (i) => qrCode(passes[i]!)),
  await measure("pass: verify at the door (JWKS only)", async (i) => {
    if (!(await verifyPass(passes[i]!, jwks)).ok) throw new Error("pass refused");
  }),
];
const qrBytes = (await qrCode(passes[0]!)).src.length;
closeDb();

const base = rows[2]!.median;
type Row = Awaited<ReturnType<typeof measure>>;

/** One table row: label, median, p99, queries (and whatever else a table adds at the end). */
function printRow(row: Row, queries = row.queries.toFixed(2).padStart(8), ...extra: string[]) {
  console.log(
    row.label.padEnd(54),
    row.median.toFixed(1).padStart(10),
    row.p99.toFixed(1).padStart(9),
    queries,
    ...extra,
  );
}

console.log(`N=${N} per row, node ${process.version}\n`);
console.log(
  "operation".padEnd(54),
  "median µs".padStart(10),
  "p99 µs".padStart(9),
  "queries".padStart(8),
  "× lookup".padStart(9),
);
for (const row of rows) printRow(row, undefined, (row.median / base).toFixed(1).padStart(9));
const [sessionCheck, sessionBoth, floor, verify, jwtDal] = rows;
const jwtTotal = verify!.median + jwtDal!.median;
console.log(
  `\nOne session request (proxy + DAL): ${sessionBoth!.median.toFixed(0)} µs, 1 query; ` +
    `the check is ${(sessionCheck!.median / floor!.median).toFixed(2)}× its floor (target ≤ 1.2×).\n` +
    `One JWT request (proxy + DAL): ${jwtTotal.toFixed(0)} µs, 0 queries ` +
    `(verifying again in the DAL would make it ${(jwtTotal + verify!.median).toFixed(0)} µs).`,
);

console.log(`\nPer store (SESSION_STORE), the lookup each session request pays:`);
for (const row of storeRows) printRow(row, `${row.queries.toFixed(2)} SQLite`.padStart(12));
console.log(
  "memory and redis read the user row from SQLite after the session; sqlite joins both in one query.",
);

console.log(`\nLogin throttle per store (each attempt, before the password check):`);
for (const row of throttleRows) printRow(row);

console.log(`\nJWT per algorithm and per revocation strategy (queries per request):`);
for (const row of jwtRows) printRow(row);

console.log(`\nCheck-in pass (${passes[0]!.length}-character JWT, ${qrBytes}-byte QR data URL):`);
for (const row of passRows) printRow(row);

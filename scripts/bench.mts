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
const { cookieSettings } = await import("@/config");
const sessionValidation = await import("@/lib/auth/session/validation");

const N = Number(process.env.BENCH_N ?? 2000);
// The interleaved rows first run WARMUP credentials unmeasured, so the JIT has compiled the app's
// code before it is compared with a floor that is mostly native code.
const WARMUP = Math.min(500, Math.ceil(N / 4));
const TOTAL = N + WARMUP;
const now = new Date();
const user = (await insertUser({
  username: "bench",
  displayName: "Bench",
  role: "user",
  passwordHash: `$argon2id$v=19$m=19456,t=2,p=1$${"s".repeat(22)}$${"h".repeat(43)}`, // its real length
  createdAt: now,
  updatedAt: now,
}))!;
const publicUser = {
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  role: user.role,
};

// N distinct credentials of each kind, so the "first sight" runs never hit the memo.
// A real browser's User-Agent, as each session row keeps one.
const { BENCH_USER_AGENT: BROWSER, addBenchSessions } = await import("./bench-rows");
const sessionTokens: string[] = [];
const floorTokens: string[] = [];
const tokens: string[] = [];
for (let i = 0; i < TOTAL; i++) {
  // Past the concurrent-session limit on purpose (N sessions of one user): the plain insert.
  const record = session.newSessionRecord(user.id, { userAgent: BROWSER, ip: "127.0.0.1" });
  await getSessionStore().insert(record.session);
  sessionTokens.push(record.token);
  // The floor's own sessions: each side meets rows the other never touched (both first sight).
  const floorRecord = session.newSessionRecord(user.id, { userAgent: BROWSER, ip: "127.0.0.1" });
  await getSessionStore().insert(floorRecord.session);
  floorTokens.push(floorRecord.token);
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

const { checkSessionForProxy, peekAtSession, checkSessionForDal } =
  await import("@/lib/auth/check/session");
const { runInRequest } = await import("@/ground/context");
const { hashToken } = await import("@/ground/tokens");
const { getSqlite } = await import("@/db/client");
const { SESSION_LOOKUP_SQL } = await import("@/db/queries/sessions");
const { jwtVerify } = await import("jose");
const { unsealData } = await import("iron-session");
const { resolveVerificationKey } = await import("@/lib/auth/jwt/keys");
const { createSealedSession } = await import("@/lib/auth/sealed/tokens");
const { validateSealedSession } = await import("@/lib/auth/sealed/validation");
const { sealPasswords, setCookieCacheSeconds } = await import("@/lib/auth/sealed/settings");
const { readSessionCache, sealSessionCache } = await import("@/lib/auth/session/cookie-cache");
const cookieJar = (name: string, value: string) => ({
  get: (wanted: string) => (wanted === name ? { value } : undefined),
});
const sessionCookie = (i: number) => cookieJar(cookieSettings.session.name, sessionTokens[i]!);
// The floor the session check is held to: the hash and the very statement the lookup runs,
// executed raw by better-sqlite3 — no mapping, no app.
const rawLookup = getSqlite().prepare(SESSION_LOOKUP_SQL).raw();
const seals: string[] = [];
for (let i = 0; i < TOTAL; i++) seals.push((await createSealedSession(publicUser)).seal);
await setCookieCacheSeconds(300);
const cacheCopies: string[] = [];
for (let i = 0; i < TOTAL; i++) {
  const looked = await sessionValidation.validateSessionToken(sessionTokens[i]!);
  if (!looked.ok) throw new Error("no session");
  cacheCopies.push((await sealSessionCache(looked))!.value);
}

/** One session request as the server runs it: the proxy's lookup, handed to the DAL. */
async function sessionRequest(i: number) {
  await runInRequest(async () => {
    const proxy = await checkSessionForProxy(sessionCookie(i));
    const dal = await checkSessionForDal(sessionCookie(i));
    if (!proxy.ok || !dal.ok) throw new Error("session refused");
  });
}
async function jwtRequest(token: string) {
  const result = await validateAccessToken(token);
  if (!result.ok) throw new Error(result.reason);
}
const jwtOptions = {
  algorithms: ["EdDSA"],
  issuer: "session-vs-jwt-lab",
  audience: "session-vs-jwt-lab:api",
  typ: "at+jwt",
  requiredClaims: ["iss", "aud", "sub", "iat", "exp", "jti"],
};
const ok = (value: { ok: boolean }) => {
  if (!value.ok) throw new Error("refused");
};

type Run = (i: number) => Promise<unknown> | unknown;
/**
 * Each check and its floor measured in turn on the same i (A B, then B A, …), so a noisy stretch
 * of the machine lands on both and their ratio holds.
 */
async function interleaved(runs: [label: string, run: Run][]) {
  const times = runs.map(() => [] as number[]);
  const queries = runs.map(() => 0);
  for (let i = 0; i < TOTAL; i++) {
    // The check and its floor swap places each time, so neither always runs on what the other
    // just warmed; a third run ("the same again") always comes after the first sight.
    const order = [...runs.entries()];
    if (i % 2 === 1) [order[0], order[1]] = [order[1]!, order[0]!];
    for (const [k, [, run]] of order) {
      const before = getQueryCount();
      const start = process.hrtime.bigint();
      await run(i);
      if (i < WARMUP) continue;
      times[k]!.push(Number(process.hrtime.bigint() - start) / 1000);
      queries[k]! += getQueryCount() - before;
    }
  }
  return runs.map(([label], k) => {
    const sorted = times[k]!.sort((a, b) => a - b);
    return {
      label,
      median: sorted[Math.floor(N / 2)] ?? 0,
      p99: sorted[Math.floor(N * 0.99)] ?? 0,
      queries: queries[k]! / N,
    };
  });
}

const [sessionFirst, sessionFloor, sessionAgain] = await interleaved([
  [
    "session: the check, first sight (shape, SHA-256, lookup)",
    async (i) => ok(await peekAtSession(sessionCookie(i))),
  ],
  [
    "  floor: SHA-256 + the same statement, raw",
    (i) => {
      if (rawLookup.get(hashToken(floorTokens[i]!), "") === undefined) throw new Error("missing");
    },
  ],
  [
    "session: the same cookie again (no memo: the lookup is the check)",
    async (i) => ok(await peekAtSession(sessionCookie(i))),
  ],
]);
const [sealedFirst, sealedFloor, sealedAgain] = await interleaved([
  ["sealed cookie: unseal, first sight", async (i) => ok(await validateSealedSession(seals[i]!))],
  [
    "  floor: iron-session unsealData",
    async (i) =>
      unsealData(seals[(i + 1) % TOTAL]!, { password: await sealPasswords(), ttl: 7 * 24 * 3600 }),
  ],
  [
    "sealed cookie: the same cookie again (memo)",
    async (i) => ok(await validateSealedSession(seals[i]!)),
  ],
]);
const [jwtFirst, jwtFloor, jwtAgain] = await interleaved([
  ["jwt: verify, first sight", (i) => jwtRequest(tokens[i]!)],
  [
    "  floor: jose jwtVerify, same key and options",
    (i) => jwtVerify(tokens[(i + 1) % TOTAL]!, resolveVerificationKey, jwtOptions),
  ],
  ["jwt: the same token again (memo)", (i) => jwtRequest(tokens[i]!)],
]);
const cacheRows = await interleaved([
  [
    "cookie cache: seal a copy (once per N s per session)",
    async (i) => {
      const looked = await sessionValidation.validateSessionToken(
        sessionTokens[i]!,
        Date.now(),
        Date.now(),
        { slide: false },
      );
      if (looked.ok) await sealSessionCache(looked);
    },
  ],
  [
    "cookie cache: read a copy, first sight",
    async (i) =>
      ok(await readSessionCache(cacheCopies[i]!, sessionTokens[i]!, Date.now(), Date.now())),
  ],
  [
    "cookie cache: read the same copy again (memo)",
    async (i) =>
      ok(await readSessionCache(cacheCopies[i]!, sessionTokens[i]!, Date.now(), Date.now())),
  ],
]);
await setCookieCacheSeconds(0);
const rows = [
  sessionFirst!,
  sessionFloor!,
  sessionAgain!,
  await measure("session, proxy + DAL: one lookup, handed over", (i) => sessionRequest(i)),
  await measure("  of which the request context alone (AsyncLocalStorage)", () =>
    runInRequest(async () => {}),
  ),
  sealedFirst!,
  sealedFloor!,
  sealedAgain!,
  jwtFirst!,
  jwtFloor!,
  jwtAgain!,
];

// The same lookup against each session store, side by side (one record per credential).
const { createSqliteSessionStore } = await import("@/lib/session-store/sqlite");
const { createMemorySessionStore } = await import("@/lib/session-store/memory");
const { createRedisSessionStore } = await import("@/lib/session-store/redis");
const { closeRedisConnections } = await import("@/lib/session-store/redis-client");
const { startRedisServer } = await import("./redis.mjs");
const redis = process.env.REDIS_URL ? null : await startRedisServer();
const redisUrl = process.env.REDIS_URL ?? redis!.url;
const redisPrefix = `bench:${Date.now()}:`;
const stores = [
  createSqliteSessionStore(),
  createMemorySessionStore(),
  createRedisSessionStore(redisUrl, redisPrefix),
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
// The Redis store against its floor: the same HGETALL, raw, on the same connection (the
// store adds the user row from SQLite and the mapping into a Session).
const { getRedis } = await import("@/lib/session-store/redis-client");
const redisClient = await getRedis(redisUrl);
const redisStore = stores[2]!;
const [redisCheck, redisFloor] = await interleaved([
  [
    "redis store: session + user lookup",
    async (i) => {
      if ((await redisStore.findWithUser(ids[i % ids.length]!)) === null)
        throw new Error("missing");
    },
  ],
  [
    "  floor: raw HGETALL, same connection",
    async (i) => {
      const found = await redisClient.hGetAll(`${redisPrefix}s:${ids[(i + 1) % ids.length]!}`);
      if (Object.keys(found).length === 0) throw new Error("missing");
    },
  ],
]);
storeRows.push(redisCheck!, redisFloor!);
// What one session costs each store to keep (bytes; a real browser's User-Agent).
const { sessionStoreTotals } = await import("@/db/queries/sessions");
const sqliteSize = await sessionStoreTotals(new Date());
const storeBytes = {
  sqlitePerSession: Math.round(sqliteSize.diskBytes / Math.max(1, sqliteSize.rows)),
  redisPerSession: Number(
    await redisClient.sendCommand(["MEMORY", "USAGE", `${redisPrefix}s:${ids[0]!}`]),
  ),
};
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
      await store.attempt([{ key: `login:account:bench-${run}-${i}`, rule: loginRule }], Date.now);
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
  familyId: (await startRefreshFamily(publicUser.id)).familyId,
});
for (const strategy of ["none", "denylist", "token-version"] as const) {
  jwtRows.push(
    await measure(`revocation check: ${strategy}`, async () => {
      if (!(await checkRevocation(claims, strategy)).ok) throw new Error("revoked");
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

// What users would pick instead: Auth.js v5's JWT session (`@auth/core/jwt`, a dev
// dependency used only here) — a JWE whose key is derived with HKDF from the secret on every
// decode — and iron-session's unseal (the sealed-cookie rows above). Fresh tokens of ours, so
// the first sight is really a first sight.
await updateJwtSettings({ algorithm: "EdDSA", encrypted: false });
const { encode: authEncode, decode: authDecode } = await import("@auth/core/jwt");
const AUTH_SECRET = "a-32-byte-random-secret-for-the-bench-only!";
const AUTH_SALT = "authjs.session-token";
const ours: string[] = [];
const theirs: string[] = [];
for (let i = 0; i < TOTAL; i++) {
  ours.push((await createAccessToken(publicUser)).token);
  theirs.push(
    await authEncode({
      token: { sub: String(publicUser.id), name: publicUser.displayName, role: publicUser.role },
      secret: AUTH_SECRET,
      salt: AUTH_SALT,
    }),
  );
}
const authDecodeOk = async (token: string) => {
  if ((await authDecode({ token, secret: AUTH_SECRET, salt: AUTH_SALT })) === null) {
    throw new Error("Auth.js refused its own token");
  }
};
const peerRows = await interleaved([
  ["jwt (ours): verify, first sight", (i) => jwtRequest(ours[i]!)],
  ["Auth.js v5 decode (JWE, HKDF per call), first sight", (i) => authDecodeOk(theirs[i]!)],
  ["jwt (ours): the same token again (memo)", (i) => jwtRequest(ours[i]!)],
]);
peerRows.push(
  await measure("Auth.js v5 decode, the same token again (no memo)", (i) =>
    authDecodeOk(theirs[i]!),
  ),
);

// DPoP: what a sender-constrained request adds — the proof's check (its ES256 signature by
// the embedded key, the rules, the jti recorded in the session store) beside the token's, against
// a bare jose jwtVerify of the same proof. Proofs are made just before (they live 60 s).
const { verifyDpopProof } = await import("@/lib/auth/jwt/dpop");
const { currentDpopNonce } = await import("@/lib/auth/jwt/dpop-nonce");
const { createDpopProof, generateDpopKeyPair } = await import("@/lib/dpop/proof");
const { checkJwtCredential } = await import("@/lib/auth/check/jwt");
const { calculateJwkThumbprint, importJWK } = await import("jose");
const { currentRequest } = await import("@/ground/context");
const dpopKey = await generateDpopKeyPair();
const dpopJkt = await calculateJwkThumbprint(dpopKey.publicJwk, "sha256");
const DPOP_URL = "http://127.0.0.1:3000/api/jwt/me";
const boundTokens: string[] = [];
const bearerTokens: string[] = [];
for (let i = 0; i < TOTAL; i++) {
  boundTokens.push((await createAccessToken(publicUser, Date.now(), { jkt: dpopJkt })).token);
  bearerTokens.push((await createAccessToken(publicUser)).token);
}
const proofsFor = async (list: string[]) => {
  const nonce = currentDpopNonce();
  const made: string[] = [];
  for (const accessToken of list) {
    made.push(await createDpopProof({ ...dpopKey, htm: "GET", htu: DPOP_URL, accessToken, nonce }));
  }
  return made;
};
const dpopStore = getSessionStore();
const dpopPolicy = {
  nonceRequired: true,
  claimOnce: (key: string, until: number, at: number) => dpopStore.claimOnce(key, until, at),
};
const proofs = await proofsFor(boundTokens);
const floorProofs = await proofsFor(boundTokens);
const proofKey = await importJWK(dpopKey.publicJwk, "ES256");
const dpopRows = await interleaved([
  [
    "dpop: verify the proof (signature, rules, jti insert + 2 pragmas)",
    async (i) =>
      ok(
        await verifyDpopProof(
          {
            proof: proofs[i]!,
            method: "GET",
            url: DPOP_URL,
            accessToken: boundTokens[i]!,
            expectedJkt: dpopJkt,
          },
          dpopPolicy,
        ),
      ),
  ],
  [
    "  floor: jose jwtVerify of a proof, its key imported once",
    (i) => jwtVerify(floorProofs[i]!, proofKey, { algorithms: ["ES256"], typ: "dpop+jwt" }),
  ],
  ["  beside it: the bound token's own verify, first sight", (i) => jwtRequest(boundTokens[i]!)],
]);
// The whole JWT check of a request, proxy and DAL, as Bearer and as DPoP (one proof check: the
// DAL takes the proxy's answer from the request's context).
const requestProofs = await proofsFor(boundTokens);
const asRequest = (headers: Headers) =>
  runInRequest(async () => {
    Object.assign(currentRequest()!, { method: "GET", target: "/api/jwt/me" });
    ok(await checkJwtCredential(cookieJar("none", ""), headers));
    ok(await checkJwtCredential(cookieJar("none", ""), headers));
  });
const dpopRequestRows = await interleaved([
  [
    "Bearer request: token check, proxy + DAL",
    (i) =>
      asRequest(
        new Headers({ host: "127.0.0.1:3000", authorization: `Bearer ${bearerTokens[i]!}` }),
      ),
  ],
  [
    "DPoP request: token + proof, proxy + DAL",
    (i) =>
      asRequest(
        new Headers({
          host: "127.0.0.1:3000",
          authorization: `DPoP ${boundTokens[i]!}`,
          dpop: requestProofs[i]!,
        }),
      ),
  ],
]);
dpopRows.push(...dpopRequestRows);

// The lookup as the table grows: 1k, 100k, 1M sessions (BENCH_SCALE_MAX caps it), the
// check against its raw statement at each size, on rows the fill just wrote.
const scaleRows: Row[] = [];
{
  const sqlite = getSqlite();
  const count = () =>
    (sqlite.prepare("SELECT count(*) AS n FROM sessions").get() as { n: number }).n;
  const max = Number(process.env.BENCH_SCALE_MAX ?? 1_000_000);
  for (const size of [1_000, 100_000, 1_000_000].filter((n) => n <= max)) {
    const missing = size - count();
    if (missing > 0) addBenchSessions([user.id], missing);
    const mine: string[] = [];
    const floor: string[] = [];
    for (let i = 0; i < TOTAL; i++) {
      for (const list of [mine, floor]) {
        const record = session.newSessionRecord(user.id, { userAgent: BROWSER, ip: "127.0.0.1" });
        await getSessionStore().insert(record.session);
        list.push(record.token);
      }
    }
    const [check, raw] = await interleaved([
      [
        `session check at ${size.toLocaleString("en")} sessions`,
        async (i) => ok(await peekAtSession(cookieJar(cookieSettings.session.name, mine[i]!))),
      ],
      [
        `  floor at ${size.toLocaleString("en")}: SHA-256 + raw get`,
        (i) => {
          if (rawLookup.get(hashToken(floor[i]!), "") === undefined) throw new Error("missing");
        },
      ],
    ]);
    scaleRows.push(check!, raw!);
  }
}

// Token size against the number of claims (each extra claim a 16-character string).
const { SignJWT, generateKeyPair } = await import("jose");
const sizeKey = (await generateKeyPair("EdDSA", { crv: "Ed25519" })).privateKey;
const tokenSizes: Array<{ extraClaims: number; bytes: number }> = [];
for (const extra of [0, 5, 10, 20, 50]) {
  const claims = Object.fromEntries(
    Array.from({ length: extra }, (_, k) => [`claim${k}`, "x".repeat(16)]),
  );
  const token = await new SignJWT({
    name: publicUser.displayName,
    role: publicUser.role,
    ver: 0,
    ...claims,
  })
    .setProtectedHeader({ alg: "EdDSA", typ: "at+jwt", kid: "k1" })
    .setIssuer("session-vs-jwt-lab")
    .setAudience("session-vs-jwt-lab:api")
    .setSubject(String(publicUser.id))
    .setIssuedAt()
    .setExpirationTime("15m")
    .setJti(crypto.randomUUID())
    .sign(sizeKey);
  tokenSizes.push({ extraClaims: extra, bytes: token.length });
}
const sessionCookieBytes = sessionTokens[0]!.length;
await closeDb();

const base = sessionFloor!.median;
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
const ratio = (a: Row, b: Row) => (a.median / b.median).toFixed(2);
console.log(
  `\nFirst sight, against its floor (targets: session ≤ 1.2×, sealed ≈ 1×):\n` +
    `  session ${ratio(sessionFirst!, sessionFloor!)}× (SHA-256 + prepared get), ` +
    `sealed cookie ${ratio(sealedFirst!, sealedFloor!)}× (unsealData), ` +
    `jwt ${ratio(jwtFirst!, jwtFloor!)}× (jwtVerify).\n` +
    `  A sealed cookie's first sight costs ${ratio(sealedFirst!, sessionFirst!)}× the session's lookup; ` +
    `a JWT's ${ratio(jwtFirst!, sessionFirst!)}×.`,
);
console.log(
  `\nThe session's cookie cache, against the lookup it saves (${sessionFirst!.median.toFixed(1)} µs):`,
);
for (const row of cacheRows) printRow(row);

console.log(`\nPer store (SESSION_STORE), the lookup each session request pays:`);
for (const row of storeRows) printRow(row, `${row.queries.toFixed(2)} SQLite`.padStart(12));
console.log(
  "memory and redis read the user row from SQLite after the session; sqlite joins both in one query.",
);
console.log(
  `  redis store ${ratio(redisCheck!, redisFloor!)}× its raw HGETALL (target: ≤ 1.2×); bytes per session: sqlite ${storeBytes.sqlitePerSession} (table + indexes, on disk), redis ${storeBytes.redisPerSession} (MEMORY USAGE of its hash).`,
);

console.log(`\nLogin throttle per store (each attempt, before the password check):`);
for (const row of throttleRows) printRow(row);

console.log(`\nJWT per algorithm and per revocation strategy (queries per request):`);
for (const row of jwtRows) printRow(row);

console.log(`\nCheck-in pass (${passes[0]!.length}-character JWT, ${qrBytes}-byte QR data URL):`);
for (const row of passRows) printRow(row);

console.log(
  `\nAgainst what users pick instead (target: ours ≥ 5× faster than Auth.js, first sight):`,
);
for (const row of peerRows) printRow(row);
console.log(
  `  first sight: Auth.js ${ratio(peerRows[1]!, peerRows[0]!)}× ours; again: ${ratio(peerRows[3]!, peerRows[2]!)}× ours (memo).`,
);

console.log(`\nDPoP: the proof's check beside the token's (and a whole request each way):`);
for (const row of dpopRows) printRow(row);
console.log(
  `  proof ${ratio(dpopRows[0]!, dpopRows[1]!)}× its bare jwtVerify, ${ratio(dpopRows[0]!, dpopRows[2]!)}× the token's verify; a DPoP request ${ratio(dpopRows[4]!, dpopRows[3]!)}× a Bearer one.`,
);

console.log(`\nThe session lookup as the table grows (target: ≤ 1.2× the raw get at each size):`);
for (const row of scaleRows) printRow(row);

console.log(
  `\nToken size against claims (the session cookie is ${sessionCookieBytes} bytes whatever it holds):`,
);
for (const { extraClaims, bytes } of tokenSizes)
  console.log(`  ${extraClaims} extra claims: ${bytes} bytes`);

// The figures for the /bench page: merged into bench/results/latest.json beside the HTTP run's.
{
  const { existsSync, readFileSync, writeFileSync, mkdirSync } = await import("node:fs");
  const file = path.join(process.cwd(), "bench", "results", "latest.json");
  const previous = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  const section = (list: Row[]) =>
    list.map(({ label, median, p99, queries }) => ({
      label,
      medianMicros: Number(median.toFixed(2)),
      p99Micros: Number(p99.toFixed(2)),
      queries: Number(queries.toFixed(2)),
    }));
  const micro = {
    date: new Date().toISOString(),
    node: process.version,
    n: N,
    checks: section(rows),
    floors: {
      session: Number(ratio(sessionFirst!, sessionFloor!)),
      sealed: Number(ratio(sealedFirst!, sealedFloor!)),
      jwt: Number(ratio(jwtFirst!, jwtFloor!)),
    },
    cookieCache: section(cacheRows),
    stores: section(storeRows),
    jwt: section(jwtRows),
    peers: section(peerRows),
    dpop: section(dpopRows),
    scaling: section(scaleRows),
    tokenSizes,
    sessionCookieBytes,
    storeBytes,
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...previous, micro }, null, 2)}\n`);
  console.log(`\nWrote bench/results/latest.json (micro).`);
}

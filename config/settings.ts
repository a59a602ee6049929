import "server-only";
import path from "node:path";
import { readEnv } from "@/config/env";
import { instanceName } from "@/config/instance";
import { isLabPublic } from "@/config/lab";

/**
 * Every setting the app reads: the environment's values (./env.ts, read once, here), what follows
 * from them, and the fixed limits.
 */

const env = readEnv();
// turbopackIgnore: these are runtime data paths, not files for the build to trace.
const dataDir = path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR);
// Secure cookies (and the __Host- prefix, and HSTS) only make sense when the app is served over
// HTTPS; the local demo runs on plain http://localhost, where a Secure cookie would be refused by
// non-browser clients.
const secure = env.APP_ORIGIN?.startsWith("https://") ?? false;

export const config = {
  dataDir,
  databasePath: path.resolve(
    /*turbopackIgnore: true*/ env.DATABASE_PATH ?? path.join(dataDir, "app.db"),
  ),
  // Set, the database is PostgreSQL at this URL; null, the SQLite file at databasePath.
  databaseUrl: env.DATABASE_URL ?? null,
  // Which instance answered (config/instance.ts): the X-Lab-Instance header, the inspector.
  instanceName: instanceName(env.INSTANCE_ID),
  secretsPath: path.join(/*turbopackIgnore: true*/ dataDir, "secrets.json"),
  secure,
  // Where the XSS lab's flawed page is served, apart from every credential (lib/threats/xss-origin.ts).
  labOrigin: env.LAB_ORIGIN === undefined ? null : new URL(env.LAB_ORIGIN).origin,
  // Hosted or local (./lab.ts): hosted, server-wide power is the operator's alone
  // (lib/users/operator.ts) and no page prints the demo passwords.
  lab: {
    public: isLabPublic(env.LAB_PUBLIC, env.HOST),
    // Set, the operator's password follows it at every start; unset, one is generated once.
    operatorPassword: env.LAB_OPERATOR_PASSWORD ?? null,
    // Hosted, each visitor works in a lab of their own (lib/auth/visitor-lab): these bound them.
    maxLabs: env.LAB_MAX,
    idleMinutes: env.LAB_IDLE_MINUTES,
    newPerClient: env.LAB_CLIENT_MAX,
    newPerHour: env.LAB_CREATE_MAX,
    accountsPerLab: env.LAB_ACCOUNTS_MAX,
  },
  // The demo's fast-forward clock (C10, C20); switch it off for a real deployment.
  fastForward: env.LAB_FAST_FORWARD === "on",
  session: {
    idleTtlSeconds: env.SESSION_IDLE_TTL,
    absoluteTtlSeconds: env.SESSION_ABSOLUTE_TTL,
    // At most this many sessions per user; what the next login does is the policy (C13).
    limit: env.SESSION_LIMIT,
    limitPolicy: env.SESSION_LIMIT_POLICY,
    // Writing last_seen on every request would put a synchronous fsync on the hot path; at most
    // once a minute, and at least ten times per idle period, so a short idle TTL still slides.
    lastSeenWriteIntervalSeconds: Math.min(60, env.SESSION_IDLE_TTL / 10),
    // Where the records live (lib/session-store): sqlite, memory or redis.
    store: env.SESSION_STORE,
    redisUrl: env.REDIS_URL ?? null,
    // Namespaces this app's keys, so instances sharing a Redis share sessions, and tests don't.
    redisPrefix: env.REDIS_PREFIX,
  },
  // The third mechanism: the whole session sealed into the cookie, nothing on the server.
  sealed: {
    ttlSeconds: env.SEALED_SESSION_TTL,
    // iron-session's own rule: the cookie expires a minute before the seal, so a browser never
    // sends a seal the server would already call expired (clock skew).
    cookieMaxAgeSeconds: Math.max(1, env.SEALED_SESSION_TTL - 60),
  },
  jwt: {
    issuer: "session-vs-jwt-lab",
    audience: "session-vs-jwt-lab:api",
    // The default access lifetime; an admin may change it at runtime (lib/auth/jwt/settings.ts).
    accessTtlSeconds: env.JWT_ACCESS_TTL,
    // A refresh family dies after this long unused, and this long after login whatever happens.
    refreshIdleTtlSeconds: env.JWT_REFRESH_IDLE_TTL,
    refreshAbsoluteTtlSeconds: env.JWT_REFRESH_ABSOLUTE_TTL,
    // How long a used refresh token still answers with its successor: the legitimate
    // double-submit (two tabs, a retried request), not an attacker's replay minutes later.
    refreshGraceSeconds: 2,
    // Small leeway for clock skew between issuer and verifier (RFC 8725 §3.10 leaves it to us).
    clockToleranceSeconds: 5,
    // How long past its `exp` an access token may still end its login (logout only): a client
    // whose token ran out while the tab slept can log out with it; a copy stolen longer ago ends
    // nobody's login (the refresh token, which the owner holds, still does).
    logoutGraceSeconds: 5 * 60,
  },
  // Sender-constrained tokens (RFC 9449): lib/auth/jwt/dpop.ts.
  dpop: {
    // Exactly the algorithms WebCrypto offers every browser for a non-extractable signing key.
    algorithms: ["ES256"],
    // A proof is for one request, now: its iat may be this old (and a few seconds ahead).
    proofMaxAgeSeconds: 60,
    clockToleranceSeconds: 5,
    nonce: env.DPOP_NONCE === "on",
    // A nonce is good for the window it was issued in and the next one.
    nonceWindowSeconds: 5 * 60,
    maxProofBytes: 4096,
  },
  // Fresh authentication for sensitive actions (OWASP ASVS 5.0 V7.5): lib/auth/step-up/step-up.ts.
  stepUp: {
    maxAgeSeconds: env.STEP_UP_MAX_AGE,
  },
  // Each budget (a device's, or an account's for every other client): lib/auth/login/throttle.ts.
  loginThrottle: {
    freeFailures: 5,
    maxDelaySeconds: 15 * 60,
    forgetAfterSeconds: 60 * 60,
    // Across accounts, per client address (spraying): this many failures per window, then 429.
    clientMaxFailures: env.LOGIN_CLIENT_MAX,
    clientWindowSeconds: env.LOGIN_CLIENT_WINDOW,
    // How long a browser stays a known device of an account after logging in to it.
    deviceTtlSeconds: 30 * 24 * 60 * 60,
  },
  signupThrottle: {
    perClient: env.SIGNUP_CLIENT_MAX,
    overall: env.SIGNUP_MAX,
    windowSeconds: 60 * 60,
  },
  // The check-in pass (C30): one demo event, valid for the day.
  pass: {
    event: "Session vs JWT Lab Conf",
    ttlSeconds: 12 * 60 * 60,
  },
  threats: {
    // The CSRF lab's toy accounts are kept in memory this long, at most this many.
    csrfAccountTtlSeconds: 60 * 60,
    csrfMaxAccounts: 10_000,
  },
  limits: {
    // Checked before any crypto runs, so an oversized credential costs nothing to reject.
    maxJwtBytes: 8192,
    maxSealBytes: 2048,
    maxJsonBodyBytes: 16 * 1024,
  },
} as const;

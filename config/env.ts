import "server-only";
import path from "node:path";
import { z } from "zod";

/**
 * Everything configurable, read from the environment once and validated at start-up: a typo in an
 * env var should stop the server with a clear message, not surface as a 500 later. (The cookie
 * definitions are in ./cookies.ts, the shared types in ./types.ts.)
 */
const seconds = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z.object({
  DATA_DIR: z.string().min(1).default("data"),
  DATABASE_PATH: z.string().min(1).optional(),
  APP_ORIGIN: z.url().optional(),
  // The XSS lab's own origin (lib/threats/xss-origin.ts): another name for this server, on which
  // it serves nothing but the lab. Unset, the lab uses lab.localhost on loopback and is off elsewhere.
  LAB_ORIGIN: z
    .url({ protocol: /^https?$/ })
    .refine((value) => new URL(value).pathname === "/", "must be an origin, with no path")
    .optional(),
  SESSION_IDLE_TTL: seconds(30 * 60),
  SESSION_ABSOLUTE_TTL: seconds(7 * 24 * 60 * 60),
  JWT_ACCESS_TTL: seconds(5 * 60),
  // The sealed-cookie session's lifetime (iron-session's `ttl`; its cookie's Max-Age is 60 s less).
  SEALED_SESSION_TTL: seconds(7 * 24 * 60 * 60),
  JWT_REFRESH_IDLE_TTL: seconds(24 * 60 * 60),
  JWT_REFRESH_ABSOLUTE_TTL: seconds(7 * 24 * 60 * 60),
  SIGNUP_CLIENT_MAX: z.coerce.number().int().positive().default(10),
  // Password spraying (one address, many accounts): failed logins per client address per window.
  LOGIN_CLIENT_MAX: z.coerce.number().int().positive().default(50),
  LOGIN_CLIENT_WINDOW: seconds(5 * 60),
  SIGNUP_MAX: z.coerce.number().int().positive().default(200),
  SESSION_LIMIT: z.coerce.number().int().min(1).max(100).default(3),
  LAB_FAST_FORWARD: z.enum(["on", "off"]).default("on"),
  // DPoP (RFC 9449 §8): whether proofs must carry a nonce this server handed out.
  DPOP_NONCE: z.enum(["on", "off"]).default("on"),
  // Sensitive actions need a password typed no longer ago than this (step-up).
  STEP_UP_MAX_AGE: seconds(10 * 60),
  SESSION_LIMIT_POLICY: z.enum(["evict-oldest", "refuse-new"]).default("evict-oldest"),
  SESSION_STORE: z.enum(["sqlite", "memory", "redis"]).default("sqlite"),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, "must be a redis:// or rediss:// URL")
    .optional(),
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,64}$/, "letters, digits and _ : . - only")
    .default("lab:"),
});

/**
 * Whether a page on one host name could set a cookie the other receives: the same name, or a
 * `Domain` attribute naming a parent they share (RFC 6265 §5.3) — one inside the other, or
 * siblings such as app.example.com and lab.example.com. Without the public-suffix list, any
 * shared parent of two labels or more counts (so two names under co.uk are refused too: choose a
 * separate domain). IP addresses share nothing, and browsers never take `localhost` itself as a
 * cookie domain.
 */
export function mayShareCookies(a: string, b: string): boolean {
  if (a === b) return true;
  const isAddress = (host: string) => host.startsWith("[") || /^[\d.]+$/.test(host);
  if (isAddress(a) || isAddress(b)) return false;
  const [x, y] = [a.split(".").reverse(), b.split(".").reverse()];
  let shared = 0;
  while (shared < Math.min(x.length, y.length) && x[shared] === y[shared]) shared++;
  if (shared === 0 || (shared === 1 && x[0] === "localhost")) return false;
  return shared >= 2 || shared === Math.min(x.length, y.length);
}

function mayShareCookiesWith(lab: string | undefined, app: string | undefined): boolean {
  return lab !== undefined && app !== undefined && mayShareCookies(hostOf(lab), hostOf(app));
}

const hostOf = (origin: string): string => new URL(origin).hostname;

function readEnv(): z.infer<typeof envSchema> {
  const parsed = envSchema
    .refine((env) => env.SESSION_STORE !== "redis" || env.REDIS_URL !== undefined, {
      path: ["REDIS_URL"],
      message: "is required when SESSION_STORE=redis",
    })
    .refine((env) => !mayShareCookiesWith(env.LAB_ORIGIN, env.APP_ORIGIN), {
      path: ["LAB_ORIGIN"],
      message:
        "must be on another site than APP_ORIGIN (the lab's script could set cookies the app reads): use a domain of its own, not a name under APP_ORIGIN's parent",
    })
    .safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

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
  secretsPath: path.join(/*turbopackIgnore: true*/ dataDir, "secrets.json"),
  secure,
  // Where the XSS lab's flawed page is served, apart from every credential (lib/threats/xss-origin.ts).
  labOrigin: env.LAB_ORIGIN === undefined ? null : new URL(env.LAB_ORIGIN).origin,
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

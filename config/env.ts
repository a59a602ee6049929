import "server-only";
import { z } from "zod";
import { mayShareCookies } from "@/config/cookie-sharing";

/**
 * Everything configurable, read from the environment once and validated at start-up: a typo in an
 * env var should stop the server with a clear message, not surface as a 500 later. (The settings
 * built from it are in ./settings.ts, the cookie definitions in ./cookies.ts, the shared types in
 * ./types.ts.)
 */
const seconds = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z.object({
  DATA_DIR: z.string().min(1).default("data"),
  DATABASE_PATH: z.string().min(1).optional(),
  // Set, every table lives in this PostgreSQL database instead of the SQLite file (several
  // instances share it: docs/deployment.md).
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// or postgresql:// URL")
    .optional(),
  // This process's name among several instances (./instance.ts): in the X-Lab-Instance header,
  // the inspector and the heartbeat's row. Unset, the host's name and the process id.
  INSTANCE_ID: z
    .string()
    .regex(/^[a-z0-9-]{1,32}$/, "1 to 32 lower-case letters, digits and - only")
    .optional(),
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
  // A hosted instance (./lab.ts): unset, it follows HOST — public on any non-loopback address.
  LAB_PUBLIC: z.enum(["true", "false"]).optional(),
  // The operator's password (lib/lab/operator.ts checks its strength); unset, one is generated.
  LAB_OPERATOR_PASSWORD: z.string().optional(),
  // A hosted instance's visitor labs (lib/auth/visitor-lab, docs/hosting.md): at most LAB_MAX at
  // once (the oldest idle one makes room), each deleted LAB_IDLE_MINUTES after its last request;
  // new labs per client address per 10 minutes and overall per hour; accounts a lab may add to
  // its demo ones.
  LAB_MAX: z.coerce.number().int().positive().default(500),
  LAB_IDLE_MINUTES: z.coerce.number().int().positive().default(120),
  LAB_CLIENT_MAX: z.coerce.number().int().positive().default(60),
  LAB_CREATE_MAX: z.coerce.number().int().positive().default(1000),
  LAB_ACCOUNTS_MAX: z.coerce.number().int().positive().default(50),
  // Where server.mjs listens (it defaults to loopback); read here only to tell hosted from local.
  HOST: z.string().default("127.0.0.1"),
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

export type Env = z.infer<typeof envSchema>;

function mayShareCookiesWith(lab: string | undefined, app: string | undefined): boolean {
  return lab !== undefined && app !== undefined && mayShareCookies(hostOf(lab), hostOf(app));
}

const hostOf = (origin: string): string => new URL(origin).hostname;

/** The environment, validated: throws with every problem listed when a variable is wrong. */
export function readEnv(): Env {
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

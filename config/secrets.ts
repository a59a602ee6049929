import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { config } from "@/config";
import { processSingleton } from "@/ground/singleton";

/**
 * Secrets come from the environment when set, otherwise from `<DATA_DIR>/secrets.json`, which the
 * first start generates with strong random values. Weak or malformed secrets stop the server with
 * a message that says which one and why — a demo must not teach "any string will do".
 */

const privateEd25519Jwk = z.looseObject({
  kty: z.literal("OKP"),
  crv: z.literal("Ed25519"),
  x: z.string().min(40),
  d: z.string().min(40),
  kid: z.string().min(8).optional(),
});
export type PrivateSigningJwk = z.infer<typeof privateEd25519Jwk>;

const secretsFileSchema = z.object({
  sessionPassword: z.string(),
  jwtPrivateKey: privateEd25519Jwk,
});
export type Secrets = z.infer<typeof secretsFileSchema>;

const PLACEHOLDERS = ["password", "secret", "changeme", "change_me", "example", "12345678"];

/** Returns why a session password is too weak to seal cookies with, or null when it is fine. */
export function sessionPasswordWeakness(password: string): string | null {
  if (password.length < 32) return "must be at least 32 characters (iron-session's minimum)";
  if (new Set(password).size < 10) return "has too few distinct characters to be random";
  const lower = password.toLowerCase();
  const placeholder = PLACEHOLDERS.find((word) => lower.includes(word));
  if (placeholder) return `contains the placeholder "${placeholder}"`;
  return null;
}

function generateSecrets(): Secrets {
  const { privateKey } = crypto.generateKeyPairSync("ed25519");
  const jwk = privateKey.export({ format: "jwk" });
  return {
    sessionPassword: crypto.randomBytes(32).toString("base64url"),
    jwtPrivateKey: privateEd25519Jwk.parse({
      ...jwk,
      kid: crypto.randomBytes(9).toString("base64url"),
    }),
  };
}

/** Creates the secrets file if absent; safe when several processes start at once. */
function ensureSecretsFile(file: string): void {
  if (fs.existsSync(file)) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(generateSecrets(), null, 2), { mode: 0o600 });
  try {
    fs.linkSync(temp, file); // atomic "create if absent": the first process wins
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    fs.unlinkSync(temp);
  }
}

function fail(message: string): never {
  throw new Error(`Refusing to start: ${message}`);
}

function readSecretsFile(file: string): Secrets {
  ensureSecretsFile(file);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    fail(
      `${file} is not valid JSON; delete it to generate fresh secrets (everyone is logged out).`,
    );
  }
  const parsed = secretsFileSchema.safeParse(raw);
  if (!parsed.success) fail(`${file} is malformed: ${parsed.error.issues[0]?.message ?? "?"}`);
  return parsed.data;
}

function readEnvJwk(value: string): PrivateSigningJwk {
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    fail("JWT_PRIVATE_KEY must be an Ed25519 private key as a JSON Web Key (JSON).");
  }
  const parsed = privateEd25519Jwk.safeParse(raw);
  if (!parsed.success) {
    fail(
      'JWT_PRIVATE_KEY must be an Ed25519 private JWK: {"kty":"OKP","crv":"Ed25519","x":…,"d":…}.',
    );
  }
  return parsed.data;
}

/** Loads (generating on first start) and validates every secret the server needs. */
export function loadSecrets(
  env: Partial<Record<"SESSION_PASSWORD" | "JWT_PRIVATE_KEY", string>> = {
    SESSION_PASSWORD: process.env.SESSION_PASSWORD,
    JWT_PRIVATE_KEY: process.env.JWT_PRIVATE_KEY,
  },
  file = config.secretsPath,
): Secrets {
  const needFile = !env.SESSION_PASSWORD || !env.JWT_PRIVATE_KEY;
  const stored = needFile ? readSecretsFile(file) : null;
  const sessionPassword = env.SESSION_PASSWORD ?? stored?.sessionPassword ?? "";
  const weakness = sessionPasswordWeakness(sessionPassword);
  if (weakness) {
    const source = env.SESSION_PASSWORD ? "SESSION_PASSWORD" : `sessionPassword in ${file}`;
    fail(`${source} ${weakness}. Generate one with: openssl rand -base64 32`);
  }
  const jwtPrivateKey = env.JWT_PRIVATE_KEY
    ? readEnvJwk(env.JWT_PRIVATE_KEY)
    : stored!.jwtPrivateKey;
  return { sessionPassword, jwtPrivateKey };
}

/** The process's secrets, loaded once. */
export function getSecrets(): Secrets {
  return processSingleton("secrets", loadSecrets);
}

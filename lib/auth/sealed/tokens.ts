import "server-only";
import { sealData } from "iron-session";
import { config } from "@/config";
import { sealPasswords } from "@/lib/auth/sealed/settings";
import type { PublicUser } from "@/lib/users/public-user";

/**
 * The sealed-cookie session: iron-session's own model, and what cookie-session and Auth.js's
 * `jwt` strategy ship too. The whole session — who, role, name, issued and expiry times — is sealed
 * into the cookie (AES-256-CBC + HMAC-SHA-256 under a server password); the server keeps nothing.
 * Mirror of lib/auth/jwt/tokens.ts (a JWE is its closest cousin); checking it is ./validation.ts.
 * There is no revoking one: only its expiry, or removing the password it was sealed with.
 */

export interface SealedSessionData {
  uid: number;
  name: string;
  role: PublicUser["role"];
  /** Issued and expiry times, in seconds (like a JWT's iat and exp). */
  iat: number;
  exp: number;
}

/** The parts of an iron seal ("Fe26.2*id*salt*iv*body*expiration*hmacSalt*hmac~2"). */
export interface SealParts {
  passwordId: string;
  /** The seal's own expiry (ms), authenticated by its HMAC. */
  expiresAt: number;
}

/** Reads a seal's visible parts without unsealing it, or null when it is not shaped like one. */
export function sealParts(seal: string): SealParts | null {
  const parts = seal.split("~")[0]?.split("*") ?? [];
  if (parts.length !== 8 || parts[0] !== "Fe26.2") return null;
  const expiresAt = Number(parts[5]);
  if (!/^[0-9]+$/.test(parts[1] ?? "") || !Number.isSafeInteger(expiresAt) || expiresAt <= 0) {
    return null;
  }
  return { passwordId: parts[1]!, expiresAt };
}

/** Seals a new session for `user` with the newest password: the cookie is the whole session. */
export async function createSealedSession(
  user: PublicUser,
  now = Date.now(),
): Promise<{ seal: string; data: SealedSessionData }> {
  const iat = Math.floor(now / 1000);
  const data: SealedSessionData = {
    uid: user.id,
    name: user.displayName,
    role: user.role,
    iat,
    exp: iat + config.sealed.ttlSeconds,
  };
  const seal = await sealData(data, {
    password: await sealPasswords(),
    ttl: config.sealed.ttlSeconds,
  });
  return { seal, data };
}

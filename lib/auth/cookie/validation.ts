import "server-only";
import { unsealData } from "iron-session";
import { config } from "@/lib/config";
import { sealPasswords } from "@/lib/auth/cookie/settings";
import { sealParts, type SealedSessionData } from "@/lib/auth/cookie/tokens";
import { processMemo } from "@/lib/server/memo";

/**
 * Checking a sealed-cookie session: unseal it (~0.6 ms) and judge its expiry. No lookup — there is
 * nothing on the server to look up — so a logout, a role change or an admin's force logout cannot
 * reach a copy: it works until it expires (C40, C41). Mirror of lib/auth/jwt/validation.ts.
 */

export type SealedSessionFailure =
  "seal_too_large" | "seal_invalid" | "seal_expired" | "seal_password_retired";

export type SealedSessionValidation =
  | { ok: true; cached: boolean; data: SealedSessionData; passwordId: string; expiresAt: number }
  | { ok: false; reason: SealedSessionFailure };

interface Unsealed {
  data: SealedSessionData;
  passwordId: string;
  expiresAt: number;
}

// Identical bytes unseal identically: the proxy pays the unseal, the DAL reuses it.
const unsealMemo = processMemo<Unsealed>("sealed-session-unseal");

function isSessionData(value: unknown): value is SealedSessionData {
  const data = value as Partial<SealedSessionData> | null;
  return (
    typeof data === "object" &&
    data !== null &&
    Number.isSafeInteger(data.uid) &&
    typeof data.name === "string" &&
    (data.role === "user" || data.role === "admin") &&
    Number.isSafeInteger(data.iat) &&
    Number.isSafeInteger(data.exp)
  );
}

/**
 * The session a sealed cookie carries, judged at `judgeAt` (later than now under the demo's
 * fast-forward clock). A seal made with a password since removed is refused by its own reason —
 * before the memo is asked, so a removal takes effect on the very next request.
 */
export async function validateSealedSession(
  seal: string,
  now = Date.now(),
  judgeAt = now,
): Promise<SealedSessionValidation> {
  if (seal.length > config.limits.maxSealBytes) return { ok: false, reason: "seal_too_large" };
  const parts = sealParts(seal);
  if (parts === null) return { ok: false, reason: "seal_invalid" };
  const passwords = sealPasswords();
  if (!Object.hasOwn(passwords, parts.passwordId)) {
    const issued = Number(parts.passwordId) < Math.max(...Object.keys(passwords).map(Number));
    return { ok: false, reason: issued ? "seal_password_retired" : "seal_invalid" };
  }
  // Judged at `judgeAt` by the seal's own authenticated expiry (iron-session judges by real time).
  if (parts.expiresAt <= judgeAt) return { ok: false, reason: "seal_expired" };
  const memoised = unsealMemo.get(seal, now);
  if (memoised !== undefined) return { ok: true, cached: true, ...memoised };
  let data: unknown;
  try {
    data = await unsealData(seal, { password: passwords, ttl: config.sealed.ttlSeconds });
  } catch {
    return { ok: false, reason: "seal_invalid" };
  }
  // iron-session answers {} for a bad HMAC, an unknown password or an expired seal.
  if (!isSessionData(data)) return { ok: false, reason: "seal_invalid" };
  const unsealed = { data, passwordId: parts.passwordId, expiresAt: parts.expiresAt };
  unsealMemo.set(seal, unsealed, parts.expiresAt);
  return { ok: true, cached: false, ...unsealed };
}

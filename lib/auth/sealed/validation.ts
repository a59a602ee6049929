import "server-only";
import { config } from "@/config";
import { unsealOurs } from "@/lib/auth/sealed/unseal";
import { sealParts, type SealedSessionData } from "@/lib/auth/sealed/tokens";
import { processMemo } from "@/ground/memo";

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

// Identical bytes unseal identically: the proxy pays the unseal, the DAL reuses it.
const unsealMemo = processMemo<SealedSessionData>("sealed-session-unseal");

const FAILURE = {
  too_large: "seal_too_large",
  invalid: "seal_invalid",
  password_retired: "seal_password_retired",
} as const;

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
  // Judged at `judgeAt` by the seal's own authenticated expiry (iron-session judges by real time).
  const expiresAt = sealParts(seal)?.expiresAt;
  if (expiresAt !== undefined && expiresAt <= judgeAt) return { ok: false, reason: "seal_expired" };
  const unsealed = await unsealOurs(seal, {
    memo: unsealMemo,
    ttlSeconds: config.sealed.ttlSeconds,
    isValid: isSessionData,
    now,
  });
  if (!unsealed.ok) return { ok: false, reason: FAILURE[unsealed.reason] };
  const { value: data, parts, cached } = unsealed;
  return { ok: true, cached, data, passwordId: parts.passwordId, expiresAt: parts.expiresAt };
}

import "server-only";
import { unsealData } from "iron-session";
import { config } from "@/config";
import { sealPasswords } from "@/lib/auth/sealed/settings";
import { sealParts, type SealParts } from "@/lib/auth/sealed/tokens";
import type { BoundedMemo } from "@/ground/memo";
import { currentLab } from "@/ground/context";

/**
 * Unsealing one of this server's seals, for every sealed cookie (the sealed-cookie session, the
 * session's cookie cache): a size limit before any crypto, the password id checked against the
 * current ring before the memo is asked (a removed password counts on the very next request), then
 * the unseal (~0.6 ms) memoised per exact cookie value until the seal's own expiry. Each caller
 * judges its own expiry and shape.
 */
export type Unsealed<T> =
  | { ok: true; value: T; parts: SealParts; cached: boolean }
  | { ok: false; reason: "too_large" | "invalid" | "password_retired" };

export async function unsealOurs<T>(
  seal: string,
  {
    memo,
    ttlSeconds,
    isValid,
    now,
  }: {
    memo: BoundedMemo<T>;
    ttlSeconds: number;
    isValid: (data: unknown) => data is T;
    now: number;
  },
): Promise<Unsealed<T>> {
  if (seal.length > config.limits.maxSealBytes) return { ok: false, reason: "too_large" };
  const parts = sealParts(seal);
  if (parts === null) return { ok: false, reason: "invalid" };
  const passwords = await sealPasswords();
  if (!Object.hasOwn(passwords, parts.passwordId)) {
    const issued = Number(parts.passwordId) < Math.max(...Object.keys(passwords).map(Number));
    return { ok: false, reason: issued ? "password_retired" : "invalid" };
  }
  // The memo is the process's, so its key names the lab: a seal opened in one lab is not thereby
  // open in another (each lab derives its own passwords: lib/auth/sealed/settings.ts).
  const key = `${currentLab()} ${seal}`;
  const memoised = memo.get(key, now);
  if (memoised !== undefined) return { ok: true, value: memoised, parts, cached: true };
  // iron-session answers {} for a bad HMAC, an unknown password or an expired seal.
  const data: unknown = await unsealData(seal, { password: passwords, ttl: ttlSeconds }).catch(
    () => ({}),
  );
  if (!isValid(data)) return { ok: false, reason: "invalid" };
  memo.set(key, data, parts.expiresAt);
  return { ok: true, value: data, parts, cached: false };
}

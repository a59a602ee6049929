import "server-only";
import { findUserById } from "@/db/queries/users";
import { checkSealedCredential } from "@/lib/auth/check/sealed";
import { getSealSettings } from "@/lib/auth/sealed/settings";
import { sealParts, type SealedSessionData } from "@/lib/auth/sealed/tokens";
import { readSealedSessionCookie, type CookieReader } from "@/lib/auth/credentials";
import { config } from "@/config";
import { fingerprint } from "@/lib/inspect/fingerprint";

/**
 * The sealed-cookie session as the inspector shows it: the seal as opaque bytes (size, a
 * fingerprint, the parts iron-session leaves in the clear: its password id and expiry), what is
 * inside once the server unseals it, and — for C41 — the role the seal carries next to the role
 * the database holds now. Read here, for the panel; the area's own requests read no database.
 */

export interface SealView {
  seal: {
    bytes: number;
    fingerprint: string;
    /** In the clear in the seal's format (not secret: it names which password to try). */
    passwordId: string | null;
    expiresAt: number | null;
    verified: boolean;
    reason: string;
    /** What the server reads once it has unsealed it; null when it does not unseal. */
    data: SealedSessionData | null;
    /** The seal's role and the database's now; they differ after a role change. */
    role: { sealed: string; live: string | null } | null;
  } | null;
  /** iron-session's real options, as this server runs them. */
  options: {
    ttlSeconds: number;
    cookieMaxAgeSeconds: number;
    passwordIds: number[];
    currentPasswordId: number;
    /** The server-side session's cookie cache (0 = off), sealed with the same passwords. */
    cookieCacheSeconds: number;
  };
}

export async function sealView(cookies: CookieReader, now: number): Promise<SealView> {
  const { passwordIds, cookieCacheSeconds } = await getSealSettings();
  const options = {
    ttlSeconds: config.sealed.ttlSeconds,
    cookieMaxAgeSeconds: config.sealed.cookieMaxAgeSeconds,
    passwordIds,
    currentPasswordId: Math.max(...passwordIds),
    cookieCacheSeconds,
  };
  const value = readSealedSessionCookie(cookies);
  if (value === null) return { seal: null, options };
  const verdict = await checkSealedCredential(cookies, { now });
  const parts = sealParts(value);
  const data = verdict.ok ? verdict.data : null;
  return {
    seal: {
      bytes: Buffer.byteLength(value),
      fingerprint: fingerprint(value),
      passwordId: parts?.passwordId ?? null,
      expiresAt: parts?.expiresAt ?? null,
      verified: verdict.ok,
      reason: verdict.ok ? "ok" : verdict.reason,
      data,
      role:
        data === null
          ? null
          : { sealed: data.role, live: (await findUserById(data.uid))?.role ?? null },
    },
    options,
  };
}

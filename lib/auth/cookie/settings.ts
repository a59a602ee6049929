import "server-only";
import crypto from "node:crypto";
import {
  findSealSettings,
  findSealSettingsVersion,
  insertFirstSealSettings,
  saveSealSettings,
} from "@/db/queries/seal";
import { MAX_COOKIE_CACHE_SECONDS } from "@/lib/validation";
import { getSecrets } from "@/lib/secrets";
import { processSingleton } from "@/lib/server/singleton";
import { watchedVersion } from "@/lib/server/watched-version";

/**
 * The sealed cookies' settings, switchable at runtime by an admin: the iron-session password ring
 * (rotation by id, the same lesson as JWT key rotation) and the server-side session's cookie
 * cache. The database holds only password *ids*: each password is derived (HKDF) from the server
 * secret and its id, so a copied database unseals nothing. Cached per process; another instance's
 * change arrives within a second (lib/server/watched-version.ts), so a request costs no query.
 */

export interface SealSettings {
  /** Oldest first. The newest seals; every listed one still unseals. */
  passwordIds: number[];
  /** The session area's cookie cache, in seconds; 0 = off (every request looks up). */
  cookieCacheSeconds: number;
}

const version = watchedVersion("seal-settings", findSealSettingsVersion);
const cache = () =>
  processSingleton("seal-settings", () => ({
    settings: null as SealSettings | null,
    passwords: {} as Record<string, string>,
    version: -2,
  }));

// Written only by this module; a hand-edited row that breaks it stops the server with a message
// rather than sealing with no password at all.
function parseIds(text: string): number[] {
  let ids: unknown;
  try {
    ids = JSON.parse(text);
  } catch {
    ids = null;
  }
  const valid =
    Array.isArray(ids) && ids.length > 0 && ids.every((id) => Number.isSafeInteger(id) && id > 0);
  if (!valid) {
    throw new Error("seal_settings.password_ids must be a non-empty JSON array of positive ids.");
  }
  return ids as number[];
}

/** The password of one id: 32 bytes from HKDF(server secret, id), base64url (≥ 32 characters). */
function derivePassword(id: number): string {
  const secret = getSecrets().sessionPassword;
  const bytes = crypto.hkdfSync("sha256", secret, "session-vs-jwt-lab", `cookie-seal:${id}`, 32);
  return Buffer.from(bytes).toString("base64url");
}

function load(): SealSettings {
  const row =
    findSealSettings() ??
    insertFirstSealSettings({ passwordIds: "[1]", cookieCacheSeconds: 0, updatedAt: new Date() });
  return { passwordIds: parseIds(row.passwordIds), cookieCacheSeconds: row.cookieCacheSeconds };
}

function held(): ReturnType<typeof cache> {
  const state = cache();
  const current = version.current();
  if (state.settings === null || state.version !== current) {
    const settings = load();
    state.settings = settings;
    state.passwords = Object.fromEntries(
      settings.passwordIds.map((id) => [id, derivePassword(id)]),
    );
    state.version = current;
  }
  return state;
}

/** The current settings (from memory). */
export function getSealSettings(): SealSettings {
  return held().settings!;
}

/** iron-session's password map: every accepted id → its password (the highest id seals). */
export function sealPasswords(): Record<string, string> {
  return held().passwords;
}

function save(next: SealSettings): SealSettings {
  saveSealSettings({
    passwordIds: JSON.stringify(next.passwordIds),
    cookieCacheSeconds: next.cookieCacheSeconds,
    updatedAt: new Date(),
  });
  version.refresh();
  return getSealSettings();
}

/** A new password seals from now on; the old ones still unseal (no one is logged out). */
export function rotateSealPassword(): SealSettings {
  const { passwordIds, cookieCacheSeconds } = getSealSettings();
  return save({ passwordIds: [...passwordIds, Math.max(...passwordIds) + 1], cookieCacheSeconds });
}

export type RetireResult =
  | { ok: true; settings: SealSettings }
  | { ok: false; reason: "password_unknown" | "password_current" };

/**
 * Removes an old password: every cookie sealed with it stops unsealing — all those sessions end
 * at once, the one "revocation" a sealed cookie has. The current (newest) one cannot be removed.
 */
export function retireSealPassword(id: number): RetireResult {
  const { passwordIds, cookieCacheSeconds } = getSealSettings();
  if (!passwordIds.includes(id)) return { ok: false, reason: "password_unknown" };
  if (id === Math.max(...passwordIds)) return { ok: false, reason: "password_current" };
  const remaining = passwordIds.filter((kept) => kept !== id);
  return { ok: true, settings: save({ passwordIds: remaining, cookieCacheSeconds }) };
}

/** Sets the session area's cookie cache (0 = off, at most MAX_COOKIE_CACHE_SECONDS). */
export function setCookieCacheSeconds(seconds: number): SealSettings {
  const bounded = Math.min(Math.max(0, Math.trunc(seconds)), MAX_COOKIE_CACHE_SECONDS);
  return save({ ...getSealSettings(), cookieCacheSeconds: bounded });
}

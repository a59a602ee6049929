import "server-only";
import crypto from "node:crypto";
import {
  changeSealSettings,
  findSealSettings,
  findSealSettingsVersion,
  insertFirstSealSettings,
} from "@/db/queries/seal";
import {
  liveRing,
  nextDropAt,
  readPasswordRing,
  ringWithout,
  rotatedRing,
  type PasswordRing,
} from "@/lib/auth/sealed/password-ring";
import { config } from "@/config";
import { MAX_COOKIE_CACHE_SECONDS } from "@/lib/validation/admin-settings";
import { getSecrets } from "@/config/secrets";
import { currentLab, SHARED_LAB } from "@/ground/context";
import { perLab } from "@/ground/per-lab";
import { inVisitorLab } from "@/lib/auth/visitor-lab/labs";
import { watchedVersion } from "@/ground/watched-version";

/**
 * The sealed cookies' settings, switchable at runtime by an admin: the iron-session password ring
 * (rotation by id, the same lesson as JWT key rotation) and the server-side session's cookie
 * cache. The database holds only password *ids*: each password is derived (HKDF) from the server
 * secret and its id, so a copied database unseals nothing. Cached per process; another instance's
 * change arrives within a second (ground/watched-version.ts), so a request costs no query.
 * A previous password leaves the ring by itself once no seal it made can still be valid
 * (./password-ring.ts), so rotations do not pile passwords up.
 */

export interface SealSettings {
  /** Oldest first. The newest seals; every listed one still unseals. */
  passwordIds: number[];
  /** Previous id → when it stopped sealing (epoch ms); each leaves SEAL_MAX_LIFE_MS later. */
  supersededAt: Record<number, number>;
  /** The session area's cookie cache, in seconds; 0 = off (every request looks up). */
  cookieCacheSeconds: number;
}

/**
 * The longest any seal made with these passwords stays valid after its password stopped sealing:
 * the sealed session's life or the cookie cache's longest window, plus two minutes — iron's
 * allowance for clock skew (60 s) and another instance still sealing with its cached ring for up
 * to a second after a rotation.
 */
export const SEAL_MAX_LIFE_MS =
  Math.max(config.sealed.ttlSeconds, MAX_COOKIE_CACHE_SECONDS) * 1000 + 2 * 60 * 1000;

const version = watchedVersion("seal-settings", findSealSettingsVersion);
// One cache per lab (ground/per-lab.ts).
const cache = perLab("seal-settings", () => ({
  stored: null as { ring: PasswordRing; cookieCacheSeconds: number } | null,
  version: -2,
  // The ring as it stands between these two instants (a previous password drops at the end).
  live: null as SealSettings | null,
  liveFrom: Infinity,
  liveUntil: -Infinity,
  passwords: {} as Record<string, string>,
}));

/**
 * The password of one id: 32 bytes from HKDF(server secret, lab, id), base64url (≥ 32
 * characters). A visitor's lab derives its own (lib/visitor-labs), so a seal made in one lab
 * never opens in another; the shared world keeps the label it always had (no one logged out).
 */
function derivePassword(id: number): string {
  const secret = getSecrets().sessionPassword;
  const lab = currentLab();
  const label = lab === SHARED_LAB ? `cookie-seal:${id}` : `cookie-seal:${lab}:${id}`;
  const bytes = crypto.hkdfSync("sha256", secret, "session-vs-jwt-lab", label, 32);
  return Buffer.from(bytes).toString("base64url");
}

async function load(): Promise<{ ring: PasswordRing; cookieCacheSeconds: number }> {
  const row =
    (await findSealSettings()) ??
    (await insertFirstSealSettings({
      passwordIds: "[1]",
      supersededAt: "{}",
      cookieCacheSeconds: 0,
      updatedAt: new Date(),
    }));
  return { ring: readPasswordRing(row), cookieCacheSeconds: row.cookieCacheSeconds };
}

async function held(now: number): Promise<ReturnType<typeof cache>> {
  const state = cache();
  const current = await version.current();
  if (state.stored === null || state.version !== current) {
    state.stored = await load();
    state.version = current;
    state.liveUntil = -Infinity;
  }
  if (now < state.liveFrom || now >= state.liveUntil) {
    const ring = liveRing(state.stored.ring, now, SEAL_MAX_LIFE_MS);
    const { cookieCacheSeconds } = state.stored;
    state.live = { passwordIds: ring.ids, supersededAt: ring.supersededAt, cookieCacheSeconds };
    state.passwords = Object.fromEntries(ring.ids.map((id) => [id, derivePassword(id)]));
    state.liveFrom = now;
    state.liveUntil = nextDropAt(ring, SEAL_MAX_LIFE_MS);
  }
  return state;
}

/** The current settings (from memory), as they stand at `now` (the real clock). */
export async function getSealSettings(now = Date.now()): Promise<SealSettings> {
  return (await held(now)).live!;
}

/** iron-session's password map: every accepted id → its password (the highest id seals). */
export async function sealPasswords(now = Date.now()): Promise<Record<string, string>> {
  return (await held(now)).passwords;
}

/**
 * The one writer: `change` gets the stored settings as they are in the database now, and what
 * it answers is written with the previous passwords that have outlived every seal left out.
 */
async function save(
  change: (stored: { ring: PasswordRing; cookieCacheSeconds: number }) => {
    ring: PasswordRing;
    cookieCacheSeconds: number;
  },
  now: number,
): Promise<SealSettings> {
  const state = await held(now); // the row exists (the first start writes it)
  const row = await changeSealSettings((row) => {
    const next = change({
      ring: readPasswordRing(row),
      cookieCacheSeconds: row.cookieCacheSeconds,
    });
    const ring = liveRing(next.ring, now, SEAL_MAX_LIFE_MS);
    return {
      passwordIds: JSON.stringify(ring.ids),
      supersededAt: JSON.stringify(ring.supersededAt),
      cookieCacheSeconds: next.cookieCacheSeconds,
      updatedAt: new Date(now),
    };
  });
  await version.refresh();
  // This lab's cache takes the row as written (the version is every lab's, so it says nothing
  // about which lab changed).
  state.stored = { ring: readPasswordRing(row), cookieCacheSeconds: row.cookieCacheSeconds };
  state.version = await version.current();
  state.liveUntil = -Infinity;
  return getSealSettings(now);
}

/**
 * How many passwords a visitor's lab may have unsealing at once: its admin is any visitor, so the
 * ring is bounded (docs/hosting.md); past it, a rotation waits for a retirement.
 */
export const MAX_SEAL_PASSWORDS_PER_LAB = 10;

/** A new password seals from now on; the old ones still unseal (no one is logged out). */
export async function rotateSealPassword(
  now = Date.now(),
): Promise<SealSettings | "too_many_passwords"> {
  const { passwordIds } = await getSealSettings(now);
  if (inVisitorLab() && passwordIds.length >= MAX_SEAL_PASSWORDS_PER_LAB) {
    return "too_many_passwords";
  }
  return save(
    ({ ring, cookieCacheSeconds }) => ({ ring: rotatedRing(ring, now), cookieCacheSeconds }),
    now,
  );
}

export type RetireResult =
  | { ok: true; settings: SealSettings }
  | { ok: false; reason: "password_unknown" | "password_current" };

/**
 * Removes an old password: every cookie sealed with it stops unsealing — all those sessions end
 * at once, the one "revocation" a sealed cookie has. The current (newest) one cannot be removed.
 */
export async function retireSealPassword(id: number, now = Date.now()): Promise<RetireResult> {
  const { passwordIds } = await getSealSettings(now);
  if (!passwordIds.includes(id)) return { ok: false, reason: "password_unknown" };
  if (id === Math.max(...passwordIds)) return { ok: false, reason: "password_current" };
  const settings = await save(
    ({ ring, cookieCacheSeconds }) => ({ ring: ringWithout(ring, id), cookieCacheSeconds }),
    now,
  );
  return { ok: true, settings };
}

/** Sets the session area's cookie cache (0 = off, at most MAX_COOKIE_CACHE_SECONDS). */
export function setCookieCacheSeconds(seconds: number, now = Date.now()): Promise<SealSettings> {
  const bounded = Math.min(Math.max(0, Math.trunc(seconds)), MAX_COOKIE_CACHE_SECONDS);
  return save(({ ring }) => ({ ring, cookieCacheSeconds: bounded }), now);
}

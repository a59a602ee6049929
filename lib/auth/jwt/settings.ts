import "server-only";
import { findJwtSettings, insertFirstJwtSettings, saveJwtSettings } from "@/db/queries/jwt";
import type { JwtSettingsRow } from "@/db/schema";
import { config } from "@/config";
import { jwtConfigVersion, refreshJwtConfigVersion } from "@/lib/auth/jwt/config-version";
import { getSigningKeys, rotateSigningKey } from "@/lib/auth/jwt/keys";
import { perLab } from "@/ground/per-lab";

/**
 * The JWT area's knobs, switchable at runtime by an admin of the lab (`PUT /api/admin/jwt-settings`):
 * revocation strategy (C22, C23), signing algorithm, access-token lifetime, JWE (C28). Stored in
 * one row and cached per process, reloaded when another instance changed them (within the bound
 * of lib/auth/jwt/config-version.ts), so reading them costs no query on the request path.
 */

export type JwtSettings = Omit<JwtSettingsRow, "id" | "labId" | "updatedAt" | "version">;
export type RevocationStrategy = JwtSettings["revocation"];

// One cache per lab (ground/per-lab.ts): a visitor's switch is theirs alone.
const cache = perLab("jwt-settings", () => ({ settings: null as JwtSettings | null, version: -1 }));

async function load(): Promise<JwtSettings> {
  const row =
    (await findJwtSettings()) ??
    (await insertFirstJwtSettings({
      revocation: "none",
      algorithm: "EdDSA",
      accessTtlSeconds: config.jwt.accessTtlSeconds,
      encrypted: false,
      updatedAt: new Date(),
    }));
  const { revocation, algorithm, accessTtlSeconds, encrypted } = row;
  return { revocation, algorithm, accessTtlSeconds, encrypted };
}

/** The current settings (from memory; read again once another instance changed them). */
export async function getJwtSettings(): Promise<JwtSettings> {
  const held = cache();
  const version = await jwtConfigVersion();
  if (held.settings === null || held.version !== version) {
    held.settings = await load();
    held.version = version;
  }
  return held.settings;
}

/**
 * Applies an admin's changes. A new algorithm means a new current key (one algorithm per key):
 * tokens signed before keep verifying with their old key until it is retired.
 */
export async function updateJwtSettings(
  changes: Partial<JwtSettings>,
): Promise<JwtSettings | "too_many_keys"> {
  const next = { ...(await getJwtSettings()), ...changes };
  const { current } = await getSigningKeys();
  if (next.algorithm !== current.alg) {
    // A lab's key set is bounded (./keys.ts): then nothing changes, the algorithm included.
    if ((await rotateSigningKey(next.algorithm)) === "too_many_keys") return "too_many_keys";
  }
  await saveJwtSettings({ ...next, updatedAt: new Date() });
  Object.assign(cache(), { settings: next, version: await refreshJwtConfigVersion() });
  return next;
}

import "server-only";
import { findJwtSettings, saveJwtSettings } from "@/db/queries/jwt";
import type { JwtSettingsRow } from "@/db/schema";
import { config } from "@/lib/config";
import { getSigningKeys, rotateSigningKey } from "@/lib/auth/keys";

/**
 * The JWT area's knobs, switchable at runtime by an admin (`PUT /api/admin/jwt-settings`):
 * revocation strategy (C22, C23), signing algorithm, access-token lifetime, JWE (C28). Stored in
 * one row and cached per process, so reading them costs no query on the request path.
 */

export type JwtSettings = Omit<JwtSettingsRow, "id" | "updatedAt">;
export type RevocationStrategy = JwtSettings["revocation"];

const KEY = Symbol.for("session-vs-jwt-lab.jwt-settings");
type GlobalWithSettings = typeof globalThis & { [KEY]?: JwtSettings };

function load(): JwtSettings {
  const row =
    findJwtSettings() ??
    saveJwtSettings({
      revocation: "none",
      algorithm: "EdDSA",
      accessTtlSeconds: config.jwt.accessTtlSeconds,
      encrypted: false,
      updatedAt: new Date(),
    });
  const { revocation, algorithm, accessTtlSeconds, encrypted } = row;
  return { revocation, algorithm, accessTtlSeconds, encrypted };
}

/** The current settings (read once per process, then from memory). */
export function getJwtSettings(): JwtSettings {
  const g = globalThis as GlobalWithSettings;
  g[KEY] ??= load();
  return g[KEY];
}

/**
 * Applies an admin's changes. A new algorithm means a new current key (one algorithm per key):
 * tokens signed before keep verifying with their old key until it is retired.
 */
export async function updateJwtSettings(changes: Partial<JwtSettings>): Promise<JwtSettings> {
  const next = { ...getJwtSettings(), ...changes };
  const { current } = await getSigningKeys();
  if (next.algorithm !== current.alg) await rotateSigningKey(next.algorithm);
  saveJwtSettings({ ...next, updatedAt: new Date() });
  (globalThis as GlobalWithSettings)[KEY] = next;
  return next;
}

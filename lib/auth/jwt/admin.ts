import "server-only";
import { countDenylist } from "@/db/queries/jwt";
import { getJwtSettings, updateJwtSettings, type JwtSettings } from "@/lib/auth/jwt/settings";
import { describeSigningKeys, retireKey, rotateSigningKey } from "@/lib/auth/jwt/keys";

/**
 * What an admin can change in the JWT area (C23, C24, C28), and the state it shows: settings,
 * key set (no private parts), deny-list size.
 */

export async function jwtAdminOverview(): Promise<{
  settings: JwtSettings;
  keys: Awaited<ReturnType<typeof describeSigningKeys>>;
  denylistSize: number;
}> {
  return {
    settings: getJwtSettings(),
    keys: await describeSigningKeys(),
    denylistSize: countDenylist(),
  };
}

export async function changeJwtSettings(input: {
  revocation?: JwtSettings["revocation"];
  algorithm?: JwtSettings["algorithm"];
  accessTtl?: number;
  encrypted?: boolean;
}): Promise<JwtSettings> {
  const { accessTtl, ...rest } = input;
  return updateJwtSettings({
    ...rest,
    ...(accessTtl === undefined ? {} : { accessTtlSeconds: accessTtl }),
  });
}

/** A new current key (of the configured algorithm); old keys keep verifying: nobody is logged out. */
export async function rotateKeys(): Promise<{ kid: string; alg: JwtSettings["algorithm"] }> {
  const row = await rotateSigningKey(getJwtSettings().algorithm);
  return { kid: row.kid, alg: row.alg };
}

export { retireKey };

import "server-only";
import { countDenylist } from "@/db/queries/jwt";
import { getJwtSettings, updateJwtSettings, type JwtSettings } from "@/lib/auth/jwt/settings";
import { describeSigningKeys, retireKey, rotateSigningKey } from "@/lib/auth/jwt/keys";
import { actingAdmin, type FreshAuthentication } from "@/lib/auth/step-up/proof";

/**
 * What an admin can change in the JWT area (C23, C24, C28), and the state it shows: settings,
 * key set (no private parts), deny-list size. Every change is sensitive (fresh authentication,
 * lib/auth/step-up/step-up.ts): keys decide whose tokens verify, and the settings decide which keys sign
 * and whether a revoked token stays revoked.
 */

type Forbidden = { ok: false; reason: "forbidden" };
// A visitor's lab holds at most MAX_VERIFYING_KEYS_PER_LAB keys that verify (./keys.ts).
type TooManyKeys = { ok: false; reason: "too_many_keys" };
const tooManyKeys: TooManyKeys = { ok: false, reason: "too_many_keys" };
const forbidden: Forbidden = { ok: false, reason: "forbidden" };

export async function jwtAdminOverview(): Promise<{
  settings: JwtSettings;
  keys: Awaited<ReturnType<typeof describeSigningKeys>>;
  denylistSize: number;
}> {
  return {
    settings: await getJwtSettings(),
    keys: await describeSigningKeys(),
    denylistSize: await countDenylist(),
  };
}

export async function changeJwtSettings(
  proof: FreshAuthentication,
  input: {
    revocation?: JwtSettings["revocation"];
    algorithm?: JwtSettings["algorithm"];
    accessTtl?: number;
    encrypted?: boolean;
  },
): Promise<{ ok: true; settings: JwtSettings } | Forbidden | TooManyKeys> {
  if (!(await actingAdmin(proof))) return forbidden;
  const { accessTtl, ...rest } = input;
  const settings = await updateJwtSettings({
    ...rest,
    ...(accessTtl === undefined ? {} : { accessTtlSeconds: accessTtl }),
  });
  return settings === "too_many_keys" ? tooManyKeys : { ok: true, settings };
}

/** A new current key (of the configured algorithm); old keys keep verifying: nobody is logged out. */
export async function rotateKeys(
  proof: FreshAuthentication,
): Promise<{ ok: true; kid: string; alg: JwtSettings["algorithm"] } | Forbidden | TooManyKeys> {
  if (!(await actingAdmin(proof))) return forbidden;
  const row = await rotateSigningKey((await getJwtSettings()).algorithm);
  return row === "too_many_keys" ? tooManyKeys : { ok: true, kid: row.kid, alg: row.alg };
}

/** Retires a previous key: every token it signed stops verifying at once. */
export async function retireKeyAsAdmin(
  proof: FreshAuthentication,
  kid: string,
): Promise<Awaited<ReturnType<typeof retireKey>> | "forbidden"> {
  return (await actingAdmin(proof)) ? retireKey(kid) : "forbidden";
}

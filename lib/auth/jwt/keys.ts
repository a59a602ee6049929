import "server-only";
import { errors, importJWK, type JWK, type JWTHeaderParameters } from "jose";
import {
  findSigningKeys,
  insertCurrentSigningKey,
  insertFirstSigningKey,
  retireSigningKey,
} from "@/db/queries/jwt";
import type { SigningKeyRow } from "@/db/schema";
import type { NewSigningKey } from "@/db/queries/jwt";
import { currentLab, SHARED_LAB } from "@/ground/context";
import { inVisitorLab } from "@/lib/auth/visitor-lab/labs";
import {
  generateSigningJwk,
  newKid,
  sealKeyMaterial,
  unsealKeyMaterial,
  type SigningAlgorithm,
} from "@/lib/auth/jwt/key-material";
import { signingJwkWeakness } from "@/lib/auth/jwt/key-strength";
import { jwtConfigVersion, refreshJwtConfigVersion } from "@/lib/auth/jwt/config-version";
import { getSecrets } from "@/config/secrets";
import { perLab } from "@/ground/per-lab";

/**
 * The JWT signing key set (C24), kept in the database: one `current` key signs; `previous` keys
 * still verify, so a rotation logs nobody out; a `retired` key verifies nothing, so every token it
 * signed dies at once. Imported once per process and re-imported only after a change here (an
 * import costs more than a verification). Keys are found only by `kid` in this set: a token's
 * `jwk`, `jku` or `x5u` header is never used to find a key.
 */

interface LoadedKey {
  kid: string;
  alg: SigningAlgorithm;
  key: CryptoKey | Uint8Array;
}

export interface SigningKeys {
  current: { kid: string; alg: SigningAlgorithm; privateKey: CryptoKey | Uint8Array };
  verification: ReadonlyMap<string, LoadedKey>;
  rows: SigningKeyRow[];
}

/** The first start's key: the Ed25519 key of the secrets (env JWT_PRIVATE_KEY or generated). */
async function seedFromSecrets(): Promise<void> {
  const { kid, ...jwk } = getSecrets().jwtPrivateKey;
  await insertFirstSigningKey({
    kid: kid ?? "default",
    alg: "EdDSA",
    status: "current",
    sealedPrivateJwk: sealKeyMaterial(jwk as JWK),
    publicJwk: JSON.stringify({ kty: jwk.kty, crv: jwk.crv, x: jwk.x }),
    createdAt: new Date(),
    retiredAt: null,
  });
}

/** A visitor's lab starts with a key of its own: no lab can verify another's tokens. */
async function seedForLab(): Promise<void> {
  const { privateJwk, publicJwk } = await generateSigningJwk("EdDSA");
  await insertFirstSigningKey({
    kid: newKid(),
    alg: "EdDSA",
    status: "current",
    sealedPrivateJwk: sealKeyMaterial(privateJwk),
    publicJwk: publicJwk === null ? null : JSON.stringify(publicJwk),
    createdAt: new Date(),
    retiredAt: null,
  });
}

async function importKeys(): Promise<SigningKeys> {
  if (!(await findSigningKeys()).some((row) => row.status === "current")) {
    if (currentLab() === SHARED_LAB) await seedFromSecrets();
    else await seedForLab();
  }
  const rows = await findSigningKeys();
  const verification = new Map<string, LoadedKey>();
  let current: SigningKeys["current"] | null = null;
  for (const row of rows) {
    if (row.status === "retired") continue;
    const privateJwk = unsealKeyMaterial(row.sealedPrivateJwk);
    // A weak key in the set (a hand-edited or restored database) stops the key set from loading
    // at all, with a message saying which and why: better no JWT than one anyone can forge.
    const weakness = signingJwkWeakness(privateJwk);
    if (weakness !== null) throw new Error(`Refusing to use signing key ${row.kid}: ${weakness}.`);
    const privateKey = (await importJWK({ ...privateJwk, alg: row.alg }, row.alg)) as CryptoKey;
    const verifyKey =
      row.publicJwk === null
        ? privateKey // HS256: the same secret signs and verifies — only the issuer can verify.
        : ((await importJWK({ ...JSON.parse(row.publicJwk), alg: row.alg }, row.alg)) as CryptoKey);
    verification.set(row.kid, { kid: row.kid, alg: row.alg, key: verifyKey });
    if (row.status === "current") current = { kid: row.kid, alg: row.alg, privateKey };
  }
  if (current === null) throw new Error("No current signing key.");
  return { current, verification, rows };
}

// One key set per lab (ground/per-lab.ts): the lab's rotation and retirement are its own.
const cache = perLab("signing-keys", () => ({
  keys: null as Promise<SigningKeys> | null,
  version: -1,
}));

/**
 * The process's signing keys (imported on first use, then shared by proxy and routes; imported
 * again once another instance changed the set — lib/auth/jwt/config-version.ts).
 */
export async function getSigningKeys(): Promise<SigningKeys> {
  const held = cache();
  const version = await jwtConfigVersion();
  if (held.keys === null || held.version !== version) {
    held.version = version;
    held.keys = importKeys().catch((error: unknown) => {
      held.keys = null;
      throw error;
    });
  }
  return held.keys;
}

/** After a change made here: read the version now, so the next use imports the new set. */
async function reloadSigningKeys(): Promise<void> {
  await refreshJwtConfigVersion();
  cache().keys = null;
}

/**
 * Resolves a verification key from the header's `kid`; an unknown, missing or retired kid is
 * invalid, and so is a header whose `alg` is not the one algorithm of that key.
 */
export async function resolveVerificationKey(
  header: JWTHeaderParameters,
): Promise<CryptoKey | Uint8Array> {
  const { verification } = await getSigningKeys();
  const found = typeof header.kid === "string" ? verification.get(header.kid) : undefined;
  if (found === undefined) throw new errors.JWKSNoMatchingKey();
  if (header.alg !== found.alg) throw new errors.JOSEAlgNotAllowed();
  return found.key;
}

/** Whether `kid` names a key that still verifies (not retired). */
export async function isVerifyingKid(kid: string | undefined): Promise<boolean> {
  return kid !== undefined && (await getSigningKeys()).verification.has(kid);
}

/** Every algorithm some verifying key uses (jose checks the header's `alg` against these). */
export async function verifyingAlgorithms(): Promise<SigningAlgorithm[]> {
  const { verification } = await getSigningKeys();
  return [...new Set([...verification.values()].map((key) => key.alg))];
}

/**
 * How many keys of a visitor's lab may verify at once (the current one and the previous ones): a
 * lab's admin is any visitor, so its key set is bounded (docs/hosting.md); past it, a rotation
 * waits for a retirement. Its retired keys are kept for the admin page, the newest ten of them.
 */
export const MAX_VERIFYING_KEYS_PER_LAB = 10;
const RETIRED_KEYS_KEPT_PER_LAB = 10;

/** Makes a new current key of `alg`; the old one keeps verifying until retired. */
export async function rotateSigningKey(
  alg: SigningAlgorithm,
): Promise<NewSigningKey | "too_many_keys"> {
  const inLab = inVisitorLab();
  if (inLab && (await getSigningKeys()).verification.size >= MAX_VERIFYING_KEYS_PER_LAB) {
    return "too_many_keys";
  }
  const { privateJwk, publicJwk } = await generateSigningJwk(alg);
  const row: NewSigningKey = {
    kid: newKid(),
    alg,
    status: "current",
    sealedPrivateJwk: sealKeyMaterial(privateJwk),
    publicJwk: publicJwk === null ? null : JSON.stringify(publicJwk),
    createdAt: new Date(),
    retiredAt: null,
  };
  await insertCurrentSigningKey(row, inLab ? RETIRED_KEYS_KEPT_PER_LAB : undefined);
  await reloadSigningKeys();
  await getSigningKeys();
  return row;
}

/** Retires a previous key: every token it signed stops verifying at once. */
export async function retireKey(kid: string): Promise<"retired" | "not_found" | "current"> {
  const result = await retireSigningKey(kid, new Date());
  if (result === "retired") await reloadSigningKeys();
  return result;
}

/** The key set without any private part, for the admin page and the inspector. */
export async function describeSigningKeys(): Promise<
  Array<{ kid: string; alg: SigningAlgorithm; status: SigningKeyRow["status"]; createdAt: Date }>
> {
  const { rows } = await getSigningKeys();
  return rows.map(({ kid, alg, status, createdAt }) => ({ kid, alg, status, createdAt }));
}

/**
 * The public half of every verifying asymmetric key, as a JSON Web Key Set (RFC 7517): what
 * another service needs to verify our tokens without asking us (C29). Never a private part, and
 * no HS256 key — a shared secret cannot be published.
 */
export async function publicJwks(): Promise<{ keys: JWK[] }> {
  const { rows } = await getSigningKeys();
  const keys = rows
    .filter((row) => row.status !== "retired" && row.publicJwk !== null)
    .map((row) => ({ ...JSON.parse(row.publicJwk!), kid: row.kid, alg: row.alg, use: "sig" }));
  return { keys };
}

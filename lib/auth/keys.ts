import "server-only";
import { errors, exportJWK, importJWK, type JWK, type JWTHeaderParameters } from "jose";
import { config } from "@/lib/config";
import { getSecrets } from "@/lib/secrets";

/**
 * The JWT signing key set, imported once per process (importing per request would cost more than
 * the verification itself). Keys are looked up only by `kid` in this server's own set: a token's
 * `jwk`, `jku` or `x5u` header is never used to find a key.
 */
export interface SigningKeys {
  current: { kid: string; alg: typeof config.jwt.algorithm; privateKey: CryptoKey };
  publicKeys: ReadonlyMap<string, CryptoKey>;
}

async function importSigningKeys(): Promise<SigningKeys> {
  const { jwtPrivateKey } = getSecrets();
  const { kid, ...jwk } = jwtPrivateKey;
  const keyId = kid ?? "default";
  const alg = config.jwt.algorithm;
  const privateKey = (await importJWK({ ...jwk, alg }, alg)) as CryptoKey;
  const publicKey = (await importJWK(
    { kty: jwk.kty, crv: jwk.crv, x: jwk.x, alg },
    alg,
  )) as CryptoKey;
  return { current: { kid: keyId, alg, privateKey }, publicKeys: new Map([[keyId, publicKey]]) };
}

const GLOBAL_KEY = Symbol.for("session-vs-jwt-lab.signing-keys");
type GlobalWithKeys = typeof globalThis & { [GLOBAL_KEY]?: Promise<SigningKeys> };

/** The process's signing keys (imported on first use, then shared by proxy and routes). */
export function getSigningKeys(): Promise<SigningKeys> {
  const g = globalThis as GlobalWithKeys;
  g[GLOBAL_KEY] ??= importSigningKeys().catch((error: unknown) => {
    delete g[GLOBAL_KEY];
    throw error;
  });
  return g[GLOBAL_KEY];
}

/** Resolves a verification key from the header's `kid`; an unknown or missing kid is invalid. */
export async function resolveVerificationKey(header: JWTHeaderParameters): Promise<CryptoKey> {
  const { publicKeys } = await getSigningKeys();
  const key = typeof header.kid === "string" ? publicKeys.get(header.kid) : undefined;
  if (key === undefined) throw new errors.JWKSNoMatchingKey();
  return key;
}

/**
 * The public half of every verification key, as a JSON Web Key Set (RFC 7517): what another
 * service needs to verify our tokens without asking us (C29). Never a private part.
 */
export async function publicJwks(): Promise<{ keys: JWK[] }> {
  const { publicKeys } = await getSigningKeys();
  const keys = await Promise.all(
    [...publicKeys].map(async ([kid, key]) => ({
      ...(await exportJWK(key)),
      kid,
      alg: config.jwt.algorithm,
      use: "sig",
    })),
  );
  return { keys };
}

import "server-only";
import crypto from "node:crypto";
import { errors, exportJWK, generateKeyPair, type JWK } from "jose";
import { verifySignedAccessToken } from "@/lib/auth/jwt/signature";
import { RANGE_AUDIENCE, RANGE_ISSUER } from "@/lib/threats/jwt-range/keys";
import { processSingleton } from "@/ground/singleton";
import { clientBucketOf } from "@/lib/throttle/address";

/**
 * The other leak (/threats/session): a signing key. On a throw-away key of one learner's own —
 * never the app's — whoever holds the private part mints any user's token and the app's
 * verification accepts it; retiring the key is the only way out, and it ends every token at once.
 * Kept in memory for an hour. Every visitor shares this one server, so room is counted per client
 * address (lib/throttle/address.ts): a visitor holds at most MAX_KEYS_PER_CLIENT keys, and leaking
 * more evicts only their own oldest — never another visitor's lab (one visitor's lesson is theirs).
 * MAX_KEYS bounds the memory whatever the number of addresses.
 */

interface LeakedKey {
  kid: string;
  /** The client that leaked it (its address bucket), whose room it takes. */
  client: string;
  publicKey: CryptoKey;
  retired: boolean;
  createdAt: number;
}

const LIFETIME_MS = 60 * 60 * 1000;
// A class behind one school address shares a bucket: room for each learner's few keys.
const MAX_KEYS_PER_CLIENT = 50;
const MAX_KEYS = 5000;
const keys = () => processSingleton("leaked-keys", () => new Map<string, LeakedKey>());

/** Makes room for `client`'s new key: the expired go, then its own oldest, then the oldest of all. */
function prune(client: string, now: number): void {
  const held = keys();
  for (const [id, key] of held) if (now - key.createdAt > LIFETIME_MS) held.delete(id);
  const own = [...held].filter(([, key]) => key.client === client);
  for (const [id] of own.slice(0, Math.max(0, own.length - MAX_KEYS_PER_CLIENT + 1))) {
    held.delete(id);
  }
  while (held.size >= MAX_KEYS) held.delete(held.keys().next().value!);
}

/** A new throw-away key for the client at `address`; the answer is its private half, "leaked". */
export async function leakKey(
  address: string | null = null,
  now = Date.now(),
): Promise<{ labId: string; privateJwk: JWK; audience: string; issuer: string }> {
  const client = address === null ? "unknown" : clientBucketOf(address);
  prune(client, now);
  const pair = await generateKeyPair("ES256", { extractable: true });
  const labId = crypto.randomBytes(16).toString("base64url");
  const kid = `leaked-${crypto.randomBytes(4).toString("hex")}`;
  keys().set(labId, { kid, client, publicKey: pair.publicKey, retired: false, createdAt: now });
  const privateJwk = { ...(await exportJWK(pair.privateKey)), kid, alg: "ES256" };
  return { labId, privateJwk, audience: RANGE_AUDIENCE, issuer: RANGE_ISSUER };
}

export type LeakedKeyVerdict =
  { accepted: true; claims: Record<string, unknown> } | { accepted: false; reason: string } | null;

/** The app's verification, with this lab's key set (the key, unless retired). Null: no such lab. */
export async function verifyWithLeakedKey(labId: string, token: string): Promise<LeakedKeyVerdict> {
  const key = keys().get(labId);
  if (key === undefined) return null;
  const result = await verifySignedAccessToken(
    token,
    {
      resolveKey: (header) => {
        if (key.retired || header.kid !== key.kid) throw new errors.JWKSNoMatchingKey();
        return key.publicKey;
      },
      algorithms: ["ES256"],
      issuer: RANGE_ISSUER,
      audience: RANGE_AUDIENCE,
    },
    Date.now(),
  );
  return result.ok
    ? { accepted: true, claims: { ...result.claims } }
    : { accepted: false, reason: result.reason };
}

/** Retires the lab's key: every token it signed fails from now on. */
export function retireLeakedKey(labId: string): boolean {
  const key = keys().get(labId);
  if (key === undefined) return false;
  key.retired = true;
  return true;
}

import { calculateJwkThumbprint, type JWK } from "jose";
import { createDpopProof, generateDpopKeyPair } from "@/lib/dpop/proof";
import { DPOP_REFRESH_KEY, DPOP_TOKEN_KEY } from "@/lib/ui/storage-keys";

/**
 * The browser's DPoP client (RFC 9449): one ES256 key pair per browser, made by WebCrypto with a
 * private half that can never be exported, kept in IndexedDB (a CryptoKey survives there as the
 * same non-extractable object). Each request gets a fresh proof; a `use_dpop_nonce` answer is
 * retried once with the nonce the server sent. The tokens themselves sit in localStorage, in
 * reach of any script — on purpose: without the key they are worth nothing.
 */

export interface DpopKey {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
  /** The key's SHA-256 thumbprint: what the server writes into the token's `cnf.jkt`. */
  jkt: string;
}

const DB_NAME = "session-vs-jwt-lab";
const STORE = "dpop";
const KEY_ID = "key";

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function inStore<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest,
): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result as T);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** This browser's key: the one kept in IndexedDB, or a new one (kept from now on). */
export async function loadDpopKey(): Promise<DpopKey> {
  const kept = await inStore<Omit<DpopKey, "jkt"> | undefined>("readonly", (s) => s.get(KEY_ID));
  const key = kept ?? (await generateDpopKeyPair());
  if (kept === undefined) await inStore("readwrite", (s) => s.put(key, KEY_ID));
  return { ...key, jkt: await calculateJwkThumbprint(key.publicJwk, "sha256") };
}

/** Forgets this browser's key (logout): the tokens bound to it are useless from now on. */
export async function forgetDpopKey(): Promise<void> {
  await inStore("readwrite", (s) => s.delete(KEY_ID));
}

/** A key of the attacker's own, never stored: what a thief holding a copied token would have. */
export async function strangerKey(): Promise<DpopKey> {
  const key = await generateDpopKeyPair();
  return { ...key, jkt: await calculateJwkThumbprint(key.publicJwk, "sha256") };
}

// The server's latest nonce (DPoP-Nonce), carried into every next proof.
let nonce: string | undefined;

export interface DpopCall {
  response: Response;
  /** The proof that went with the request (a proof is public: it is good for this request only). */
  proof: string;
}

export interface DpopRequestInit {
  method?: "GET" | "POST";
  body?: unknown;
  /** The DPoP-bound access token, sent as `Authorization: DPoP …`. */
  accessToken?: string;
  /** Another key than this browser's (the lessons' thief). */
  key?: DpopKey;
  /** Sends this proof instead of making one (the lessons' replay). */
  proof?: string;
  /** Makes the proof for another method or URL than the request's (the lessons' misuse). */
  proofFor?: { method: string; url: string };
}

function absolute(url: string): string {
  const parsed = new URL(url, window.location.href);
  return `${parsed.origin}${parsed.pathname}`;
}

function wantsNonce(response: Response, body: unknown): boolean {
  if ((response.headers.get("www-authenticate") ?? "").includes('error="use_dpop_nonce"'))
    return true;
  return response.status === 400 && (body as { error?: string } | null)?.error === "use_dpop_nonce";
}

async function send(url: string, init: DpopRequestInit, key: DpopKey): Promise<DpopCall> {
  const method = init.method ?? "GET";
  const target = init.proofFor ?? { method, url };
  const proof =
    init.proof ??
    (await createDpopProof({
      privateKey: key.privateKey,
      publicJwk: key.publicJwk,
      htm: target.method,
      htu: absolute(target.url),
      accessToken: init.accessToken,
      nonce,
    }));
  const headers: Record<string, string> = { dpop: proof };
  if (init.accessToken !== undefined) headers.authorization = `DPoP ${init.accessToken}`;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(url, {
    method,
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    cache: "no-store",
  });
  nonce = response.headers.get("dpop-nonce") ?? nonce;
  return { response, proof };
}

/**
 * A request with a DPoP proof by this browser's key (or `init.key`). Asked for a nonce, it makes
 * the proof again with the one the server sent — once, as RFC 9449 §8 describes.
 */
export async function dpopFetch(url: string, init: DpopRequestInit = {}): Promise<DpopCall> {
  const key = init.key ?? (await loadDpopKey());
  const first = await send(url, init, key);
  if (init.proof !== undefined) return first;
  const body =
    first.response.status === 400
      ? await first.response
          .clone()
          .json()
          .catch(() => null)
      : null;
  return wantsNonce(first.response, body) ? send(url, init, key) : first;
}

/** The DPoP client's tokens (localStorage), or null. */
export function storedDpopTokens(): { accessToken: string; refreshToken: string | null } | null {
  const accessToken = localStorage.getItem(DPOP_TOKEN_KEY);
  return accessToken ? { accessToken, refreshToken: localStorage.getItem(DPOP_REFRESH_KEY) } : null;
}

export function storeDpopTokens(accessToken: string, refreshToken: string): void {
  localStorage.setItem(DPOP_TOKEN_KEY, accessToken);
  localStorage.setItem(DPOP_REFRESH_KEY, refreshToken);
}

export function forgetDpopTokens(): void {
  localStorage.removeItem(DPOP_TOKEN_KEY);
  localStorage.removeItem(DPOP_REFRESH_KEY);
}

import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";

/**
 * Building tokens by hand, as an attacker does — in the learner's browser (the range's workbench
 * and its cracking Worker) and in the range's tests, with the same code. HMAC is @noble/hashes
 * rather than WebCrypto because WebCrypto refuses an empty key, which the kid-traversal attack
 * needs; ES256 is WebCrypto.
 */

export type Json = Record<string, unknown>;

export interface TokenParts {
  header: Json;
  payload: Json;
  signature: string;
}

const utf8 = new TextEncoder();

export function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

export function fromBase64url(text: string): Uint8Array | null {
  try {
    const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

export function encodeSegment(value: Json): string {
  return base64url(utf8.encode(JSON.stringify(value)));
}

/** A segment's JSON object, or null when it is not base64url of one. */
export function decodeSegment(segment: string): Json | null {
  const bytes = fromBase64url(segment);
  if (bytes === null) return null;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Json)
      : null;
  } catch {
    return null;
  }
}

/**
 * A segment's JSON as the learner should see it: pretty-printed, unless a number in it does not
 * survive parsing (`1e400` is Infinity, which JSON.stringify writes as null) — then as it was sent.
 */
export function segmentForDisplay(segment: string): string | null {
  const bytes = fromBase64url(segment);
  if (bytes === null) return null;
  const text = new TextDecoder().decode(bytes);
  let lossy = false;
  try {
    const value: unknown = JSON.parse(text, (_key, v: unknown) => {
      if (typeof v === "number" && !Number.isFinite(v)) lossy = true;
      return v;
    });
    return lossy ? text : JSON.stringify(value, null, 2);
  } catch {
    return null;
  }
}

/** A compact JWS's three parts, or null when it is not one. */
export function splitToken(token: string): TokenParts | null {
  const parts = token.trim().split(".");
  if (parts.length !== 3) return null;
  const header = decodeSegment(parts[0]!);
  const payload = decodeSegment(parts[1]!);
  return header && payload ? { header, payload, signature: parts[2]! } : null;
}

export function joinToken({ header, payload, signature }: TokenParts): string {
  return `${encodeSegment(header)}.${encodeSegment(payload)}.${signature}`;
}

export function signingInput(header: Json, payload: Json): string {
  return `${encodeSegment(header)}.${encodeSegment(payload)}`;
}

/** HMAC-SHA256 of `input` under `secret` (any length, even empty), base64url. */
export function hs256(input: string, secret: string | Uint8Array): string {
  const key = typeof secret === "string" ? utf8.encode(secret) : secret;
  return base64url(hmac(sha256, key, utf8.encode(input)));
}

/** ES256 over `input` with a private JWK (the attacker's own key), base64url. */
export async function es256(input: string, privateJwk: JsonWebKey): Promise<string> {
  const key = await crypto.subtle.importKey(
    "jwk",
    privateJwk,
    { name: "ECDSA", namedCurve: "P-256" },
    false,
    ["sign"],
  );
  const signature = await crypto.subtle.sign(
    { name: "ECDSA", hash: "SHA-256" },
    key,
    utf8.encode(input),
  );
  return base64url(new Uint8Array(signature));
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/**
 * The signature's last character with its lowest bit flipped. A 64-byte signature is 86 base64url
 * characters whose last one carries 2 bits of data and 4 unused ones: the string changes, the
 * bytes it decodes to do not — so a lenient decoder accepts it, and a deny-list keyed on the
 * token's string misses it. A verifier that accepts one spelling only refuses it.
 */
export function flipLastSignatureBit(token: string): string {
  const last = token.at(-1) ?? "A";
  const index = ALPHABET.indexOf(last);
  return `${token.slice(0, -1)}${ALPHABET[(index < 0 ? 0 : index) ^ 1]}`;
}

export interface CrackResult {
  secret: string | null;
  tried: number;
  milliseconds: number;
}

/** Tries each word as the HS256 secret of `token` (a dictionary attack). */
export function crackHs256(
  token: string,
  words: readonly string[],
  onProgress?: (tried: number) => void,
): CrackResult {
  const started = performance.now();
  const [h = "", p = "", s = ""] = token.split(".");
  const target = fromBase64url(s);
  const input = utf8.encode(`${h}.${p}`);
  if (target === null) return { secret: null, tried: 0, milliseconds: 0 };
  for (let i = 0; i < words.length; i++) {
    const mac = hmac(sha256, utf8.encode(words[i]!), input);
    if (mac.length === target.length && mac.every((byte, j) => byte === target[j])) {
      return { secret: words[i]!, tried: i + 1, milliseconds: performance.now() - started };
    }
    if (onProgress && i % 2000 === 1999) onProgress(i + 1);
  }
  return { secret: null, tried: words.length, milliseconds: performance.now() - started };
}
